/**
 * The coordination capability driven over the Bot Framework HTTP protocol through the real Teams
 * app (tests/helpers/coordinationSetup.ts), with the real coordination service on MemoryStorage and
 * a messenger that records what would go to the Bot Connector.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COORDINATION_VERBS, ALL_COORDINATION_VERBS } from '@src/teams/cards/coordination/verbs';
import { da } from '@src/teams/texts/da';
import { validateAdaptiveCard } from '@tests/helpers/adaptiveCards';
import { COLLECTIONS } from '@src/services/coordination/coordinationService';
import { ADMIN_ID } from '@tests/unit/services/coordination/helpers';
import {
  FORM,
  OUTSIDER,
  OWNER,
  PPR,
  CHANNEL_SERVICE_URL,
  UNKNOWN,
  coordinationHarness,
  type User,
} from '@tests/helpers/coordinationSetup';

const CPR = '010203-1234';
const ADMIN: User = { id: '29:admin', aadObjectId: ADMIN_ID, name: 'Admin' };

/** The shared harness, with the clicked message given directly (these tests stay in one chat). */
function harness() {
  const h = coordinationHarness();
  return {
    ...h,
    click: (verb: string, data: Record<string, unknown>, user: User = OWNER, replyToId = 'form-1') =>
      h.click(verb, data, user, { replyToId }),
  };
}

function texts(card: unknown): string {
  return JSON.stringify(card);
}

async function createdThread(h: ReturnType<typeof harness>) {
  await h.say('ny tråd');
  const result = await h.click(COORDINATION_VERBS.create, FORM);
  expect(result.card).toBeDefined();
  const thread = await h.stored('BU-2026-0001');
  if (!thread) throw new Error('not created');
  return thread;
}

describe('ny tråd', () => {
  it('sends the creation form with a reserved case reference and the roster as choices', async () => {
    const h = harness();
    const replies = await h.say('ny tråd');
    const card = replies[0].attachments?.[0].content as Record<string, unknown>;
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(texts(card)).toContain('BU-2026-0001');
    expect(texts(card)).toContain('Sus Sundhed');
    expect(texts(card)).toContain('Områdeteam Nord');
    expect(texts(card)).not.toContain('Nyheder');
  });

  it('refuses a CPR number in the command and stores nothing', async () => {
    const h = harness();
    const replies = await h.say(`ny tråd barn ${CPR}`);
    expect(replies.map((r) => r.text)).toEqual([da.common.errors.cprRefused]);
    expect(await h.storage.documents.list(COLLECTIONS.counters)).toEqual([]);
  });
});

