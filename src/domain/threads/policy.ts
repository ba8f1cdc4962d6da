import { z } from 'zod';
import { THREAD_PATHWAY_IDS, type ThreadPathwayId } from '../shared/pathwayId';

/**
 * How coordination threads are run, edited by the municipality in config/coordination.yaml: when a
 * thread is reviewed, when the lead is reminded of it, when tasks fall due when nobody says, and
 * when the daily digest goes out.
 */
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day like 07:30');

const reviewWeeks = z.number().int().min(1, 'must be at least 1 week').max(52, 'must be at most 52 weeks');

export const coordinationPolicySchema = z
  .object({
    version: z.literal(1),
    review: z
      .object({
        /** The first review date of a new thread: weeks after it was created, per pathway. */
        weeks: z
          .object(
            Object.fromEntries(THREAD_PATHWAY_IDS.map((id) => [id, reviewWeeks])) as Record<
              ThreadPathwayId,
              typeof reviewWeeks
            >,
          )
          .strict(),
        /** The lead is reminded this many days before the review date. */
        reminderDaysBefore: z.number().int().min(0).max(30),
      })
      .strict(),
    tasks: z
      .object({
        /** A task added without a due date falls due this many days later. */
        defaultDueDays: z.number().int().min(1).max(365),
      })
      .strict(),
    digest: z
      .object({
        /** Local Danish time after which the day's digest is sent. */
        time: timeOfDay,
        /** "Due this week": due today or within this many days after. */
        dueWithinDays: z.number().int().min(1).max(31),
      })
      .strict(),
  })
  .strict();

export type CoordinationPolicy = z.infer<typeof coordinationPolicySchema>;

export const DEFAULT_COORDINATION_POLICY: CoordinationPolicy = {
  version: 1,
  review: {
    weeks: { social: 6, dagtilbud: 6, skolestart: 6, skole: 6, andet: 6 },
    reminderDaysBefore: 3,
  },
  tasks: { defaultDueDays: 14 },
  digest: { time: '07:30', dueWithinDays: 6 },
};

/** A YYYY-MM-DD date plus whole days (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The first review date of a thread on this pathway created on `today`. */
export function firstReviewDate(policy: CoordinationPolicy, pathway: ThreadPathwayId, today: string): string {
  return addDays(today, policy.review.weeks[pathway] * 7);
}
