import type { NewThreadInput } from '../../../../src/domain/threads/creation';
import type { Actor } from '../../../../src/domain/shared/actor';
import { createRoleDirectory, type RoleDirectory } from '../../../../src/domain/threads/roles';
import type { OutboundMessenger } from '../../../../src/ports/outboundMessenger';
import type { Storage } from '../../../../src/ports/storage';
import {
  createCoordinationService,
  type CoordinationService,
  type RetentionPolicy,
} from '../../../../src/services/coordination/coordinationService';

export const ADMIN_ID = '00000000-0000-4000-8000-00000000a001';

export const roles = createRoleDirectory({
  roles: [
    { id: 'laerer', name: 'Lærer' },
    { id: 'ppr-psykolog', name: 'PPR-psykolog' },
    { id: 'raadgiver', name: 'Socialrådgiver' },
    { id: 'sundhedsplejerske', name: 'Sundhedsplejerske' },
  ],
  admins: [{ objectId: ADMIN_ID }],
});

export const OWNER: Actor = { id: 'aad-owner', teamsUserId: '29:owner', displayName: 'Owner' };
export const P1: Actor = { id: 'aad-p1', teamsUserId: '29:p1', displayName: 'Deltager En' };
export const OUTSIDER: Actor = { id: 'aad-x', teamsUserId: '29:x' };

// One recording logger and one manual clock for the whole test toolkit.
import { ManualClock, recordingLogger as silentLogger } from '@tests/helpers/fakes';
import type { Logger } from '@src/ports/logger';

export { ManualClock, silentLogger };

export function threadInput(caseRef: string, overrides: Partial<NewThreadInput> = {}): NewThreadInput {
  return {
    caseRef,
    ageOrGrade: '7 år',
    pathway: 'skolestart',
    summary: 'Barnet har svært ved overgangen fra børnehave til 0. klasse.',
    legalBasis: 'anonymous',
    ownerRoleId: 'laerer',
    participants: [{ aadObjectId: 'aad-p1', roleId: 'ppr-psykolog' }],
    confirmNoNames: false,
    ...overrides,
  };
}

export function makeService(
  storage: Storage,
  clock: ManualClock,
  options: {
    retention?: RetentionPolicy;
    messenger?: OutboundMessenger;
    logger?: Logger;
    roles?: RoleDirectory;
  } = {},
): CoordinationService {
  return createCoordinationService({
    storage,
    clock,
    logger: options.logger ?? silentLogger(),
    roles: options.roles ?? roles,
    reminderPolicy: { taskReminderTime: '08:00', meetingLeadHours: 24 },
    retention: options.retention ?? { closedThreadDays: 30, auditDaysAfterDeletion: 90 },
    messenger: options.messenger,
  });
}

export const CHAT_LOCATION = {
  kind: 'chat' as const,
  serviceUrl: 'https://smba.example/emea/',
  conversationId: 'a:chat-1',
  activityId: 'card-1',
};