describe('creating a thread', () => {
  it('creates it in place in a chat: owner view back, shared copy updated for everyone', async () => {
    const h = harness();
    await h.say('ny tråd');
    const { card } = await h.click(COORDINATION_VERBS.create, FORM);
    expect(texts(card)).toContain(da.coordination.card.viewNotes.owner);
    const thread = await h.stored('BU-2026-0001');
    expect(thread?.participants.map((p) => [p.aadObjectId, p.roleId, p.state, p.teamsUserId])).toEqual([
      ['aad-owner', 'laerer', 'accepted', '29:owner'],
      ['aad-ppr', 'ppr-psykolog', 'invited', '29:ppr'],
      ['aad-sund', 'sundhedsplejerske', 'invited', '29:sund'],
    ]);
    expect(thread?.location).toEqual({
      kind: 'chat',
      serviceUrl: await h.serviceUrl(),
      conversationId: 'a:chat-1',
      tenantId: 'tenant-1',
      activityId: 'form-1',
    });
    const update = h.messenger.calls.find((c) => c.kind === 'update');
    expect(update).toMatchObject({ activityId: 'form-1', address: { conversationId: 'a:chat-1' } });
    expect((card?.refresh as { userIds: string[] }).userIds).toEqual(['29:owner', '29:ppr', '29:sund']);
  });

  it('starts a new reply chain in the unit channel: the minimal card, invitees @mentioned by name only', async () => {
    const h = harness();
    await h.say('ny tråd');
    const { card } = await h.click(COORDINATION_VERBS.create, { ...FORM, placement: 'nord' });
    expect(texts(card)).toContain('Områdeteam Nord');
    const start = h.messenger.calls.find((c) => c.kind === 'startChannelThread');
    expect(start).toMatchObject({ serviceUrl: CHANNEL_SERVICE_URL, channelId: '19:nord@thread.tacv2' });
    if (start?.kind !== 'startChannelThread') throw new Error('no channel post');
    expect(start.message.mentions).toEqual([
      { id: '29:ppr', name: 'Pia Psykolog' },
      { id: '29:sund', name: 'Sus Sundhed' },
    ]);
    expect(validateAdaptiveCard(start.message.card)).toEqual([]);
    for (const secret of [FORM.summary, FORM.ageOrGrade, 'PPR-psykolog', 'Sundhedsplejerske'])
      expect(texts(start.message)).not.toContain(secret);
    expect((await h.stored('BU-2026-0001'))?.location).toMatchObject({
      kind: 'channel',
      channelRef: 'nord',
      conversationId: '19:nord@thread.tacv2;messageid=act-1',
      activityId: 'act-1',
    });
  });

  it('refuses a channel not meant for coordination', async () => {
    const h = harness();
    const { card } = await h.click(COORDINATION_VERBS.create, { ...FORM, placement: 'nyt' });
    expect(texts(card)).toContain(da.coordination.fieldErrors.placement);
    expect(await h.stored('BU-2026-0001')).toBeUndefined();
  });

  it('refuses a CPR number anywhere, does not echo it, and stores nothing', async () => {
    const h = harness();
    for (const data of [
      { ...FORM, summary: `Barnet ${CPR} er ked af det` },
      { ...FORM, p3Email: `${CPR}@x.dk` },
      { ...FORM, extra: { nested: [CPR] } },
    ]) {
      const { card } = await h.click(COORDINATION_VERBS.create, data);
      expect(texts(card)).toContain(da.common.errors.cprRefused);
      expect(texts(card)).not.toContain(CPR);
    }
    expect(await h.storage.documents.list(COLLECTIONS.threads)).toEqual([]);
    expect(h.messenger.calls).toEqual([]);
  });

  it('warns about a full name and creates after the user confirms', async () => {
    const h = harness();
    const named = { ...FORM, summary: 'Lise Hansen græder hver morgen.' };
    const first = await h.click(COORDINATION_VERBS.create, named);
    expect(texts(first.card)).toContain(da.coordination.form.nameWarning);
    expect(texts(first.card)).toContain('confirmNoNames');
    expect(await h.stored('BU-2026-0001')).toBeUndefined();
    await h.click(COORDINATION_VERBS.create, { ...named, confirmNoNames: 'true' });
    expect(await h.stored('BU-2026-0001')).toBeDefined();
  });

  it('explains a missing field and a participant who cannot be found', async () => {
    const h = harness();
    const noAge = await h.click(COORDINATION_VERBS.create, { ...FORM, ageOrGrade: '' });
    expect(texts(noAge.card)).toContain(da.coordination.fieldErrors.ageOrGrade);
    const unknown = await h.click(COORDINATION_VERBS.create, { ...FORM, p2Email: 'ukendt@herning.dk' });
    expect(texts(unknown.card)).toContain(da.coordination.fieldErrors.participants);
    const consent = await h.click(COORDINATION_VERBS.create, { ...FORM, legalBasis: 'consent' });
    expect(texts(consent.card)).toContain(da.coordination.fieldErrors.consentScope);
    expect(await h.storage.documents.list(COLLECTIONS.threads)).toEqual([]);
  });

  it('opens a prefilled form from the pathway card button, for the clicker only in a group chat', async () => {
    const h = harness();
    const result = await h.click(COORDINATION_VERBS.prefill, {
      prefill: { pathway: 'skolestart', ageOrGrade: '6 år', summary: 'Bekymring om overgang til skole' },
    });
    // The summary of a concern is the clicker's own answer; nothing is posted for the whole chat.
    expect(result.sent).toEqual([]);
    const form = result.card;
    expect(validateAdaptiveCard(form)).toEqual([]);
    expect(texts(form)).toContain('Bekymring om overgang til skole');
    expect(texts(form)).toContain('"value":"skolestart"');
    const refused = await h.click(COORDINATION_VERBS.prefill, { prefill: { summary: `cpr ${CPR}` } });
    expect(refused.message).toBe(da.common.errors.cprRefused);
    expect(refused.sent).toEqual([]);
    expect((await h.click(COORDINATION_VERBS.prefill, { prefill: 'x' })).message).toBe(
      da.common.errors.invalidCardData,
    );
  });
});

