/**
 * The Teams harness: the REAL router (createTeamsApp), adapter (anonymous local mode) and restify
 * server on a loopback port, driven through the Bot Framework HTTP protocol on /api/messages, with
 * a local Bot Connector (./connectorServer.ts) at the wire receiving what the bot sends.
 *
 * `say` sends a message, `click` an Action.Execute invoke, `turn` any activity. Each returns what
 * the bot sent during that turn, in order; an invoke's answer is appended as an `invokeResponse`
 * activity (`value: { status, body }`), so one list holds the whole turn.
 *
 * Replies to a message travel as in Teams: POSTed to the connector, serialized by botbuilder's
 * connector client (`delivery: 'connector'`, the default); the adapter widens that serializer's
 * Entity schema so a Message entity's `citation` survives it (see adapter.ts). `delivery:
 * 'expectReplies'` returns the replies in the HTTP response, unserialized (invokes always use the
 * connector: expectReplies drops their messages).
 */
import type { Activity } from 'botbuilder';
import { createBotAdapter } from '@src/teams/adapter';
import { createTeamsApp, type TeamsAppDeps } from '@src/teams/app';
import { createBotServer, type BotServer } from '@src/teams/server';
import { silentLogger } from './fakes';
import { startConnectorServer, type ConnectorServer } from './connectorServer';

export type ConversationType = 'personal' | 'groupChat' | 'channel';

export interface HarnessUser {
  readonly id: string;
  readonly name?: string;
  readonly aadObjectId?: string;
}

export interface HarnessConversation {
  readonly id: string;
  readonly type: ConversationType;
  readonly tenantId?: string;
}

export interface TurnOptions {
  readonly from?: HarnessUser;
  /** A conversation type (with a fixed id per type) or a conversation of its own. */
  readonly conversation?: ConversationType | HarnessConversation;
  readonly locale?: string;
  readonly channelId?: string;
}

export interface ClickOptions extends TurnOptions {
  /** The message the clicked card is on. */
  readonly replyToId?: string;
}

/** What a card click got back: the clicking user's card, or a message. */
export interface ClickAnswer {
  readonly card: Record<string, unknown> | undefined;
  readonly message: string | undefined;
  /** The invoke response body as sent. */
  readonly body: { readonly statusCode?: number; readonly type?: string; readonly value?: unknown };
  /** Everything the bot sent during the click (messages, then the invokeResponse). */
  readonly replies: Partial<Activity>[];
}

/** The router's dependencies; the adapter and the bot id come from the harness. */
export type HarnessAppDeps = Omit<TeamsAppDeps, 'adapter' | 'botAppId' | 'logger' | 'maxMessageLength'> &
  Partial<Pick<TeamsAppDeps, 'logger' | 'maxMessageLength'>>;

export interface HarnessOptions {
  readonly delivery?: 'connector' | 'expectReplies';
}

export interface TeamsHarness {
  readonly connector: ConnectorServer;
  /** http://127.0.0.1:<port>/api/messages */
  readonly url: string;
  /** Any activity; what it leaves out comes from `options` and the harness's defaults. */
  turn(
    activity: Partial<Activity> | Record<string, unknown>,
    options?: TurnOptions,
  ): Promise<Partial<Activity>[]>;
  say(text: string, options?: TurnOptions): Promise<Partial<Activity>[]>;
  click(verb: string, data: Record<string, unknown>, options?: ClickOptions): Promise<ClickAnswer>;
  close(): Promise<void>;
}

export const HARNESS_USER: HarnessUser = { id: '29:user', name: 'Lærer', aadObjectId: 'aad-user' };
export const HARNESS_TENANT = 'tenant-1';
export const HARNESS_BOT = { id: '28:bot', name: 'Børn og Unge' };

/**
 * Starts the harness. `deps` may be a function of the connector, for services that need its
 * serviceUrl (a channel the bot posts into). Close it in afterEach/afterAll.
 */
