/** Background passes: scheduled updates, reminders, and the leader's maintenance and daily digest. */
import type { AppConfig } from '../config';
import { systemClock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import type { DirectMessenger, OutboundMessenger } from '../ports/outboundMessenger';
import type { Storage } from '../ports/storage';
import type { CardTemplates } from '../teams/cards/shared/cardTemplates';
import {
  createCoordinationMaintenance,
  createDailyDigest,
  createReminderScheduler,
} from '../services/coordination';
import { createUpdateScheduler } from '../services/knowledgeUpdates';
import {
  createCoordinationDigestPresenter,
  createCoordinationReminderPresenter,
} from '../teams/handlers/coordination';
import type { EditableConfig } from './editableConfig';
import type { Services } from './services';

export interface Scheduler {
  start(): void;
  stop(): Promise<void>;
}

export interface SchedulerContext {
  readonly config: AppConfig;
  readonly files: EditableConfig;
  readonly storage: Storage;
  readonly messenger: OutboundMessenger & DirectMessenger;
  readonly services: Pick<Services, 'knowledgeUpdates' | 'coordination'>;
  readonly logger: Logger;
  readonly cardTemplates: CardTemplates;
  /** Names this process as the holder of a scheduler's lease. */
  readonly instanceId: string;
}

export function createSchedulers(context: SchedulerContext): Scheduler[] {
  const { config, files, storage, messenger, services, logger, instanceId, cardTemplates } = context;
  return [
    createUpdateScheduler({
      service: services.knowledgeUpdates,
      leases: storage.leases,
      logger,
      holderId: instanceId,
    }),
    createReminderScheduler({
      storage,
      clock: systemClock,
      logger,
      messenger,
      present: createCoordinationReminderPresenter(cardTemplates, files.roles),
      holderId: instanceId,
      intervalMs: config.reminderScheduler.intervalMs,
      leaseTtlMs: config.reminderScheduler.leaseMs,
      onLeaderTick: createCoordinationMaintenance(services.coordination, systemClock, {
        dailyDigest: createDailyDigest({
          storage,
          clock: systemClock,
          logger,
          messenger,
          present: createCoordinationDigestPresenter(cardTemplates, files.roles, files.channels),
          policy: files.coordinationPolicy,
          holderId: instanceId,
        }),
      }),
    }),
  ];
}