describe('the thread card', () => {
  it('lets an invitee accept, then add and complete a task; the shared copy changes only when the count does', async () => {
    const h = harness();
    const thread = await createdThread(h);
    const accepted = await h.click(COORDINATION_VERBS.accept, { threadId: thread.id, version: 1 }, PPR);
    expect(texts(accepted.card)).toContain(da.coordination.card.viewNotes.participant);
    const added = await h.click(
      COORDINATION_VERBS.addTask,
      {
        threadId: thread.id,
        version: 2,
        taskTitle: 'Observation i klassen',
        taskOwner: 'aad-ppr',
        taskDue: '2026-12-02',
      },
      PPR,
    );
    expect(texts(added.card)).toContain('Observation i klassen');
    await h.click(COORDINATION_VERBS.completeTask, { threadId: thread.id, version: 3, taskId: 't1' }, PPR);
    const final = await h.stored(thread.id);
    expect(final?.version).toBe(4);
    expect(final?.tasks[0]).toMatchObject({ done: true, completedBy: 'aad-ppr' });
    // Creation and the accept (2 participants now) change what everyone sees; the task does not.
    const updates = h.messenger.calls.filter((c) => c.kind === 'update');
    expect(updates).toHaveLength(2);
    expect(texts(updates[1])).not.toContain('Observation i klassen');
  });

  it('applies nothing on a stale card and says the card was updated by someone else', async () => {
    const h = harness();
    const thread = await createdThread(h);
    await h.click(COORDINATION_VERBS.addDecision, {
      threadId: thread.id,
      version: 1,
      decisionText: 'Første',
    });
    const stale = await h.click(COORDINATION_VERBS.addDecision, {
      threadId: thread.id,
      version: 1,
      decisionText: 'Anden',
    });
    expect(texts(stale.card)).toContain(da.coordination.notes.stale);
    expect(texts(stale.card)).toContain('"version":2');
    expect((await h.stored(thread.id))?.decisions.map((d) => d.text)).toEqual(['Første']);
  });

  it('rejects tampered data: a future version, wrong types, another thread, an unknown verb', async () => {
    const h = harness();
    const thread = await createdThread(h);
    const future = await h.click(COORDINATION_VERBS.addDecision, {
      threadId: thread.id,
      version: 99,
      decisionText: 'x',
    });
    expect(texts(future.card)).toContain(da.coordination.notes.futureVersion);
    const wrongType = await h.click(COORDINATION_VERBS.addDecision, {
      threadId: thread.id,
      version: '1',
      decisionText: 'x',
    });
    expect(wrongType.message).toBe(da.common.errors.invalidCardData);
    const wrongField = await h.click(COORDINATION_VERBS.completeTask, {
      threadId: thread.id,
      version: 1,
      taskId: 42,
    });
    expect(texts(wrongField.card)).toContain(da.common.errors.invalidCardData);
    const otherCard = await h.click(
      COORDINATION_VERBS.addDecision,
      { threadId: thread.id, version: 1, decisionText: 'x' },
      OWNER,
      'some-other-card',
    );
    expect(otherCard.message).toBe(da.coordination.threadUnavailable);
    const badId = await h.click(COORDINATION_VERBS.accept, { threadId: '../../x', version: 1 });
    expect(badId.message).toBe(da.common.errors.invalidCardData);
    expect(
      (await h.click('coordination.deleteEverything', { threadId: thread.id, version: 1 })).message,
    ).toBe(UNKNOWN);
    expect((await h.stored(thread.id))?.version).toBe(1);
  });

  it('refuses a user outside the thread but lets them ask to join; the owner approves', async () => {
    const h = harness();
    const thread = await createdThread(h);
    const refused = await h.click(
      COORDINATION_VERBS.addTask,
      { threadId: thread.id, version: 1, taskTitle: 'x' },
      OUTSIDER,
    );
    expect(texts(refused.card)).toContain(da.coordination.shared.noAccess);
    expect(texts(refused.card)).not.toContain(FORM.summary);
    expect(texts(refused.card)).toContain('coordination.requestJoin');
    await h.click(COORDINATION_VERBS.requestJoin, { threadId: thread.id, joinRole: 'raadgiver' }, OUTSIDER);
    const ownerView = await h.click(COORDINATION_VERBS.refresh, { threadId: thread.id, version: 1 });
    expect(texts(ownerView.card)).toContain('coordination.approveJoin');
    await h.click(COORDINATION_VERBS.approveJoin, {
      threadId: thread.id,
      version: 2,
      aadObjectId: 'aad-out',
    });
    const after = await h.stored(thread.id);
    expect(after?.participants.find((p) => p.aadObjectId === 'aad-out')?.state).toBe('accepted');
  });

  it('refuses closing by a participant and a CPR number in a decision', async () => {
    const h = harness();
    const thread = await createdThread(h);
    await h.click(COORDINATION_VERBS.accept, { threadId: thread.id, version: 1 }, PPR);
    const close = await h.click(
      COORDINATION_VERBS.close,
      { threadId: thread.id, version: 2, outcome: 'x' },
      PPR,
    );
    expect(texts(close.card)).toContain(da.coordination.notes.notPermitted);
    const cpr = await h.click(
      COORDINATION_VERBS.addDecision,
      { threadId: thread.id, version: 2, decisionText: CPR },
      PPR,
    );
    expect(texts(cpr.card)).toContain(da.common.errors.cprRefused);
    expect(texts(cpr.card)).not.toContain(CPR);
    expect((await h.stored(thread.id))?.version).toBe(2);
  });

  it('closes: the closer sees the record; the chat gets only the minimal closed card', async () => {
    const h = harness();
    const thread = await createdThread(h);
    await h.click(COORDINATION_VERBS.addTask, { threadId: thread.id, version: 1, taskTitle: 'Åben opgave' });
    await h.click(COORDINATION_VERBS.addDecision, {
      threadId: thread.id,
      version: 2,
      decisionText: 'Vi afventer PPV',
    });
    await h.click(COORDINATION_VERBS.setStatus, { threadId: thread.id, version: 3, status: 'inProgress' });
    await h.click(COORDINATION_VERBS.setMeeting, {
      threadId: thread.id,
      version: 4,
      meetingDate: '2026-12-08',
      meetingTime: '09:00',
    });
    const closed = await h.click(COORDINATION_VERBS.close, {
      threadId: thread.id,
      version: 5,
      outcome: 'Indsats aftalt',
    });
    expect(texts(closed.card)).toContain(da.coordination.card.viewNotes.closed);
    for (const text of ['Indsats aftalt', 'Vi afventer PPV', 'Åben opgave'])
      expect(texts(closed.card)).toContain(text);
    const announced = h.messenger.calls.find((c) => c.kind === 'post');
    if (announced?.kind !== 'post') throw new Error('no closing card');
    expect(validateAdaptiveCard(announced.message.card)).toEqual([]);
    expect(texts(announced.message.card)).toContain(da.coordination.shared.closedHeadline);
    for (const text of ['Indsats aftalt', 'Vi afventer PPV', 'Åben opgave'])
      expect(texts(announced.message.card)).not.toContain(text);
    // "Vis sagen" on the closing message opens the record for a participant.
    const closingId = (await h.stored(thread.id))?.location?.closingActivityId;
    expect(closingId).toBeDefined();
    const reopened = await h.click(COORDINATION_VERBS.open, { threadId: thread.id }, OWNER, closingId);
    expect(texts(reopened.card)).toContain('Indsats aftalt');
  });

  it('keeps a Teams meeting link with the next meeting, shown as a button, and refuses any other link', async () => {
    const h = harness();
    const thread = await createdThread(h);
    const link = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0';
    const set = await h.click(COORDINATION_VERBS.setMeeting, {
      threadId: thread.id,
      version: 1,
      meetingDate: '2026-12-08',
      meetingTime: '09:00',
      meetingLink: link,
    });
    expect(validateAdaptiveCard(set.card)).toEqual([]);
    expect(JSON.stringify(set.card)).toContain(link);
    expect(texts(set.card)).toContain(da.coordination.card.actions.joinMeeting);
    expect((await h.stored(thread.id))?.nextMeeting?.link).toBe(link);
    for (const bad of [
      'http://teams.microsoft.com/l/meetup-join/x',
      'https://teams.microsoft.com.evil.example/l/x',
      'https://zoom.us/j/123',
      'javascript:alert(1)',
    ]) {
      const refused = await h.click(COORDINATION_VERBS.setMeeting, {
        threadId: thread.id,
        version: 2,
        meetingDate: '2026-12-09',
        meetingTime: '10:00',
        meetingLink: bad,
      });
      expect(texts(refused.card)).toContain(da.coordination.fieldErrors.meetingLink);
      expect((await h.stored(thread.id))?.version).toBe(2);
    }
  });

  it('says so when the thread is gone or storage is down, and changes nothing', async () => {
    const h = harness();
    const thread = await createdThread(h);
    h.storage.setAvailable(false);
    const down = await h.click(COORDINATION_VERBS.accept, { threadId: thread.id, version: 1 }, PPR);
    expect(down.message).toBe(da.common.errors.storageUnavailable);
    h.storage.setAvailable(true);
    expect((await h.stored(thread.id))?.version).toBe(1);
    const notAdmin = await h.click(COORDINATION_VERBS.purge, { threadId: thread.id, version: 1 });
    expect(notAdmin.message).toBe(da.coordination.notAdmin);
    const purged = await h.click(COORDINATION_VERBS.purge, { threadId: thread.id, version: 1 }, ADMIN);
    expect(texts(purged.card)).toContain(da.coordination.purged(thread.id));
    const gone = await h.click(COORDINATION_VERBS.accept, { threadId: thread.id, version: 1 }, PPR);
    expect(gone.message).toBe(da.coordination.threadUnavailable);
  });
});

describe('verbs', () => {
  it('every verb in the coordination templates has a handler', async () => {
    const h = harness();
    const dir = join(__dirname, '../../../../src/teams/cards/coordination');
    const inTemplates = new Set<string>();
    for (const file of [
      'threadCard.json',
      'sharedThreadCard.json',
      'formCard.json',
      'summaryCard.json',
      'noticeCard.json',
    ]) {
      for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/"verb":\s*"([^"]+)"/g))
        inTemplates.add(match[1]);
    }
    inTemplates.add(COORDINATION_VERBS.prefill);
    expect(inTemplates.size).toBeGreaterThan(10);
    for (const verb of inTemplates) {
      expect(ALL_COORDINATION_VERBS).toContain(verb);
      const result = await h.click(verb, { threadId: 'BU-2026-0999', version: 1 });
      expect(result.message ?? '').not.toBe(UNKNOWN);
    }
  });
});
