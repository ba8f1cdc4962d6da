import type { NewThreadInput } from '../../../../src/domain/threads/creation';
import type { Actor } from '../../../../src/domain/shared/actor';
import { createRoleDirectory, type RoleDirectory } from '../../../../src/domain/threads/roles';
import type {
  ConversationAddress,
  OutboundMessage,
  OutboundMessenger,
  PostedMessage,
} from '../../../../src/ports/outboundMessenger';
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

export type MessengerCall =
  | { kind: 'startChannelThread'; serviceUrl: string; channelId: string; message: OutboundMessage }
  | { kind: 'post'; address: ConversationAddress; message: OutboundMessage }
  | { kind: 'update'; address: ConversationAddress; activityId: string; message: OutboundMessage }
  | { kind: 'remove'; address: ConversationAddress; activityId: string };

/** Records what would be sent to Teams; `fail` makes the next calls throw. */
export class RecordingMessenger implements OutboundMessenger {
  readonly calls: MessengerCall[] = [];
  fail: Error | undefined;
  private counter = 0;

  async startChannelThread(
    serviceUrl: string,
    channelId: string,
    message: OutboundMessage,
  ): Promise<PostedMessage> {
    this.check();
    this.calls.push({ kind: 'startChannelThread', serviceUrl, channelId, message });
    const activityId = `act-${++this.counter}`;
    return { conversationId: `${channelId};messageid=${activityId}`, activityId };
  }
  async post(address: ConversationAddress, message: OutboundMessage): Promise<PostedMessage> {
    this.check();
    this.calls.push({ kind: 'post', address, message });
    return { conversationId: address.conversationId, activityId: `act-${++this.counter}` };
  }
  async update(address: ConversationAddress, activityId: string, message: OutboundMessage): Promise<void> {
    this.check();
    this.calls.push({ kind: 'update', address, activityId, message });
  }
  async remove(address: ConversationAddress, activityId: string): Promise<void> {
    this.check();
    this.calls.push({ kind: 'remove', address, activityId });
  }
  private check(): void {
    if (this.fail) throw this.fail;
  }
}

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
