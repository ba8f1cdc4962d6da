import { createThreadEntity } from '../../../../src/domain/threads/creation';
import { ThreadRuleError } from '../../../../src/domain/threads/errors';
import {
  DEFAULT_COORDINATION_POLICY,
  addDays,
  coordinationPolicySchema,
} from '../../../../src/domain/threads/policy';
import { desiredReminders, reminderStillValid } from '../../../../src/domain/threads/reminders';
import { applyThreadAction, checkReviewDate } from '../../../../src/domain/threads/rules';
import { NOW, OWNER, PARTICIPANT, ROLE_IDS, input, newThread } from './fixtures';

function accepted() {
  return applyThreadAction(newThread(), PARTICIPANT, { type: 'accept' }, NOW, ROLE_IDS).thread;
}

describe('review dates', () => {
  it('sets the first review from the pathway weeks in the policy', () => {
    const policy = {
      ...DEFAULT_COORDINATION_POLICY,
      review: {
        ...DEFAULT_COORDINATION_POLICY.review,
        weeks: { ...DEFAULT_COORDINATION_POLICY.review.weeks, skole: 4 },
      },
    };
    const result = createThreadEntity(input(), OWNER, NOW, ROLE_IDS, policy);
    expect(result.kind === 'ok' && result.thread.reviewDate).toBe('2026-12-27');
    expect(newThread({ pathway: 'social' }).reviewDate).toBe('2027-01-10');
  });

  it('lets only the lead review, with a date after today and within a year', () => {
    const thread = accepted();
    const next = applyThreadAction(
      thread,
      OWNER,
      { type: 'review', choice: 'stepDown', nextReview: '2027-01-31' },
      NOW,
      ROLE_IDS,
    );
    expect(next.thread.reviewDate).toBe('2027-01-31');
    expect(next.event.action).toBe('reviewSteppedDown');
    expect(() =>
      applyThreadAction(
        thread,
        PARTICIPANT,
        { type: 'review', choice: 'continue', nextReview: '2027-01-31' },
        NOW,
        ROLE_IDS,
      ),
    ).toThrow(expect.objectContaining({ code: 'NOT_PERMITTED' }));
    for (const bad of ['2026-11-28', '2026-11-29']) {
      expect(() => checkReviewDate(bad, '2026-11-29')).toThrow(
        expect.objectContaining({ code: 'REVIEW_DATE_IN_PAST', field: 'reviewDate' }),
      );
    }
    expect(() => checkReviewDate('2027-12-01', '2026-11-29')).toThrow(ThreadRuleError);
    expect(checkReviewDate('2026-11-30', '2026-11-29')).toBe('2026-11-30');
  });

  it('gives a task without a due date the default due days', () => {
    const thread = accepted();
    const { thread: next } = applyThreadAction(
      thread,
      OWNER,
      { type: 'addTask', title: 'Ring til PPR' },
      NOW,
      ROLE_IDS,
    );
    expect(next.tasks[0]).toMatchObject({ ownerId: 'aad-owner', due: addDays('2026-11-29', 14) });
  });
});

describe('review reminders', () => {
  it('reminds the lead the configured days before, and drops a reminder for a moved review', () => {
    const thread = newThread();
    const policy = { taskReminderTime: '08:00', meetingLeadHours: 24, reviewLeadDays: 3 };
    const review = desiredReminders(thread, policy).find((r) => r.kind === 'review');
    expect(review).toMatchObject({ targetWhen: '2027-01-10', dueAt: '2027-01-07T07:00:00.000Z' });
    expect(reminderStillValid(review!, thread, NOW)).toBe(true);
    const moved = { ...thread, reviewDate: '2027-02-01' };
    expect(reminderStillValid(review!, moved, NOW)).toBe(false);
    expect(reminderStillValid(review!, { ...thread, status: 'closed' }, NOW)).toBe(false);
  });
});

describe('coordination policy file', () => {
  it('refuses a pathway without review weeks and a bad digest time', () => {
    const result = coordinationPolicySchema.safeParse({
      ...DEFAULT_COORDINATION_POLICY,
      review: { weeks: { social: 6 }, reminderDaysBefore: 3 },
      digest: { time: '25:00', dueWithinDays: 6 },
    });
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['review.weeks.skole', 'digest.time']));
  });
});
