import type { AudienceDirectory } from '../../domain/updates';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import type { OutboundMessenger } from '../../ports/outboundMessenger';
import type { Storage } from '../../ports/storage';
import { createCopyUpdates, type UpdateCopies } from './copyUpdates';
import { createDeliveryRecords } from './deliveryRecords';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, type Sleep } from './retry';
import { createSending, type Sending } from './sending';

export interface DeliveryOptions {
  readonly retry: RetryPolicy;
  /** Channels worked on at the same time. */
  readonly concurrency: number;
  /** Pacing across all channels of one run. */
  readonly sendsPerSecond: number;
  /** A 'sending' record older than this was left by a crash (longer than any HTTP timeout). */
  readonly staleSendingMs: number;
}

export const DEFAULT_DELIVERY_OPTIONS: DeliveryOptions = {
  retry: DEFAULT_RETRY_POLICY,
  concurrency: 8,
  /** Teams allows about 50 requests per second per bot and tenant; stay well below. */
  sendsPerSecond: 30,
  staleSendingMs: 2 * 60 * 1000,
};

export interface DeliveryDeps {
  readonly storage: Storage;
  readonly messenger: OutboundMessenger;
  readonly audiences: AudienceDirectory;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly sleep: Sleep;
  readonly random: () => number;
  /** Monotonic milliseconds for pacing and Retry-After pauses (not the business clock). */
  readonly monotonicNow: () => number;
  readonly tenantId?: string;
  readonly defaultServiceUrl?: string;
  readonly options: DeliveryOptions;
}

export interface DeliveryEngine extends Sending {
  readonly updateCopies: UpdateCopies;
}

/**
 * Sends published posts to their channels at most once per copy, and later edits, withdraws or
 * refreshes the copies delivered. The parts share the delivery records and the options.
 */
export function createDeliveryEngine(deps: DeliveryDeps): DeliveryEngine {
  const records = createDeliveryRecords(deps.storage.documents);
  const sending = createSending(deps, records);
  return {
    deliver: sending.deliver,
    updateCopies: createCopyUpdates(deps, records),
    report: sending.report,
  };
}
