import { canSeeContent } from '../../../../src/domain/threads/access';
import { ThreadRuleError } from '../../../../src/domain/threads/errors';
import type { Actor } from '../../../../src/domain/shared/actor';
import type { CoordinationThread } from '../../../../src/domain/threads/model';
import { applyThreadAction, type ThreadAction } from '../../../../src/domain/threads/rules';
import { NOW, OUTSIDER, OWNER, PARTICIPANT, ROLE_IDS, newThread } from './fixtures';

const NURSE: Actor = { id: 'aad-p2', teamsUserId: '29:p2', displayName: 'Sus Sundhed' };

function apply(thread: CoordinationThread, actor: Actor, action: ThreadAction, at = NOW) {
  return applyThreadAction(thread, actor, action, at, ROLE_IDS).thread;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ThreadRuleError) return error.code;
    throw error;
  }
  return 'no error';
}

/** The lead, the psychologist (accepted) and the nurse (accepted). */
function team(): CoordinationThread {
  let thread = newThread({
    participants: [
      { aadObjectId: 'aad-p1', roleId: 'ppr-psykolog' },
      { aadObjectId: 'aad-p2', roleId: 'sundhedsplejerske' },
    ],
  });
  thread = apply(thread, PARTICIPANT, { type: 'accept' });
  return apply(thread, NURSE, { type: 'accept' });
}

describe('handing over the lead', () => {
  it('moves the role only when the person offered it accepts; both steps are on the timeline', () => {
    const offered = apply(team(), OWNER, { type: 'proposeLead', aadObjectId: 'aad-p1' });
    expect(offered.ownerId).toBe('aad-owner');
    expect(offered.pendingHandover).toEqual({ to: 'aad-p1', by: 'aad-owner', at: NOW.toISOString() });
    const accepted = apply(offered, PARTICIPANT, { type: 'acceptLead', offeredAt: NOW.toISOString() });
    expect(accepted.ownerId).toBe('aad-p1');
    expect(accepted.pendingHandover).toBeUndefined();
    expect(accepted.participants.find((p) => p.aadObjectId === 'aad-owner')?.state).toBe('accepted');
    expect(accepted.timeline.slice(-2).map((e) => [e.action, e.by, e.subject])).toEqual([
      ['leadProposed', 'aad-owner', 'aad-p1'],
      ['leadAccepted', 'aad-p1', 'aad-owner'],
    ]);
    // The former lead is an ordinary participant now.
    expect(codeOf(() => apply(accepted, OWNER, { type: 'setStatus', status: 'waiting' }))).toBe(
      'NOT_PERMITTED',
    );
  });

  it('refuses an accept not offered to you, by the lead, by an outsider, and a stale or declined offer', () => {
    const at = NOW.toISOString();
    const offered = apply(team(), OWNER, { type: 'proposeLead', aadObjectId: 'aad-p1' });
    expect(codeOf(() => apply(offered, NURSE, { type: 'acceptLead', offeredAt: at }))).toBe(
      'HANDOVER_NOT_OFFERED',
    );
    expect(codeOf(() => apply(offered, OWNER, { type: 'acceptLead', offeredAt: at }))).toBe(
      'HANDOVER_NOT_OFFERED',
    );
    expect(codeOf(() => apply(offered, OUTSIDER, { type: 'acceptLead', offeredAt: at }))).toBe(
      'NOT_A_PARTICIPANT',
    );
    expect(codeOf(() => apply(team(), PARTICIPANT, { type: 'acceptLead', offeredAt: at }))).toBe(
      'HANDOVER_NOT_OFFERED',
    );
    // Re-offered (a minute later): the first offer is stale.
    const later = new Date(NOW.getTime() + 60_000);
    const reoffered = apply(offered, OWNER, { type: 'proposeLead', aadObjectId: 'aad-p1' }, later);
    expect(codeOf(() => apply(reoffered, PARTICIPANT, { type: 'acceptLead', offeredAt: at }))).toBe(
      'HANDOVER_STALE',
    );
    const declined = apply(reoffered, PARTICIPANT, { type: 'declineLead', offeredAt: later.toISOString() });
    expect(declined.ownerId).toBe('aad-owner');
    expect(declined.pendingHandover).toBeUndefined();
    expect(
      codeOf(() => apply(declined, PARTICIPANT, { type: 'acceptLead', offeredAt: later.toISOString() })),
    ).toBe('HANDOVER_NOT_OFFERED');
  });

  it('offers the role only to an accepted participant, and only the lead may offer it', () => {
    const invitedOnly = newThread();
    expect(codeOf(() => apply(invitedOnly, OWNER, { type: 'proposeLead', aadObjectId: 'aad-p1' }))).toBe(
      'PARTICIPANT_NOT_FOUND',
    );
    expect(codeOf(() => apply(team(), OWNER, { type: 'proposeLead', aadObjectId: 'aad-owner' }))).toBe(
      'PARTICIPANT_NOT_FOUND',
    );
    expect(codeOf(() => apply(team(), PARTICIPANT, { type: 'proposeLead', aadObjectId: 'aad-p2' }))).toBe(
      'NOT_PERMITTED',
    );
  });
});

describe('removing a participant', () => {
  it('takes away their access, gives their open tasks to the lead and withdraws an offer to them', () => {
    let thread = apply(team(), NURSE, { type: 'addTask', title: 'Hjemmebesøg', ownerId: 'aad-p2' });
    thread = apply(thread, OWNER, { type: 'proposeLead', aadObjectId: 'aad-p2' });
    expect(canSeeContent(thread, NURSE)).toBe(true);
    const removed = apply(thread, OWNER, { type: 'removeParticipant', aadObjectId: 'aad-p2' });
    expect(canSeeContent(removed, NURSE)).toBe(false);
    expect(removed.tasks[0].ownerId).toBe('aad-owner');
    expect(removed.pendingHandover).toBeUndefined();
    expect(removed.timeline.at(-1)).toMatchObject({
      action: 'participantRemoved',
      subject: 'aad-p2',
      roleId: 'sundhedsplejerske',
    });
  });

  it('refuses removing the lead, the last participant, someone unknown, or by a participant', () => {
    const thread = team();
    expect(codeOf(() => apply(thread, OWNER, { type: 'removeParticipant', aadObjectId: 'aad-owner' }))).toBe(
      'LEAD_NOT_REMOVABLE',
    );
    const one = apply(thread, OWNER, { type: 'removeParticipant', aadObjectId: 'aad-p2' });
    expect(codeOf(() => apply(one, OWNER, { type: 'removeParticipant', aadObjectId: 'aad-p1' }))).toBe(
      'LAST_PARTICIPANT',
    );
    expect(codeOf(() => apply(thread, OWNER, { type: 'removeParticipant', aadObjectId: 'aad-zz' }))).toBe(
      'PARTICIPANT_NOT_FOUND',
    );
    expect(
      codeOf(() => apply(thread, PARTICIPANT, { type: 'removeParticipant', aadObjectId: 'aad-p2' })),
    ).toBe('NOT_PERMITTED');
  });
});
