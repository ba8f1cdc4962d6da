/**
 * A coordination capability on a real teams-ai Application and botbuilder's TestAdapter, its verb
 * table registered by the router's own registerRoutes and its turns built by sdkTurn, with the
 * real service on MemoryStorage and a messenger that records what would go to the Bot Connector.
 * Clicks can come from any conversation and tenant, so cards from elsewhere can be forged.
 */
import { Application, type TurnState } from '@microsoft/teams-ai';
import { TestAdapter, type Activity } from 'botbuilder';
import { createChannelDirectory } from '../../../../src/domain/threads/channels';
import type { CoordinationThread } from '../../../../src/domain/threads/model';
import { MemoryStorage } from '../../../../src/infrastructure/storage/memory/memoryStorage';
import {
  COLLECTIONS,
  createCoordinationService,
} from '../../../../src/services/coordination/coordinationService';
import {
  createCoordinationCapability,
  type CoordinationCapabilityDeps,
  type ResolvedMember,
} from '../../../../src/teams/handlers/coordination';
import { registerRoutes } from '../../../../src/teams/app';
import { da } from '../../../../src/teams/texts/da';
import { sdkTurn } from '../../../../src/teams/turn/sdkTurn';
import { validateAdaptiveCard } from '../../../helpers/adaptiveCards';
import { ManualClock, RecordingMessenger, roles, silentLogger } from '../../services/coordination/helpers';

export const SERVICE_URL = 'https://smba.example/emea/';
export const UNKNOWN = da.common.errors.unknownAction;
export const CHAT = 'a:chat-1';
export const TENANT = 'tenant-1';

export interface User {
  id: string;
  aadObjectId: string;
  name: string;
}
export const OWNER: User = { id: '29:owner', aadObjectId: 'aad-owner', name: 'Ole Ejer' };
export const PPR: User = { id: '29:ppr', aadObjectId: 'aad-ppr', name: 'Pia Psykolog' };
export const NURSE: User = { id: '29:sund', aadObjectId: 'aad-sund', name: 'Sus Sundhed' };
export const OUTSIDER: User = { id: '29:out', aadObjectId: 'aad-out', name: 'Otto Udenfor' };
export const OUTSIDER2: User = { id: '29:out2', aadObjectId: 'aad-out2', name: 'Ulla Udenfor' };

export const MEMBERS: ResolvedMember[] = [
  { aadObjectId: 'aad-ppr', teamsUserId: '29:ppr', name: 'Pia Psykolog', upn: 'pia@herning.dk' },
  { aadObjectId: 'aad-sund', teamsUserId: '29:sund', name: 'Sus Sundhed', upn: 'sus@herning.dk' },
];

export interface Where {
  /** Conversation id the click or message comes from (default: the group chat). */
  readonly conversationId?: string;
  readonly tenantId?: string;
  /** The message the clicked card is on; null for none (e.g. a refresh without replyToId). */
  readonly replyToId?: string | null;
  /** 'personal' for the 1:1 chat with the bot. */
  readonly conversationType?: 'personal' | 'groupChat' | 'channel';
  /** The user's Teams locale (default: none, which is Danish). */
  readonly locale?: string;
}

