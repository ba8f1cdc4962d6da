/**
 * Need to know: everything the bot posts or updates in a shared chat or channel holds only the
 * case reference, pathway, status, next date and the number of participants. Every private field
 * carries a unique marker; the walk below drives every verb, reminders and the closing and counts
 * the markers found in shared messages (must be 0). Reads are checked too: participation,
 * conversation, message and tenant.
 */
import { createReminderScheduler } from '@src/services/coordination/reminderScheduler';
import { COORDINATION_VERBS } from '@src/teams/cards/coordination/verbs';
import {
  COORDINATION_THREAD_VERBS,
  createCoordinationReminderPresenter,
} from '@src/teams/handlers/coordination';
import { da } from '@src/teams/texts/da';
import { roles, silentLogger } from '@tests/unit/services/coordination/helpers';
import {
  FORM,
  NURSE,
  OUTSIDER,
  OUTSIDER2,
  OWNER,
  PPR,
  coordinationHarness,
  json,
  type CoordinationHarness,
} from '@tests/helpers/coordinationSetup';
import { createCardTemplates } from '../../../../src/teams/cards/shared/cardTemplates';

const MARKERS = {
  description: 'BESKRIVELSE-MARK-Q7',
  ageOrGrade: 'ALDER-MARK-Q7',
  consentScope: 'SAMTYKKE-MARK-Q7',
  consentRecipients: 'MODTAGER-MARK-Q7',
  task: 'OPGAVE-MARK-Q7',
  secondTask: 'OPGAVE2-MARK-Q7',
  decision: 'BESLUTNING-MARK-Q7',
  outcome: 'RESULTAT-MARK-Q7',
} as const;

/** Roles of participants and the legal basis are private too: every configured role name and the basis label. */
const PRIVATE_WORDS = [
  ...Object.values(MARKERS),
  ...roles.roles.map((r) => r.name),
  da.coordination.legalBases.consent,
];

const SECRET_FORM = {
  ...FORM,
  summary: `Bekymring om fravær ${MARKERS.description}`,
  ageOrGrade: MARKERS.ageOrGrade,
  legalBasis: 'consent',
  consentScope: MARKERS.consentScope,
  consentRecipients: MARKERS.consentRecipients,
};

function leaksIn(sharedMessages: { variant: string; content: unknown }[]) {
  const leaks: { variant: string; field: string }[] = [];
  for (const message of sharedMessages) {
    const text = json(message.content);
    for (const word of PRIVATE_WORDS)
      if (text.includes(word)) leaks.push({ variant: message.variant, field: word });
  }
  return leaks;
}

/** Every message the bot posted or updated in a shared conversation, with what caused it. */
function sharedMessages(h: CoordinationHarness, from: number, variant: string) {
  return h.messenger.calls
    .slice(from)
    .flatMap((call) =>
      call.kind === 'remove' ? [] : [{ variant: `${variant}:${call.kind}`, content: call.message }],
    );
}

