import { DeliveryError, RateLimitedError } from '../../ports/outboundMessenger';

/**
 * Retry policy for calls to the Bot Connector. Throttling (429) waits what Retry-After asks (or the
 * backoff when it is missing) and pauses every worker through the shared gate; 5xx and network
 * errors back off exponentially with full jitter; other errors are final. Attempts are bounded.
 */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  /** Ceiling of the exponential backoff (not of Retry-After, which is always honoured in full). */
  readonly maxDelayMs: number;
  /** A Retry-After longer than this ends the attempts for that copy (reported as failed). */
  readonly maxRetryAfterMs?: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export interface FailureDecision {
  readonly retry: boolean;
  readonly delayMs: number;
  readonly throttled: boolean;
  /** A short, content-free reason for logs and the author's report. */
  readonly reason: string;
}

export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(random() * ceiling);
}

export function decideOnFailure(
  error: unknown,
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
): FailureDecision {
  const last = attempt >= policy.maxAttempts;
  if (error instanceof RateLimitedError) {
    if (error.retryAfterMs !== undefined) {
      const delayMs = Math.max(0, error.retryAfterMs);
      const tooLong = delayMs > (policy.maxRetryAfterMs ?? DEFAULT_RETRY_POLICY.maxRetryAfterMs!);
      return { retry: !last && !tooLong, delayMs, throttled: true, reason: 'http-429' };
    }
    return {
      retry: !last,
      delayMs: backoffDelay(policy, attempt, random),
      throttled: true,
      reason: 'http-429',
    };
  }
  if (error instanceof DeliveryError) {
    const reason = error.status !== undefined ? `http-${error.status}` : 'network';
    return {
      retry: error.retryable && !last,
      delayMs: backoffDelay(policy, attempt, random),
      throttled: false,
      reason,
    };
  }
  return { retry: false, delayMs: 0, throttled: false, reason: 'error' };
}

/**
 * Shared between the workers of one delivery run: after a 429 nobody sends until the pause has
 * passed, and sends are paced to at most `perSecond` (Teams allows about 50 per second per bot
 * and tenant across conversations; the default of 30 stays below).
 */
export class SendGate {
  private pausedUntil = 0;
  private nextSlot = 0;

  constructor(
    private readonly now: () => number,
    private readonly sleep: Sleep,
    private readonly perSecond: number,
  ) {}

  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }

  async waitTurn(): Promise<void> {
    for (;;) {
      const now = this.now();
      const waitPause = this.pausedUntil - now;
      if (waitPause > 0) {
        await this.sleep(waitPause);
        continue;
      }
      const interval = this.perSecond > 0 ? 1000 / this.perSecond : 0;
      const slot = Math.max(now, this.nextSlot);
      this.nextSlot = slot + interval;
      if (slot > now) await this.sleep(slot - now);
      if (this.pausedUntil <= this.now()) return;
    }
  }
}
