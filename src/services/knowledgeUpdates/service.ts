import { randomBytes } from 'node:crypto';
import type { Publisher, UpdateAudience } from '../../domain/updates';
import { DANISH_TIME_ZONE } from '../../domain/shared/danishTime';
import { AckRefresher } from './ackRefresher';
import { createAcknowledgements, type Acknowledgements } from './acknowledgements';
import { createDeliveryEngine, DEFAULT_DELIVERY_OPTIONS } from './delivery';
import { createDrafts, type Drafts } from './drafts';
import { createPostStore } from './postStore';
import { createPublishing, type Publishing } from './publishing';
import { realSleep } from './retry';
import { createScheduledPasses, type ScheduledPasses } from './scheduledPasses';
import type { UpdatesActor, KnowledgeUpdatesDeps } from './updateTypes';

export type {
  AckResult,
  UpdatesActor,
  KnowledgeUpdatesDeps,
  PostView,
  UpdateCardRenderer,
} from './updateTypes';

/**
 * Knowledge updates: managers' posts to the right teams and who acknowledged them. The parts are
 * drafts, publishing (delivery, edits, retractions), acknowledgements and the scheduled passes;
 * this interface is all the Teams layer and the scheduler see.
 */
export interface KnowledgeUpdatesService
  extends
    Drafts,
    Omit<Acknowledgements, 'ackCount'>,
    Pick<Publishing, 'publish' | 'editPublished' | 'resendUnconfirmed' | 'retract' | 'deliver'>,
    ScheduledPasses {
  /** Channels a post may go to (config/channels.yaml, usedFor: updates). */
  audiences(): readonly UpdateAudience[];
  /** True when publishers.yaml lists UPNs, so the Teams layer should look the caller's UPN up. */
  publishersIncludeUpns(): boolean;
  /** The caller's publisher entry, or undefined: the handler refuses anyone else. */
  publisherFor(actor: UpdatesActor): Publisher | undefined;
  /** Waits for background deliveries, copy updates and pending count refreshes. */
  whenIdle(): Promise<void>;
  stop(): Promise<void>;
}

function defaultId(): string {
  return `u${Date.now().toString(36)}${randomBytes(5).toString('hex')}`;
}

/** "2026-03-02 10:00:00" in the given zone: sortable, and read correctly by spreadsheets. */
export function localTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

function createEngine(deps: KnowledgeUpdatesDeps) {
  return createDeliveryEngine({
    storage: deps.storage,
    messenger: deps.messenger,
    audiences: deps.audiences,
    clock: deps.clock,
    logger: deps.logger,
    sleep: deps.sleep ?? realSleep,
    random: deps.random ?? Math.random,
    monotonicNow: () => performance.now(),
    ...(deps.tenantId ? { tenantId: deps.tenantId } : {}),
    ...(deps.defaultServiceUrl ? { defaultServiceUrl: deps.defaultServiceUrl } : {}),
    options: {
      ...DEFAULT_DELIVERY_OPTIONS,
      ...deps.delivery,
      retry: { ...DEFAULT_DELIVERY_OPTIONS.retry, ...deps.delivery?.retry },
    },
  });
}

export function createKnowledgeUpdatesService(deps: KnowledgeUpdatesDeps): KnowledgeUpdatesService {
  const timeZone = deps.timeZone ?? DANISH_TIME_ZONE;
  const engine = createEngine(deps);
  const posts = createPostStore(deps);
  // The refresher and the acknowledgements need each other: a new acknowledgement touches the
  // refresher, whose run (later, never during construction) counts the acknowledgements again.
  const refresher = new AckRefresher(
    (postId) => publishing.refreshCopies(postId),
    deps.ackRefreshDelayMs ?? 5000,
    deps.logger,
  );
  const acknowledgements = createAcknowledgements({
    service: deps,
    posts,
    engine,
    onAcknowledged: (postId) => refresher.touch(postId),
    localTime: (iso) => localTime(iso, timeZone),
  });
  const publishing = createPublishing({
    service: deps,
    posts,
    engine,
    ackCount: acknowledgements.ackCount,
    sleep: deps.sleep ?? realSleep,
  });
  const passes = createScheduledPasses({
    service: deps,
    posts,
    publishing,
    staleAfterMs: deps.delivery?.staleSendingMs ?? DEFAULT_DELIVERY_OPTIONS.staleSendingMs,
  });
  return {
    audiences: () => deps.audiences.list(),
    publishersIncludeUpns: () => deps.publishers.hasUpnEntries,
    publisherFor: (actor) => deps.publishers.find(actor),
    ...createDrafts(deps, posts, deps.newId ?? defaultId),
    acknowledge: acknowledgements.acknowledge,
    view: acknowledgements.view,
    exportAcknowledgements: acknowledgements.exportAcknowledgements,
    publish: publishing.publish,
    editPublished: publishing.editPublished,
    resendUnconfirmed: publishing.resendUnconfirmed,
    retract: publishing.retract,
    deliver: publishing.deliver,
    ...passes,
    async whenIdle() {
      await posts.whenBackgroundIdle();
      await refresher.flush();
      await posts.whenBackgroundIdle();
    },
    async stop() {
      await refresher.stop();
      await posts.whenBackgroundIdle();
    },
  };
}
