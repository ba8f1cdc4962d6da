import type { Logger } from '../../ports/logger';
import type { LeaseManager } from '../../ports/storage';
import type { KnowledgeUpdatesService } from './service';

export const SCHEDULER_LEASE = 'updates-scheduler';

export interface UpdateSchedulerDeps {
  readonly service: Pick<KnowledgeUpdatesService, 'runScheduledPass'>;
  readonly leases: LeaseManager;
  readonly logger: Logger;
  /** Unique per process (e.g. hostname + pid + random). */
  readonly holderId: string;
  readonly intervalMs?: number;
  readonly leaseTtlMs?: number;
}

/**
 * Publishes scheduled posts when they are due. Only the instance holding the lease runs a pass;
 * the post's etag-guarded state change makes a double publication impossible even if two passes
 * overlap (e.g. after a lease expired during a long pass).
 */
export function createUpdateScheduler(deps: UpdateSchedulerDeps) {
  const intervalMs = deps.intervalMs ?? 30_000;
  const leaseTtlMs = deps.leaseTtlMs ?? Math.max(intervalMs * 4, 120_000);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  async function tick(): Promise<{ ran: boolean; published: string[]; resumed: string[] }> {
    const acquired = await deps.leases.tryAcquire(SCHEDULER_LEASE, deps.holderId, leaseTtlMs);
    if (!acquired) return { ran: false, published: [], resumed: [] };
    const result = await deps.service.runScheduledPass();
    if (result.published.length > 0 || result.resumed.length > 0) {
      deps.logger.info('update scheduler pass', {
        published: result.published.length,
        resumed: result.resumed.length,
      });
    }
    return { ran: true, ...result };
  }

  function loop(): void {
    running = tick()
      .then(() => undefined)
      .catch((error: unknown) => {
        deps.logger.warn('update scheduler failed', { error: (error as Error)?.name });
      })
      .finally(() => {
        running = undefined;
        if (timer !== undefined) schedule();
      });
  }

  function schedule(): void {
    timer = setTimeout(loop, intervalMs);
    timer.unref?.();
  }

  return {
    tick,
    start(): void {
      if (timer !== undefined) return;
      timer = setTimeout(loop, 0);
      timer.unref?.();
    },
    async stop(): Promise<void> {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (running) await running;
      await deps.leases.release(SCHEDULER_LEASE, deps.holderId).catch(() => undefined);
    },
  };
}

export type UpdateScheduler = ReturnType<typeof createUpdateScheduler>;