async function walkEveryVariant(placement: 'here' | 'nord') {
  const h = coordinationHarness();
  const shared: { variant: string; content: unknown }[] = [];
  const privateViews: unknown[] = [];
  let seen = 0;
  const record = (variant: string) => {
    shared.push(...sharedMessages(h, seen, variant));
    seen = h.messenger.calls.length;
  };
  await h.say('ny tråd');
  const created = await h.click(COORDINATION_VERBS.create, { ...SECRET_FORM, placement });
  record('create');
  const thread = await h.stored('BU-2026-0001');
  if (!thread?.location) throw new Error('not created');
  const where = { conversationId: thread.location.conversationId, replyToId: thread.location.activityId };
  if (placement === 'here') privateViews.push(created.card);
  let version = thread.version;
  const act = async (verb: keyof typeof COORDINATION_VERBS, data: Record<string, unknown>, user = OWNER) => {
    const result = await h.click(
      COORDINATION_VERBS[verb],
      { threadId: thread.id, version, ...data },
      user,
      where,
    );
    version = (await h.stored(thread.id))?.version ?? version;
    record(verb);
    return result;
  };
  await act('accept', {}, PPR);
  await act('accept', {}, NURSE);
  await act('decline', {}, NURSE);
  await act('addTask', { taskTitle: MARKERS.task, taskOwner: 'aad-ppr', taskDue: '2026-12-02' }, PPR);
  await act('addTask', { taskTitle: MARKERS.secondTask });
  await act('completeTask', { taskId: 't2' });
  await act('addDecision', { decisionText: MARKERS.decision }, PPR);
  await act('setStatus', { status: 'inProgress' });
  await act('setMeeting', { meetingDate: '2026-12-08', meetingTime: '09:00' });
  await act('requestJoin', { joinRole: 'raadgiver' }, OUTSIDER);
  await act('requestJoin', { joinRole: 'raadgiver' }, OUTSIDER2);
  await act('approveJoin', { aadObjectId: OUTSIDER.aadObjectId });
  await act('rejectJoin', { aadObjectId: OUTSIDER2.aadObjectId });
  privateViews.push((await act('refresh', {}, PPR)).card);

  const scheduler = createReminderScheduler({
    storage: h.storage,
    clock: h.clock,
    logger: silentLogger(),
    messenger: h.messenger,
    present: createCoordinationReminderPresenter(createCardTemplates(), roles),
    holderId: 'need-to-know',
  });
  h.clock.set('2026-12-02T07:30:00Z');
  const taskTick = await scheduler.tick();
  h.clock.set('2026-12-07T09:00:00Z');
  const meetingTick = await scheduler.tick();
  await scheduler.stop();
  record('reminder');

  await act('assignTask', { reassignTaskId: 't1', newOwner: OWNER.aadObjectId });
  await act('removeParticipant', { participant: OUTSIDER.aadObjectId });
  await act('proposeLead', { newLead: PPR.aadObjectId });
  await act('declineLead', { offeredAt: (await h.stored(thread.id))?.pendingHandover?.at }, PPR);
  await act('proposeLead', { newLead: PPR.aadObjectId });
  await act('acceptLead', { offeredAt: (await h.stored(thread.id))?.pendingHandover?.at }, PPR);
  const closed = await act('close', { outcome: MARKERS.outcome }, PPR);
  privateViews.push(closed.card);
  return { h, shared, privateViews, fired: taskTick.fired + meetingTick.fired };
}

describe('what everyone in the chat or channel sees', () => {
  it.each(['here', 'nord'] as const)(
    'holds none of the private fields in any card variant (placement %s)',
    async (placement) => {
      const { shared, privateViews, fired } = await walkEveryVariant(placement);
      const variants = new Set(shared.map((m) => m.variant));
      // The walk did reach every kind of shared message: the creation, updates, reminders, the closing.
      expect(fired).toBe(2);
      for (const kind of [
        'create:',
        'accept:update',
        'setStatus:update',
        'setMeeting:update',
        'removeParticipant:update',
        'reminder:post',
        'close:post',
        'close:update',
      ])
        expect([...variants].some((v) => v.startsWith(kind))).toBe(true);
      const leaks = leaksIn(shared);
      expect(leaks).toEqual([]);
      // The markers are real: the participants' own views do carry them.
      const own = json(privateViews);
      for (const marker of [MARKERS.description, MARKERS.task, MARKERS.decision, MARKERS.outcome])
        expect(own).toContain(marker);
    },
  );

  it('keeps the facts everyone may see: reference, pathway, status, next date, participant count and "Vis sagen"', async () => {
    const { shared } = await walkEveryVariant('here');
    const last = json(shared.filter((m) => m.variant === 'approveJoin:update').pop());
    for (const fact of [
      'BU-2026-0001',
      da.coordination.pathways.skole,
      da.coordination.statuses.inProgress,
      '8. dec. 2026',
      da.coordination.shared.open,
    ])
      expect(last).toContain(fact);
    expect(last).toContain('"value":"3"'); // the lead, the psychologist and the approved newcomer
    expect(last).toContain('"userIds":["29:owner","29:ppr","29:out"]');
  });
});

