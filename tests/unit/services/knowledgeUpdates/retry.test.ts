import { DeliveryError, RateLimitedError } from '@src/ports/outboundMessenger';
import { backoffDelay, decideOnFailure, SendGate } from '@src/services/knowledgeUpdates/retry';

const policy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 60_000 };

describe('retry decisions', () => {
  it('honours Retry-After in full, even above the backoff ceiling', () => {
    expect(decideOnFailure(new RateLimitedError(5000), 1, policy, () => 0.5)).toEqual({
      retry: true,
      delayMs: 5000,
      throttled: true,
      reason: 'http-429',
    });
  });

  it('gives up on an absurd Retry-After and after the last attempt', () => {
    expect(decideOnFailure(new RateLimitedError(600_000), 1, policy, () => 0.5).retry).toBe(false);
    expect(decideOnFailure(new RateLimitedError(10), 4, policy, () => 0.5).retry).toBe(false);
  });

  it('backs off exponentially with full jitter on retryable errors, not on others', () => {
    expect(backoffDelay(policy, 1, () => 1)).toBe(100);
    expect(backoffDelay(policy, 3, () => 1)).toBe(400);
    expect(backoffDelay(policy, 10, () => 1)).toBe(1000);
    expect(backoffDelay(policy, 3, () => 0.25)).toBe(100);
    expect(decideOnFailure(new DeliveryError('503', 503, true), 2, policy, () => 1)).toMatchObject({
      retry: true,
      delayMs: 200,
      reason: 'http-503',
    });
    expect(decideOnFailure(new DeliveryError('403', 403, false), 1, policy, () => 1).retry).toBe(false);
    expect(decideOnFailure(new DeliveryError('net', undefined, true), 1, policy, () => 1).reason).toBe(
      'network',
    );
    expect(decideOnFailure(new Error('boom'), 1, policy, () => 1).retry).toBe(false);
  });
});

describe('SendGate', () => {
  it('paces sends and makes every worker wait out a pause', async () => {
    let now = 0;
    const slept: number[] = [];
    const gate = new SendGate(
      () => now,
      async (ms) => {
        slept.push(ms);
        now += ms;
      },
      10,
    );
    await gate.waitTurn();
    await gate.waitTurn();
    expect(now).toBe(100);
    gate.pause(500);
    await gate.waitTurn();
    expect(now).toBeGreaterThanOrEqual(600);
    expect(slept).toContain(500);
  });
});
