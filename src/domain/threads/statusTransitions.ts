import type { ThreadStatus } from './model';

/** Allowed status moves. Closing needs an outcome, so it only happens through the `close` action. */
const TRANSITIONS: Readonly<Record<ThreadStatus, readonly ThreadStatus[]>> = {
  open: ['inProgress', 'waiting', 'closed'],
  inProgress: ['waiting', 'closed'],
  waiting: ['inProgress', 'closed'],
  closed: [],
};

export function canTransition(from: ThreadStatus, to: ThreadStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function allowedNextStatuses(from: ThreadStatus): readonly ThreadStatus[] {
  return TRANSITIONS[from].filter((status) => status !== 'closed');
}
