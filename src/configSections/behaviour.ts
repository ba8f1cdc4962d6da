/** How the bot behaves in conversations and in the background: limits, retention, watching, reminders. */
import { z } from 'zod';
import { booleanFlag, boundedInteger, type AddProblem } from './fieldTypes';

export const notificationChannelFields = {
  NOTIFICATION_CHANNEL_NAME: z.string().min(1).default('Herning Kommunes digitale underretning'),
  NOTIFICATION_CHANNEL_URL: z
    .string()
    .url({ message: 'expected the https:// link to the official notification channel' })
    .default('https://www.herning.dk/'),
};

export const messageLimitFields = {
  MAX_MESSAGE_LENGTH: boundedInteger('a number of characters', 100, 20000).default(2000),
};

export const backgroundFields = {
  THREAD_RETENTION_DAYS: boundedInteger('a number of days', 1, 3650).default(180),
  /** Quiet time after a change in the knowledge folder before it is re-indexed; 0 turns watching off. */
  KNOWLEDGE_WATCH_DEBOUNCE_MS: boundedInteger('milliseconds', 0, 600000).default(500),
  SCHEDULERS_ENABLED: booleanFlag.default('true'),
  REMINDER_INTERVAL_MS: boundedInteger('milliseconds', 1000, 3_600_000).default(60_000),
  REMINDER_LEASE_MS: boundedInteger('milliseconds', 2000, 86_400_000).optional(),
};

type BackgroundEnv = z.infer<z.ZodObject<typeof backgroundFields>>;

export interface ReminderSchedulerSettings {
  readonly intervalMs: number;
  readonly leaseMs: number;
}

export function checkBackground(env: BackgroundEnv, addProblem: AddProblem): void {
  if (env.REMINDER_LEASE_MS !== undefined && env.REMINDER_LEASE_MS <= env.REMINDER_INTERVAL_MS) {
    addProblem(
      'REMINDER_LEASE_MS',
      'must be longer than REMINDER_INTERVAL_MS (the leader renews the lease on every pass)',
    );
  }
}

/** The lease outlives a few missed passes before another instance takes over. */
export function reminderSchedulerFrom(env: BackgroundEnv): ReminderSchedulerSettings {
  return {
    intervalMs: env.REMINDER_INTERVAL_MS,
    leaseMs: env.REMINDER_LEASE_MS ?? env.REMINDER_INTERVAL_MS * 3,
  };
}