describe('reading a thread', () => {
  async function created() {
    const h = coordinationHarness();
    await h.say('ny tråd');
    await h.click(COORDINATION_VERBS.create, SECRET_FORM);
    const thread = await h.stored('BU-2026-0001');
    if (!thread) throw new Error('not created');
    return { h, thread };
  }

  it('gives a participant their own view and anyone else the minimal card, also without replyToId', async () => {
    const { h, thread } = await created();
    for (const verb of [COORDINATION_VERBS.refresh, COORDINATION_VERBS.open]) {
      const own = await h.click(verb, { threadId: thread.id }, PPR, { replyToId: null });
      expect(json(own.card)).toContain(MARKERS.description);
      const other = await h.click(verb, { threadId: thread.id }, OUTSIDER, { replyToId: null });
      expect(json(other.card)).toContain(da.coordination.shared.noAccess);
      for (const word of PRIVATE_WORDS.filter((w) => !roles.roles.some((r) => r.name === w)))
        expect(json(other.card)).not.toContain(word);
    }
  });

  it('"Vis sagen" gives a participant missing from the refresh list the same view', async () => {
    const { h, thread } = await created();
    const shared = h.messenger.calls.find((c) => c.kind === 'update');
    if (shared?.kind !== 'update') throw new Error('no shared card');
    const userIds = (shared.message.card?.refresh as { userIds: string[] }).userIds;
    const stranger = { id: '29:ppr-other-device', aadObjectId: 'aad-ppr', name: 'Pia Psykolog' };
    expect(userIds).not.toContain(stranger.id);
    const opened = await h.click(COORDINATION_VERBS.open, { threadId: thread.id }, stranger);
    expect(json(opened.card)).toContain(MARKERS.description);
  });

  it('a participant who declined or asked to join sees the minimal card; declined may say yes again', async () => {
    const { h, thread } = await created();
    await h.click(COORDINATION_VERBS.decline, { threadId: thread.id, version: 1 }, NURSE);
    const declined = await h.click(COORDINATION_VERBS.open, { threadId: thread.id }, NURSE);
    expect(json(declined.card)).toContain(da.coordination.shared.declined);
    expect(json(declined.card)).not.toContain(MARKERS.description);
    expect(json(declined.card)).toContain(COORDINATION_VERBS.accept);
    await h.click(COORDINATION_VERBS.requestJoin, { threadId: thread.id, joinRole: 'raadgiver' }, OUTSIDER);
    const requested = await h.click(COORDINATION_VERBS.open, { threadId: thread.id }, OUTSIDER);
    expect(json(requested.card)).toContain(da.coordination.shared.requested);
    expect(json(requested.card)).not.toContain(MARKERS.description);
  });

  it('a card action never replaces the shared message with a personal view', async () => {
    const { h, thread } = await created();
    const before = h.messenger.calls.length;
    await h.click(COORDINATION_VERBS.addDecision, {
      threadId: thread.id,
      version: 1,
      decisionText: MARKERS.decision,
    });
    await h.click(COORDINATION_VERBS.open, { threadId: thread.id }, PPR);
    expect(h.messenger.calls.slice(before)).toEqual([]);
  });
});

describe('a forged thread id', () => {
  const VERBS = [...COORDINATION_THREAD_VERBS, 'refresh', 'open'] as const;
  const DATA: Record<string, Record<string, unknown>> = {
    addTask: { taskTitle: 'x' },
    completeTask: { taskId: 't1' },
    addDecision: { decisionText: 'x' },
    setStatus: { status: 'waiting' },
    setMeeting: { meetingDate: '2026-12-09', meetingTime: '10:00' },
    close: { outcome: 'x' },
    requestJoin: { joinRole: 'raadgiver' },
    approveJoin: { aadObjectId: 'aad-out' },
    rejectJoin: { aadObjectId: 'aad-out' },
  };

  it.each(VERBS)(
    'in %s opens nothing and changes nothing, from another chat, tenant, message or for an unknown id',
    async (verb) => {
      const h = coordinationHarness();
      await h.say('ny tråd');
      await h.click(COORDINATION_VERBS.create, SECRET_FORM);
      await h.click(COORDINATION_VERBS.addTask, {
        threadId: 'BU-2026-0001',
        version: 1,
        taskTitle: MARKERS.task,
      });
      const before = await h.stored('BU-2026-0001');
      const calls = h.messenger.calls.length;
      const data = { threadId: 'BU-2026-0001', version: 2, ...DATA[verb] };
      const attempts = [
        // The lead themself, but the card is from another chat: knowing the reference is not enough.
        { user: OWNER, data, where: { conversationId: 'a:other-chat' } },
        { user: OWNER, data, where: { tenantId: 'tenant-evil' } },
        { user: OWNER, data, where: { replyToId: 'some-other-card' } },
        { user: OUTSIDER, data, where: { conversationId: 'a:other-chat' } },
        // A reference that does not exist gets the same answer, so references cannot be probed.
        { user: OWNER, data: { ...data, threadId: 'BU-2026-0002' }, where: {} },
      ];
      for (const attempt of attempts) {
        const result = await h.click(COORDINATION_VERBS[verb], attempt.data, attempt.user, attempt.where);
        expect(result.message).toBe(da.coordination.threadUnavailable);
        expect(json(result)).not.toContain(MARKERS.description);
      }
      expect(await h.stored('BU-2026-0001')).toEqual(before);
      expect(h.messenger.calls.length).toBe(calls);
    },
  );
});
