import { canSeeContent } from './access';
import type { CoordinationThread, ThreadLocation } from './model';
import { addDays } from './policy';

/** One task in someone's daily digest. */
export interface DigestTask {
  readonly threadId: string;
  readonly caseRef: string;
  readonly taskId: string;
  readonly title: string;
  readonly due: string;
  readonly overdue: boolean;
  readonly location?: ThreadLocation;
}

/** One person's digest: where to reach them and their overdue and soon-due tasks. */
export interface UserDigest {
  readonly aadObjectId: string;
  readonly teamsUserId: string;
  readonly serviceUrl: string;
  readonly tenantId?: string;
  readonly overdue: readonly DigestTask[];
  readonly dueSoon: readonly DigestTask[];
}

export interface DigestSelection {
  readonly digests: UserDigest[];
  /** People with tasks to report whom the bot cannot reach (no Teams id or no service URL yet). */
  readonly unreachable: number;
}

/**
 * One digest per person with open tasks that are overdue or due from today to `today + withinDays`,
 * in threads they may still read. One pass over the threads, so a run for a thousand people costs
 * what reading the threads costs.
 */
export function selectDigests(
  threads: Iterable<CoordinationThread>,
  today: string,
  withinDays: number,
): DigestSelection {
  const last = addDays(today, withinDays);
  const byUser = new Map<
    string,
    { teamsUserId?: string; serviceUrl?: string; tenantId?: string; tasks: DigestTask[] }
  >();
  for (const thread of threads) {
    if (thread.status === 'closed') continue;
    for (const task of thread.tasks) {
      if (task.done || !task.ownerId || !task.due || task.due > last) continue;
      const owner = thread.participants.find((p) => p.aadObjectId === task.ownerId);
      if (!owner || !canSeeContent(thread, { id: owner.aadObjectId })) continue;
      const entry = byUser.get(owner.aadObjectId) ?? { tasks: [] };
      entry.teamsUserId ??= owner.teamsUserId;
      entry.serviceUrl ??= thread.location?.serviceUrl;
      entry.tenantId ??= thread.location?.tenantId;
      entry.tasks.push({
        threadId: thread.id,
        caseRef: thread.caseRef,
        taskId: task.id,
        title: task.title,
        due: task.due,
        overdue: task.due < today,
        location: thread.location,
      });
      byUser.set(owner.aadObjectId, entry);
    }
  }
  const digests: UserDigest[] = [];
  let unreachable = 0;
  const order = (a: DigestTask, b: DigestTask) =>
    a.due.localeCompare(b.due) || a.caseRef.localeCompare(b.caseRef) || a.taskId.localeCompare(b.taskId);
  for (const [aadObjectId, entry] of byUser) {
    if (!entry.teamsUserId || !entry.serviceUrl) {
      unreachable++;
      continue;
    }
    digests.push({
      aadObjectId,
      teamsUserId: entry.teamsUserId,
      serviceUrl: entry.serviceUrl,
      tenantId: entry.tenantId,
      overdue: entry.tasks.filter((t) => t.overdue).sort(order),
      dueSoon: entry.tasks.filter((t) => !t.overdue).sort(order),
    });
  }
  digests.sort((a, b) => a.aadObjectId.localeCompare(b.aadObjectId));
  return { digests, unreachable };
}
