/**
 * The review cycle: every thread has a review date from config; at review the lead continues with a
 * new date, steps up (the pathway guidance with the notification banner opens for the lead, and the
 * step is audited) or steps down. Bad input gets a Danish message and changes nothing.
 */
import { join } from 'node:path';
import { loadPathwayConfig } from '@src/infrastructure/configFiles/pathwayConfig';
import { COLLECTIONS } from '@src/services/coordination/coordinationService';
import { createPathwayGuidanceService } from '@src/services/pathwayGuidance';
import { COORDINATION_VERBS } from '@src/teams/cards/coordination/verbs';
import { createStepUpGuidance } from '@src/teams/handlers/coordinationStepUp';
import { textsFor } from '@src/teams/texts';
import { da } from '@src/teams/texts/da';
import { silentLogger } from '@tests/unit/services/coordination/helpers';
import {
  FORM,
  PPR,
  coordinationHarness,
  createThread,
  expectUnchanged,
  THREAD_ID,
  json,
  type CoordinationHarness,
} from '@tests/helpers/coordinationSetup';

const ID = THREAD_ID;
const T = da.coordination;
const pathwayConfig = loadPathwayConfig(join(__dirname, '..', '..', '..', '..', 'config'));
const guidanceService = createPathwayGuidanceService({
  config: pathwayConfig,
  logger: silentLogger(),
  warmUp: false,
});
const NOTIFICATION = { name: 'Herning Kommunes digitale underretning', url: 'https://www.herning.dk/' };

/** A thread (created 29 Nov 2026) where the psychologist has accepted: version 2. */
async function thread(): Promise<CoordinationHarness> {
  const h = coordinationHarness({
    stepUpGuidance: createStepUpGuidance({
      service: guidanceService,
      texts: textsFor,
      notificationChannel: NOTIFICATION,
    }),
  });
  return createThread(h, FORM, [PPR]);
}