export function coordinationHarness(extra: Partial<CoordinationCapabilityDeps> = {}) {
  const storage = new MemoryStorage();
  const clock = new ManualClock(Date.parse('2026-11-29T10:00:00Z'));
  const messenger = new RecordingMessenger();
  const logger = silentLogger();
  const service = createCoordinationService({
    storage,
    clock,
    logger,
    roles,
    reminderPolicy: { taskReminderTime: '08:00', meetingLeadHours: 24 },
    retention: { closedThreadDays: 30, auditDaysAfterDeletion: null },
    messenger,
  });
  const channels = createChannelDirectory({
    defaultServiceUrl: SERVICE_URL,
    channels: [
      {
        id: 'nord',
        name: 'Områdeteam Nord',
        kind: 'areaTeam',
        teamId: 'team-1',
        channelId: '19:nord@thread.tacv2',
        usedFor: ['coordination'],
      },
      {
        id: 'nyt',
        name: 'Nyheder',
        kind: 'unit',
        teamId: 'team-2',
        channelId: '19:nyt@thread.tacv2',
        usedFor: ['updates'],
      },
    ],
  });
  const capability = createCoordinationCapability({
    service,
    messenger,
    roles,
    channels,
    logger,
    resolveMember: async (_turn, id) =>
      MEMBERS.find((m) => m.aadObjectId === id || m.upn === id.toLowerCase() || m.teamsUserId === id),
    listRoster: async () => MEMBERS,
    clock,
    ...extra,
  });
  const app = new Application<TurnState>({ startTypingTimer: false, longRunningMessages: false });
  if (capability.routes) registerRoutes(app, capability.routes, logger);
  app.adaptiveCards.actionExecute(/.*/, async () => UNKNOWN);
  app.message(/[\s\S]*/, async (context) => {
    const text = (context.activity.text ?? '').trim();
    const argument = text.replace(/^ny tråd\s*/i, '');
    await capability.onMessage(sdkTurn(context, logger), { text, argument, language: 'da', logger });
  });
  const adapter = new TestAdapter(async (context) => {
    await app.run(context);
  });

  function base(user: User, where: Where = {}): Partial<Activity> {
    const conversationId = where.conversationId ?? CHAT;
    const tenantId = where.tenantId ?? TENANT;
    return {
      channelId: 'msteams',
      serviceUrl: SERVICE_URL,
      from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
      conversation: {
        id: conversationId,
        conversationType:
          where.conversationType ?? (conversationId.startsWith('19:') ? 'channel' : 'groupChat'),
        isGroup: where.conversationType !== 'personal',
        tenantId,
        name: '',
      },
      channelData: { tenant: { id: tenantId } },
      ...(where.locale ? { locale: where.locale } : {}),
    };
  }

  async function turn(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    adapter.activeQueue.splice(0);
    await adapter.processActivity(activity);
    return adapter.activeQueue.splice(0);
  }

  async function say(text: string, user: User = OWNER, where: Where = {}) {
    return turn({ ...base(user, where), type: 'message', text });
  }

  /** Clicks an Action.Execute button; returns the card or the message the invoke answered with. */
  async function click(verb: string, data: Record<string, unknown>, user: User = OWNER, where: Where = {}) {
    const replyToId = where.replyToId === null ? undefined : (where.replyToId ?? 'form-1');
    const replies = await turn({
      ...base(user, where),
      type: 'invoke',
      name: 'adaptiveCard/action',
      ...(replyToId ? { replyToId } : {}),
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    });
    const response = replies.find((a) => a.type === 'invokeResponse');
    const body = (response?.value as { body: { type: string; value: unknown } }).body;
    const sent = replies.filter((a) => a.type === 'message');
    if (body.type === 'application/vnd.microsoft.card.adaptive') {
      const card = body.value as Record<string, unknown>;
      expect(validateAdaptiveCard(card)).toEqual([]);
      return { card, message: undefined, sent };
    }
    return { card: undefined, message: body.value as string, sent };
  }

  async function stored(id: string): Promise<CoordinationThread | undefined> {
    return (await storage.documents.get<CoordinationThread>(COLLECTIONS.threads, id))?.value;
  }

  return { storage, clock, messenger, service, logger, say, click, stored, turn, base };
}

export type CoordinationHarness = ReturnType<typeof coordinationHarness>;

export const FORM = {
  caseRef: 'BU-2026-0001',
  ageOrGrade: '2. klasse',
  pathway: 'skole',
  summary: 'Eleven har svært ved at komme i skole om morgenen.',
  legalBasis: 'anonymous',
  ownerRole: 'laerer',
  p1Role: 'ppr-psykolog',
  p1User: 'aad-ppr',
  p1Email: '',
  p2Role: 'sundhedsplejerske',
  p2User: 'none',
  p2Email: 'sus@herning.dk',
  p3Role: 'none',
  p3User: 'none',
  placement: 'here',
  meetingDate: '2026-12-03',
  meetingTime: '14:30',
};

export function json(value: unknown): string {
  return JSON.stringify(value);
}
