import type { Logger } from '../../ports/logger';

/**
 * Coalesces "the acknowledgement count changed" into few updates of the channel copies.
 *
 * Choice: a per-post trailing debounce. The first acknowledgement after a quiet period starts a
 * timer of `delayMs`; acknowledgements within it only mark the post dirty. When the timer fires,
 * one round updates every copy with the count at that moment. Acknowledgements that arrive while
 * a round runs cause exactly one more round afterwards. So 200 acknowledgements within the window
 * cost one round (one update per channel copy, e.g. 100), not 200 × 100; in the worst case a post
 * causes one round per window. Each user still sees their own state at once, because the
 * Action.Execute answer (their personal card) is returned immediately.
 */
export class AckRefresher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly dirty = new Set<string>();
  private stopped = false;

  constructor(
    private readonly refresh: (postId: string) => Promise<void>,
    private readonly delayMs: number,
    private readonly logger: Logger,
  ) {}

  touch(postId: string): void {
    if (this.stopped) return;
    if (this.running.has(postId)) {
      this.dirty.add(postId);
      return;
    }
    if (this.timers.has(postId)) return;
    const timer = setTimeout(() => {
      this.timers.delete(postId);
      this.run(postId);
    }, this.delayMs);
    timer.unref?.();
    this.timers.set(postId, timer);
  }

  private run(postId: string): void {
    const round = this.refresh(postId)
      .catch((error: unknown) => {
        this.logger.warn('update acknowledgement refresh failed', { postId, error: (error as Error)?.name });
      })
      .finally(() => {
        this.running.delete(postId);
        if (this.dirty.delete(postId)) this.touch(postId);
      });
    this.running.set(postId, round);
  }

  /** Runs pending rounds now and waits for them (tests, shutdown). */
  async flush(): Promise<void> {
    for (const [postId, timer] of [...this.timers]) {
      clearTimeout(timer);
      this.timers.delete(postId);
      this.run(postId);
    }
    while (this.running.size > 0 || this.timers.size > 0) {
      for (const [postId, timer] of [...this.timers]) {
        clearTimeout(timer);
        this.timers.delete(postId);
        this.run(postId);
      }
      await Promise.all([...this.running.values()]);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all([...this.running.values()]);
  }
}