describe('the review cycle', () => {
  it('gives a new thread its review date from config (six weeks) and shows it to participants', async () => {
    const h = await thread();
    expect((await h.stored(ID))?.reviewDate).toBe('2027-01-10');
    const view = await h.click(COORDINATION_VERBS.refresh, { threadId: ID }, PPR);
    expect(json(view.card)).toContain(T.card.nextReview);
    expect(json(view.card)).toContain('10. jan. 2027');
    // Only the lead is offered the review.
    expect(json(view.card)).not.toContain(COORDINATION_VERBS.review);
    const lead = await h.click(COORDINATION_VERBS.refresh, { threadId: ID });
    expect(json(lead.card)).toContain(COORDINATION_VERBS.review);
  });

  it('reminds the lead before the review date through the reminder store', async () => {
    const h = await thread();
    const reminders = await h.storage.documents.list<{ kind: string; dueAt: string; targetWhen: string }>(
      COLLECTIONS.reminders,
    );
    const review = reminders.find((r) => r.value.kind === 'review');
    expect(review?.value.targetWhen).toBe('2027-01-10');
    // The harness sets no lead days: on the day, at 08:00 Danish time (07:00 UTC in winter).
    expect(review?.value.dueAt).toBe('2027-01-10T07:00:00.000Z');
  });

  it('continues with a new date: stored, audited, a new reminder written', async () => {
    const h = await thread();
    const answer = await h.click(COORDINATION_VERBS.review, {
      threadId: ID,
      version: 2,
      reviewChoice: 'continue',
      nextReview: '2027-02-15',
    });
    expect(json(answer.card)).toContain('15. feb. 2027');
    const stored = await h.stored(ID);
    expect(stored?.reviewDate).toBe('2027-02-15');
    expect(stored?.version).toBe(3);
    const audit = await h.storage.auditLog.read(`coordination-audit.${ID}`);
    expect(audit.map((e) => e.action)).toContain('reviewContinued');
    const ids = (await h.storage.documents.list(COLLECTIONS.reminders)).map((r) => r.id);
    expect(ids).toContain(`${ID}.review-20270215`);
  });

  it('steps up: the lead gets the pathway guidance with the notification banner, audited, the chat sees nothing of it', async () => {
    const h = await thread();
    const updatesBefore = h.messenger.calls.filter((c) => c.kind === 'update').length;
    const answer = await h.click(COORDINATION_VERBS.review, {
      threadId: ID,
      version: 2,
      reviewChoice: 'stepUp',
      nextReview: '2026-12-20',
    });
    const card = json(answer.card);
    expect(card).toContain(pathwayConfig.safety.levels.notify.title.da);
    expect(card).toContain(NOTIFICATION.url);
    const audit = await h.storage.auditLog.read(`coordination-audit.${ID}`);
    expect(audit.map((e) => e.action)).toContain('reviewSteppedUp');
    expect(json(audit)).not.toContain(FORM.summary);
    // The shared message changes only by its neutral next date, never to the lead's guidance.
    const updates = h.messenger.calls.filter((c) => c.kind === 'update').slice(updatesBefore);
    for (const update of updates) {
      expect(json(update)).not.toContain(pathwayConfig.safety.levels.notify.title.da);
      expect(json(update)).not.toContain(FORM.summary);
    }
  });

  it('steps down, audited', async () => {
    const h = await thread();
    await h.click(COORDINATION_VERBS.review, {
      threadId: ID,
      version: 2,
      reviewChoice: 'stepDown',
      nextReview: '2027-03-01',
    });
    const audit = await h.storage.auditLog.read(`coordination-audit.${ID}`);
    expect(audit.map((e) => e.action)).toContain('reviewSteppedDown');
    expect((await h.stored(ID))?.reviewDate).toBe('2027-03-01');
  });

  it.each([
    ['in the past', '2026-11-01'],
    ['today', '2026-11-29'],
    ['more than a year ahead', '2028-01-10'],
    ['not a date', '2027-02-30'],
  ])('refuses a review date %s in Danish, changing nothing', async (_label, nextReview) => {
    const h = await thread();
    await expectUnchanged(h, async () => {
      const answer = await h.click(COORDINATION_VERBS.review, {
        threadId: ID,
        version: 2,
        reviewChoice: 'continue',
        nextReview,
      });
      expect(json(answer.card)).toContain(T.fieldErrors.reviewDate);
    });
  });

  it('refuses a review by a participant who is not the lead, and an unknown choice', async () => {
    const h = await thread();
    await expectUnchanged(h, async () => {
      const answer = await h.click(
        COORDINATION_VERBS.review,
        { threadId: ID, version: 2, reviewChoice: 'continue', nextReview: '2027-02-01' },
        PPR,
      );
      expect(json(answer.card)).toContain(T.notes.notPermitted);
      const bad = await h.click(COORDINATION_VERBS.review, {
        threadId: ID,
        version: 2,
        reviewChoice: 'escalateToPolice',
        nextReview: '2027-02-01',
      });
      expect(json(bad.card)).toContain(da.common.errors.invalidCardData);
    });
  });

  it('refuses a review from a stale card and shows the current one', async () => {
    const h = await thread();
    await expectUnchanged(h, async () => {
      const answer = await h.click(COORDINATION_VERBS.review, {
        threadId: ID,
        version: 1,
        reviewChoice: 'continue',
        nextReview: '2027-02-01',
      });
      expect(json(answer.card)).toContain(T.notes.stale);
    });
  });

  it('marks the review as due on the lead card once its date has come', async () => {
    const h = await thread();
    expect(json((await h.click(COORDINATION_VERBS.refresh, { threadId: ID })).card)).not.toContain(
      T.card.reviewDue('10. jan. 2027'),
    );
    h.clock.set('2027-01-11T09:00:00Z');
    const lead = await h.click(COORDINATION_VERBS.refresh, { threadId: ID });
    expect(json(lead.card)).toContain(T.card.reviewDue('10. jan. 2027'));
  });

  it("marks an overdue task on participants' own views, never on the shared message", async () => {
    const h = await thread();
    await h.click(COORDINATION_VERBS.addTask, {
      threadId: ID,
      version: 2,
      taskTitle: 'Ring til skolen',
      taskOwner: 'aad-ppr',
      taskDue: '2026-12-01',
    });
    const before = await h.click(COORDINATION_VERBS.refresh, { threadId: ID }, PPR);
    expect(json(before.card)).not.toContain(T.card.overdue);
    h.clock.set('2026-12-02T09:00:00Z');
    const after = await h.click(COORDINATION_VERBS.refresh, { threadId: ID }, PPR);
    expect(json(after.card)).toContain(T.card.overdue);
    for (const call of h.messenger.calls) expect(json(call)).not.toContain(T.card.overdue);
  });
});
