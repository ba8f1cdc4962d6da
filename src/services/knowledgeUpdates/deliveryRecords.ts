import { ConcurrencyConflictError, type DocumentStore, type StoredDocument } from '../../ports/storage';
import { DELIVERIES, deliveryId, type DeliveryRecord } from './records';

/** The delivery records of posts: one per (post, channel), each written conditionally. */
export interface DeliveryRecords {
  read(postId: string, audienceId: string): Promise<StoredDocument<DeliveryRecord> | undefined>;
  /**
   * Conditional write: creates the record when `etag` is undefined, else replaces that version.
   * Undefined when someone else changed the record first.
   */
  write(
    record: DeliveryRecord,
    etag: string | undefined,
  ): Promise<StoredDocument<DeliveryRecord> | undefined>;
  /** Every record of one post. */
  listFor(postId: string): Promise<StoredDocument<DeliveryRecord>[]>;
}

export function createDeliveryRecords(docs: DocumentStore): DeliveryRecords {
  return {
    read: (postId, audienceId) => docs.get<DeliveryRecord>(DELIVERIES, deliveryId(postId, audienceId)),

    async write(record, etag) {
      try {
        const newEtag = await docs.put(
          DELIVERIES,
          deliveryId(record.postId, record.audienceId),
          record,
          etag === undefined ? { ifNoneMatch: '*' } : { ifMatch: etag },
        );
        return { id: deliveryId(record.postId, record.audienceId), value: record, etag: newEtag };
      } catch (error) {
        if (error instanceof ConcurrencyConflictError) return undefined;
        throw error;
      }
    },

    // The prefix also matches a post whose id starts with this one's; the postId check rules it out.
    listFor: async (postId) =>
      (await docs.list<DeliveryRecord>(DELIVERIES, { prefix: `${postId}.` })).filter(
        (doc) => doc.value.postId === postId,
      ),
  };
}

/** Runs `work` over items with at most `limit` in flight. */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  });
  await Promise.all(workers);
}
