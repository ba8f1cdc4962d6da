/**
 * The one setup of the coordination handler tests: the coordination capability switched on in the
 * real Teams app, server and adapter (./teamsHarness.ts), driven over the Bot Framework HTTP
 * protocol, with the real service on MemoryStorage and a messenger that records what would go to
 * the Bot Connector for the shared card. Clicks can come from any conversation and tenant, so cards
 * from elsewhere can be forged.
 *
 * A harness is made synchronously (tests make one per describe or per test) and its server starts
 * on the first turn; every harness a test file started is closed after that file's tests.
 */
import type { Activity } from 'botbuilder';
import { createChannelDirectory } from '@src/domain/threads/channels';
import type { CoordinationThread } from '@src/domain/threads/model';
import { MemoryStorage } from '@src/infrastructure/storage/memory/memoryStorage';
import { COLLECTIONS } from '@src/services/coordination/coordinationService';
import {
  createCoordinationCapability,
  type CoordinationCapabilityDeps,
  type ResolvedMember,
} from '@src/teams/handlers/coordination';
import { COORDINATION_VERBS } from '@src/teams/cards/coordination/verbs';
import { da } from '@src/teams/texts/da';
import { makeService, ManualClock, roles, silentLogger } from '@tests/unit/services/coordination/helpers';
import { RecordingMessenger } from '@tests/helpers/fakes';
import { validateAdaptiveCard } from './adaptiveCards';
import { startTeamsHarness, type ClickOptions, type TeamsHarness } from './teamsHarness';
import { createCardTemplates } from '../../src/teams/cards/shared/cardTemplates';

/** The service URL of the configured channels (the shared card's post there is recorded, not sent). */
export const CHANNEL_SERVICE_URL = 'https://smba.example/emea/';
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
  /** The user's Teams locale (default: Danish). */
  readonly locale?: string;
}

const started = new Set<TeamsHarness>();
afterAll(async () => {
  await Promise.all([...started].map((harness) => harness.close()));
  started.clear();
});

function optionsOf(user: User, where: Where): ClickOptions {
  const conversationId = where.conversationId ?? CHAT;
  return {
    from: user,
    conversation: {
      id: conversationId,
      type: where.conversationType ?? (conversationId.startsWith('19:') ? 'channel' : 'groupChat'),
      tenantId: where.tenantId ?? TENANT,
    },
    ...(where.locale ? { locale: where.locale } : {}),
  };
}

export function coordinationHarness(extra: Partial<CoordinationCapabilityDeps> = {}) {
  const storage = new MemoryStorage();
  const clock = new ManualClock(Date.parse('2026-11-29T10:00:00Z'));
  const messenger = new RecordingMessenger(undefined, 'act-');
  const logger = silentLogger();
  const service = makeService(storage, clock, {
    retention: { closedThreadDays: 30, auditDaysAfterDeletion: null },
    messenger,
    logger,
  });
  const channels = createChannelDirectory({
    defaultServiceUrl: CHANNEL_SERVICE_URL,
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
  const coordination = createCoordinationCapability({
    cardTemplates: createCardTemplates(),
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
  let harness: Promise<TeamsHarness> | undefined;
  const running = (): Promise<TeamsHarness> =>
    (harness ??= startTeamsHarness({ capabilities: { coordination }, logger }).then((h) => {
      started.add(h);
      return h;
    }));

  /** The activity fields that say who acts where (the harness adds the rest). */
  function base(user: User, where: Where = {}): Partial<Activity> {
    const options = optionsOf(user, where);
    const conversation = options.conversation as { id: string; type: string; tenantId: string };
    return {
      from: user,
      conversation: {
        id: conversation.id,
        conversationType: conversation.type,
        isGroup: conversation.type !== 'personal',
        tenantId: conversation.tenantId,
        name: '',
      },
      channelData: { tenant: { id: conversation.tenantId } },
      ...(where.locale ? { locale: where.locale } : {}),
    };
  }

  async function turn(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    return (await running()).turn(activity);
  }

  async function say(text: string, user: User = OWNER, where: Where = {}) {
    return (await running()).say(text, optionsOf(user, where));
  }

  /** Clicks an Action.Execute button; returns the card or the message the invoke answered with. */
  async function click(verb: string, data: Record<string, unknown>, user: User = OWNER, where: Where = {}) {
    const replyToId = where.replyToId === null ? undefined : (where.replyToId ?? 'form-1');
    const answer = await (await running()).click(verb, data, { ...optionsOf(user, where), replyToId });
    const sent = answer.replies.filter((a) => a.type === 'message');
    if (answer.card) expect(validateAdaptiveCard(answer.card)).toEqual([]);
    return { card: answer.card, message: answer.message, sent };
  }

  async function stored(id: string): Promise<CoordinationThread | undefined> {
    return (await storage.documents.get<CoordinationThread>(COLLECTIONS.threads, id))?.value;
  }

  /** The Bot Connector's URL the turns come from (the harness must have run a turn). */
  async function serviceUrl(): Promise<string> {
    return (await running()).connector.serviceUrl;
  }

  return { storage, clock, messenger, service, logger, say, click, stored, turn, base, serviceUrl };
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

/** The case reference FORM creates. */
export const THREAD_ID = 'BU-2026-0001';

/**
 * The thread most tests start from: `ny tråd`, the form sent, then accepted by each of `acceptedBy`
 * in turn (the version goes up by one per acceptance, from 1).
 */
export async function createThread(
  h: CoordinationHarness,
  form: Record<string, unknown> = FORM,
  acceptedBy: readonly User[] = [],
): Promise<CoordinationHarness> {
  await h.say('ny tråd');
  await h.click(COORDINATION_VERBS.create, form);
  for (const [index, user] of acceptedBy.entries()) {
    await h.click(COORDINATION_VERBS.accept, { threadId: THREAD_ID, version: index + 1 }, user);
  }
  return h;
}

/** Runs `run` and expects the stored thread to be exactly as before. */
export async function expectUnchanged(
  h: CoordinationHarness,
  run: () => Promise<unknown>,
  threadId = THREAD_ID,
): Promise<void> {
  const before = await h.stored(threadId);
  await run();
  expect(await h.stored(threadId)).toEqual(before);
}

export function json(value: unknown): string {
  return JSON.stringify(value);
}
