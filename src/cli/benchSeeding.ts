/**
 * Seeding the benchmarks and the tab fixture share: coordination threads written through the real
 * coordination service, with the roles, thread input, chat location and tasks they all use.
 */
import type { NewThreadInput } from '../domain/threads/creation';
import type { Actor } from '../domain/shared/actor';
import type { CoordinationThread, ThreadLocation } from '../domain/threads/model';
import type { ReminderPolicy } from '../domain/threads/reminders';
import { createRoleDirectory, type RoleDirectory } from '../domain/threads/roles';
import { createSilentLogger } from '../infrastructure/logging/pinoLogger';
import { systemClock, type Clock } from '../ports/clock';
import type { OutboundMessenger } from '../ports/outboundMessenger';
import type { Storage } from '../ports/storage';
import {
  createCoordinationService,
  type CoordinationService,
} from '../services/coordination/coordinationService';

/** The three roles the load scenarios spread participants over. */
export function benchRoles(): RoleDirectory {
  return createRoleDirectory({
    roles: [
      { id: 'laerer', name: 'Lærer' },
      { id: 'ppr-psykolog', name: 'PPR-psykolog' },
      { id: 'raadgiver', name: 'Socialrådgiver' },
    ],
    admins: [],
  });
}

export interface BenchCoordinationOptions {
  readonly roles: RoleDirectory;
  readonly clock?: Clock;
  readonly messenger?: OutboundMessenger;
  readonly reminderPolicy?: ReminderPolicy;
  readonly closedThreadDays?: number;
}

/** The load scenarios' reminder policy: a morning task reminder, a day's notice of a meeting. */
export const BENCH_REMINDER_POLICY: ReminderPolicy = { taskReminderTime: '08:00', meetingLeadHours: 24 };

/** The real coordination service, silent, on the given storage. */
export function createBenchCoordinationService(
  storage: Storage,
  options: BenchCoordinationOptions,
): CoordinationService {
  return createCoordinationService({
    storage,
    clock: options.clock ?? systemClock,
    logger: createSilentLogger(),
    roles: options.roles,
    reminderPolicy: options.reminderPolicy ?? BENCH_REMINDER_POLICY,
    retention: { closedThreadDays: options.closedThreadDays ?? 365, auditDaysAfterDeletion: null },
    ...(options.messenger ? { messenger: options.messenger } : {}),
  });
}

/** The thread every load scenario creates: one owner (a teacher) and the other users as participants. */
export function benchThreadInput(
  caseRef: string,
  participants: readonly Pick<Actor, 'id' | 'teamsUserId'>[],
): NewThreadInput {
  return {
    caseRef,
    ageOrGrade: '9 år',
    pathway: 'skole',
    summary: 'Belastningstest af en koordineringstråd.',
    legalBasis: 'anonymous',
    ownerRoleId: 'laerer',
    participants: participants.map((p, i) => ({
      aadObjectId: p.id,
      ...(p.teamsUserId ? { teamsUserId: p.teamsUserId } : {}),
      roleId: i % 2 ? 'ppr-psykolog' : 'raadgiver',
    })),
    confirmNoNames: true,
  };
}

/** Where a thread's card was posted: a group chat on the given connector. */
export function chatLocation(serviceUrl: string, conversationId: string, activityId: string): ThreadLocation {
  return { kind: 'chat', serviceUrl, conversationId, activityId };
}

/** Creates the thread (posting its card at `location`) and fails loudly when the service refuses. */
export async function seedThread(
  service: CoordinationService,
  input: NewThreadInput,
  lead: Actor,
  location?: ThreadLocation,
): Promise<CoordinationThread> {
  const created = await service.createThread(input, lead, location ? async () => location : undefined);
  if (created.kind !== 'created') throw new Error(`thread not created: ${created.kind}`);
  return created.thread;
}

/** The lead adds a task; returns the thread as it is afterwards. */
export async function seedTask(
  service: CoordinationService,
  thread: Pick<CoordinationThread, 'id' | 'version'>,
  lead: Actor,
  task: { readonly title: string; readonly ownerId?: string; readonly due?: string },
): Promise<CoordinationThread> {
  const result = await service.act(thread.id, thread.version, lead, { type: 'addTask', ...task });
  if (result.kind !== 'applied') throw new Error(`task not added: ${result.kind}`);
  return result.thread;
}
