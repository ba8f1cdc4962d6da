/**
 * The lead hands over and removes participants, and tasks are reassigned, all from the card.
 * Bad input gets a clear Danish message and changes nothing.
 */
import { COORDINATION_VERBS } from '@src/teams/cards/coordination/verbs';
import { da } from '@src/teams/texts/da';
import {
  FORM,
  NURSE,
  PPR,
  coordinationHarness,
  createThread,
  expectUnchanged,
  THREAD_ID,
  json,
  type CoordinationHarness,
} from '@tests/helpers/coordinationSetup';

const N = da.coordination.notes;
const ID = THREAD_ID;

/** A thread where the psychologist and the nurse have both accepted (version 3). */
async function team(): Promise<CoordinationHarness> {
  return createThread(coordinationHarness(), FORM, [PPR, NURSE]);
}

describe('handing over the lead from the card', () => {
  it('offers the role, shows the offer only to that person, and moves it when they accept (audited)', async () => {
    const h = await team();
    const ownerView = await h.click(COORDINATION_VERBS.refresh, { threadId: ID });
    expect(json(ownerView.card)).toContain(COORDINATION_VERBS.proposeLead);
    const offered = await h.click(COORDINATION_VERBS.proposeLead, {
      threadId: ID,
      version: 3,
      newLead: 'aad-ppr',
    });
    expect(json(offered.card)).toContain('Rollen skifter, når vedkommende siger ja');
    expect((await h.stored(ID))?.ownerId).toBe('aad-owner');

    const nurseView = await h.click(COORDINATION_VERBS.refresh, { threadId: ID }, NURSE);
    expect(json(nurseView.card)).not.toContain(COORDINATION_VERBS.acceptLead);
    const pprView = await h.click(COORDINATION_VERBS.refresh, { threadId: ID }, PPR);
    expect(json(pprView.card)).toContain(da.coordination.card.leadOfferToYou);
    const offeredAt = (await h.stored(ID))?.pendingHandover?.at;

    const accepted = await h.click(
      COORDINATION_VERBS.acceptLead,
      { threadId: ID, version: 4, offeredAt },
      PPR,
    );
    expect(json(accepted.card)).toContain(da.coordination.card.viewNotes.owner);
    expect((await h.stored(ID))?.ownerId).toBe('aad-ppr');
    const audit = await h.storage.auditLog.read(`coordination-audit.${ID}`);
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['leadProposed', 'leadAccepted']));
    expect(json(audit)).not.toContain(FORM.summary);
  });

  it('refuses an accept not offered to you and a stale offer, in Danish, changing nothing', async () => {
    const h = await team();
    await h.click(COORDINATION_VERBS.proposeLead, { threadId: ID, version: 3, newLead: 'aad-ppr' });
    const firstOffer = (await h.stored(ID))?.pendingHandover?.at;
    await expectUnchanged(h, async () => {
      const notYours = await h.click(
        COORDINATION_VERBS.acceptLead,
        { threadId: ID, version: 4, offeredAt: firstOffer },
        NURSE,
      );
      expect(json(notYours.card)).toContain(N.handoverNotOffered);
    });
    h.clock.advance(60_000);
    await h.click(COORDINATION_VERBS.proposeLead, { threadId: ID, version: 4, newLead: 'aad-ppr' });
    await expectUnchanged(h, async () => {
      const stale = await h.click(
        COORDINATION_VERBS.acceptLead,
        { threadId: ID, version: 4, offeredAt: firstOffer },
        PPR,
      );
      expect(json(stale.card)).toContain(N.handoverStale);
    });
    await expectUnchanged(h, async () => {
      const badData = await h.click(COORDINATION_VERBS.acceptLead, { threadId: ID, offeredAt: 42 }, PPR);
      expect(json(badData.card)).toContain(da.common.errors.invalidCardData);
    });
  });
});

describe('removing a participant from the card', () => {
  it('removes them: they get only the minimal card and leave the refresh list', async () => {
    const h = await team();
    const removed = await h.click(COORDINATION_VERBS.removeParticipant, {
      threadId: ID,
      version: 3,
      participant: 'aad-sund',
    });
    expect(json(removed.card)).not.toContain('Sus Sundhed');
    const nurse = await h.click(COORDINATION_VERBS.open, { threadId: ID }, NURSE);
    expect(json(nurse.card)).toContain(da.coordination.shared.noAccess);
    expect(json(nurse.card)).not.toContain(FORM.summary);
    const shared = h.messenger.calls.filter((c) => c.kind === 'update').pop();
    expect(json(shared)).not.toContain('29:sund');
    const audit = await h.storage.auditLog.read(`coordination-audit.${ID}`);
    expect(audit.at(-1)).toMatchObject({ action: 'participantRemoved', subject: 'aad-sund' });
  });

  it('refuses removing the lead, the last participant, or by a participant, in Danish', async () => {
    const h = await team();
    await expectUnchanged(h, async () => {
      const lead = await h.click(COORDINATION_VERBS.removeParticipant, {
        threadId: ID,
        version: 3,
        participant: 'aad-owner',
      });
      expect(json(lead.card)).toContain(N.leadNotRemovable);
      const byParticipant = await h.click(
        COORDINATION_VERBS.removeParticipant,
        { threadId: ID, version: 3, participant: 'aad-sund' },
        PPR,
      );
      expect(json(byParticipant.card)).toContain(N.notPermitted);
    });
    await h.click(COORDINATION_VERBS.removeParticipant, {
      threadId: ID,
      version: 3,
      participant: 'aad-sund',
    });
    await expectUnchanged(h, async () => {
      const last = await h.click(COORDINATION_VERBS.removeParticipant, {
        threadId: ID,
        version: 4,
        participant: 'aad-ppr',
      });
      expect(json(last.card)).toContain(N.lastParticipant);
    });
  });
});

describe('reassigning a task from the card', () => {
  it('moves a task to another participant and refuses someone outside the thread', async () => {
    const h = await team();
    await h.click(COORDINATION_VERBS.addTask, { threadId: ID, version: 3, taskTitle: 'Observation' }, PPR);
    const card = await h.click(COORDINATION_VERBS.refresh, { threadId: ID }, PPR);
    expect(json(card.card)).toContain(COORDINATION_VERBS.assignTask);
    await h.click(
      COORDINATION_VERBS.assignTask,
      { threadId: ID, version: 4, reassignTaskId: 't1', newOwner: 'aad-sund' },
      PPR,
    );
    expect((await h.stored(ID))?.tasks[0].ownerId).toBe('aad-sund');
    await expectUnchanged(h, async () => {
      const outside = await h.click(
        COORDINATION_VERBS.assignTask,
        { threadId: ID, version: 5, reassignTaskId: 't1', newOwner: 'aad-nobody' },
        PPR,
      );
      expect(json(outside.card)).toContain(da.coordination.fieldErrors.ownerId);
    });
  });
});