export async function startTeamsHarness(
  deps: HarnessAppDeps | ((connector: ConnectorServer) => HarnessAppDeps | Promise<HarnessAppDeps>),
  options: HarnessOptions = {},
): Promise<TeamsHarness> {
  const expectReplies = options.delivery === 'expectReplies';
  const connector = await startConnectorServer();
  const appDeps = typeof deps === 'function' ? await deps(connector) : deps;
  const logger = appDeps.logger ?? silentLogger;
  const bot = createBotAdapter(undefined);
  const app = createTeamsApp({
    ...appDeps,
    adapter: bot.adapter,
    botAppId: '',
    logger,
    maxMessageLength: appDeps.maxMessageLength ?? 2000,
  });
  let server: BotServer;
  try {
    server = createBotServer({
      app,
      adapter: bot.adapter,
      logger,
      authenticationEnabled: false,
      allowedTenantIds: [],
      maxBodyBytes: 1_000_000,
      readinessChecks: [],
    });
  } catch (error) {
    await connector.close();
    throw error;
  }
  const address = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${address.port}/api/messages`;
  let sequence = 0;

  function conversationOf(option: TurnOptions['conversation']): Record<string, unknown> {
    const conversation: HarnessConversation =
      typeof option === 'object'
        ? option
        : { id: `a:chat-${option ?? 'personal'}`, type: option ?? 'personal' };
    return {
      id: conversation.id,
      conversationType: conversation.type,
      isGroup: conversation.type !== 'personal',
      tenantId: conversation.tenantId ?? HARNESS_TENANT,
      name: '',
    };
  }

  function base(options: TurnOptions): Record<string, unknown> {
    sequence++;
    const conversation = conversationOf(options.conversation);
    return {
      id: `incoming-${sequence}`,
      channelId: options.channelId ?? 'msteams',
      serviceUrl: connector.serviceUrl,
      timestamp: new Date().toISOString(),
      from: options.from ?? HARNESS_USER,
      recipient: HARNESS_BOT,
      conversation,
      channelData: { tenant: { id: conversation.tenantId } },
      locale: options.locale ?? 'da-DK',
    };
  }

  async function turn(
    activity: Partial<Activity> | Record<string, unknown>,
    options: TurnOptions = {},
  ): Promise<Partial<Activity>[]> {
    const before = connector.activities().length;
    const body = { ...base(options), ...activity } as Record<string, unknown>;
    if (expectReplies && body.type !== 'invoke') body.deliveryMode = 'expectReplies';
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status >= 400 && body.type !== 'invoke') {
      throw new Error(`the bot answered ${response.status}: ${text}`);
    }
    const sent = connector.activities().slice(before) as Partial<Activity>[];
    if (body.deliveryMode === 'expectReplies') {
      const replies = (text ? (JSON.parse(text) as { activities?: Partial<Activity>[] }) : {}).activities;
      return [...sent, ...(replies ?? [])];
    }
    if (body.type !== 'invoke') return sent;
    const invokeBody: unknown = text ? JSON.parse(text) : undefined;
    return [...sent, { type: 'invokeResponse', value: { status: response.status, body: invokeBody } }];
  }

  return {
    connector,
    url,
    turn,
    say: (text, options = {}) =>
      turn({ ...base(options), type: 'message', text, textFormat: 'plain' }).then((replies) =>
        replies.filter((a) => a.type === 'message'),
      ),
    async click(verb, data, options = {}) {
      const replies = await turn({
        ...base(options),
        type: 'invoke',
        name: 'adaptiveCard/action',
        ...(options.replyToId ? { replyToId: options.replyToId } : {}),
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      });
      const response = replies.find((a) => a.type === 'invokeResponse')?.value as
        { body?: ClickAnswer['body'] } | undefined;
      const answer = response?.body ?? {};
      const isCard = answer.type === 'application/vnd.microsoft.card.adaptive';
      return {
        card: isCard ? (answer.value as Record<string, unknown>) : undefined,
        message: !isCard && typeof answer.value === 'string' ? answer.value : undefined,
        body: answer,
        replies,
      };
    },
    async close() {
      await server.close(1000);
      await connector.close();
    },
  };
}
