import { selectDigests, type UserDigest } from '../../domain/threads/digest';
import type { CoordinationThread } from '../../domain/threads/model';
import type { CoordinationPolicy } from '../../domain/threads/policy';
import { danishDateOf, danishLocalToUtc } from '../../domain/threads/time';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import {
  DeliveryError,
  RateLimitedError,
  type DirectMessenger,
  type OutboundMessage,
} from '../../ports/outboundMessenger';
import { ConcurrencyConflictError, type Storage } from '../../ports/storage';
import { COLLECTIONS } from './collections';

export const DIGEST_COLLECTION = 'coordination-digests';

/** Turns one person's digest into their 1:1 message (texts and links live in the Teams layer). */
export type DigestPresenter = (digest: UserDigest) => OutboundMessage;

/** One person's digest of one day: claimed before it is sent, so it goes out at most once. */
interface DigestRecord {
  readonly date: string;
  readonly state: 'claimed' | 'sent' | 'failed';
  readonly claimedBy: string;
  readonly at: string;
}

/** The day's run, written once every digest of the day has been dealt with. */
interface DigestRun {
  readonly date: string;
  readonly sent: number;
  readonly finishedAt: string;
}

export interface DailyDigestDeps {
  readonly storage: Storage;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly messenger: DirectMessenger;
  readonly present: DigestPresenter;
  readonly policy: CoordinationPolicy;
  readonly holderId: string;
}

export interface DigestReport {
  readonly due: boolean;
  readonly sent: number;
  readonly skipped: number;
  readonly failed: number;
  readonly unreachable: number;
}

/**
 * The daily digest: after the configured time each participant gets one 1:1 message with their
 * overdue tasks and those due soon. Run by the reminder leader on its tick. Each person's digest of
 * the day is claimed with a create-only write before it is sent, so two leaders (one whose lease
 * ran out mid-run, and the one that took over) never send the same digest twice.
 */
export function createDailyDigest(deps: DailyDigestDeps): () => Promise<DigestReport> {
  const docs = deps.storage.documents;
  const logger = deps.logger.child({ component: 'dailyDigest' });

  async function sendOne(digest: UserDigest, date: string): Promise<'sent' | 'skipped' | 'failed' | 'retry'> {
    const id = `${date}.${digest.aadObjectId}`;
    const claim: DigestRecord = {
      date,
      state: 'claimed',
      claimedBy: deps.holderId,
      at: deps.clock.now().toISOString(),
    };
    let etag: string;
    try {
      etag = await docs.put<DigestRecord>(DIGEST_COLLECTION, id, claim, { ifNoneMatch: '*' });
    } catch (error) {
      if (error instanceof ConcurrencyConflictError) return 'skipped'; // already claimed or sent today
      throw error;
    }
    try {
      await deps.messenger.postToUser(
        { serviceUrl: digest.serviceUrl, userId: digest.teamsUserId, tenantId: digest.tenantId },
        deps.present(digest),
      );
    } catch (error) {
      const retryable =
        error instanceof RateLimitedError || (error instanceof DeliveryError && error.retryable);
      if (retryable) {
        // Nothing reached the person: give the claim back so the next tick tries again.
        await docs.delete(DIGEST_COLLECTION, id).catch(() => undefined);
        return 'retry';
      }
      await docs
        .put<DigestRecord>(DIGEST_COLLECTION, id, { ...claim, state: 'failed' }, { ifMatch: etag })
        .catch(() => undefined);
      logger.warn('digest delivery failed', { error: (error as Error).name });
      return 'failed';
    }
    await docs.put<DigestRecord>(
      DIGEST_COLLECTION,
      id,
      { ...claim, state: 'sent', at: deps.clock.now().toISOString() },
      { ifMatch: etag },
    );
    return 'sent';
  }

  return async () => {
    const now = deps.clock.now();
    const date = danishDateOf(now);
    const sendAfter = danishLocalToUtc(date, deps.policy.digest.time);
    const none = { sent: 0, skipped: 0, failed: 0, unreachable: 0 };
    if (!sendAfter || now.getTime() < sendAfter.getTime()) return { due: false, ...none };
    if (await docs.get<DigestRun>(DIGEST_COLLECTION, `run.${date}`)) return { due: false, ...none };
    const threads = (await docs.list<CoordinationThread>(COLLECTIONS.threads)).map((d) => d.value);
    const { digests, unreachable } = selectDigests(threads, date, deps.policy.digest.dueWithinDays);
    const counts = { sent: 0, skipped: 0, failed: 0, retry: 0 };
    for (const digest of digests) counts[await sendOne(digest, date)]++;
    if (counts.retry === 0) {
      await docs.put<DigestRun>(DIGEST_COLLECTION, `run.${date}`, {
        date,
        sent: counts.sent,
        finishedAt: deps.clock.now().toISOString(),
      });
      // Once a day: the records of earlier days are no longer needed to prevent a second send.
      for (const old of await docs.list(DIGEST_COLLECTION)) {
        const day = old.id.startsWith('run.') ? old.id.slice(4) : old.id.slice(0, 10);
        if (day < date) await docs.delete(DIGEST_COLLECTION, old.id).catch(() => undefined);
      }
    }
    logger.info('daily digest run', { ...counts, unreachable });
    return {
      due: true,
      sent: counts.sent,
      skipped: counts.skipped,
      failed: counts.failed + counts.retry,
      unreachable,
    };
  };
}
