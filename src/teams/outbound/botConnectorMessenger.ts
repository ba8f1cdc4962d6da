import {
  DeliveryError,
  RateLimitedError,
  type ConversationAddress,
  type DirectMessenger,
  type OutboundMessage,
  type OutboundMessenger,
  type PostedMessage,
} from '../../ports/outboundMessenger';

/** Supplies a bearer token for the Bot Connector service, or undefined in anonymous local mode. */
export type ConnectorTokenProvider = () => Promise<string | undefined>;

export interface BotConnectorMessengerOptions {
  readonly botId: string;
  readonly tokenProvider: ConnectorTokenProvider;
  readonly requestTimeoutMs?: number;
  readonly fetch?: typeof fetch;
}

/** One Bot Connector request; failures become DeliveryError or RateLimitedError. */
async function connectorCall(
  options: BotConnectorMessengerOptions,
  method: 'POST' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const token = await options.tokenProvider();
  const doFetch = options.fetch ?? fetch;
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await doFetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(options.requestTimeoutMs ?? 15000),
    });
  } catch (error) {
    throw new DeliveryError(`Bot Connector unreachable (${(error as Error).name})`, undefined, true);
  }
  if (response.status === 429) {
    await response.body?.cancel();
    throw new RateLimitedError(parseRetryAfter(response.headers.get('retry-after')));
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new DeliveryError(
      `Bot Connector answered ${response.status}`,
      response.status,
      response.status >= 500 || response.status === 408,
    );
  }
  const text = await response.text();
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The message as a Bot Framework activity from the bot: text with @mentions, card and attachments. */
function activityOfBot(
  botId: string,
  message: OutboundMessage,
  conversationId?: string,
): Record<string, unknown> {
  const mentions = message.mentions ?? [];
  const mentionText = mentions.map((m) => `<at>${escapeAt(m.name)}</at>`).join(' ');
  const text = [mentionText, message.text ?? ''].filter((part) => part.length > 0).join(' ');
  return {
    type: 'message',
    from: { id: botId },
    ...(conversationId ? { conversation: { id: conversationId } } : {}),
    ...(text ? { text, textFormat: 'markdown' } : {}),
    ...(message.card || message.attachments
      ? {
          attachments: [
            ...(message.card
              ? [{ contentType: 'application/vnd.microsoft.card.adaptive', content: message.card }]
              : []),
            ...(message.attachments ?? []),
          ],
        }
      : {}),
    ...(mentions.length > 0
      ? {
          entities: mentions.map((m) => ({
            type: 'mention',
            text: `<at>${escapeAt(m.name)}</at>`,
            mentioned: { id: m.id, name: m.name },
          })),
        }
      : {}),
  };
}

/**
 * Proactive messaging over the Bot Connector REST API (v3). Plain fetch rather than botbuilder's
 * ConnectorClient, so that throttling surfaces as RateLimitedError with the service's Retry-After
 * and the caller's delivery policy alone decides about retries (no hidden second sends).
 */
export function createBotConnectorMessenger(
  options: BotConnectorMessengerOptions,
): OutboundMessenger & DirectMessenger {
  const call = (method: 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) =>
    connectorCall(options, method, url, body);
  const activityOf = (message: OutboundMessage, conversationId?: string) =>
    activityOfBot(options.botId, message, conversationId);

  return {
    async startChannelThread(serviceUrl, channelId, message, tenantId): Promise<PostedMessage> {
      const result = await call('POST', `${base(serviceUrl)}v3/conversations`, {
        isGroup: true,
        bot: { id: options.botId },
        channelData: { channel: { id: channelId }, ...(tenantId ? { tenant: { id: tenantId } } : {}) },
        ...(tenantId ? { tenantId } : {}),
        activity: activityOf(message),
      });
      const conversationId = String(result.id ?? '');
      if (!conversationId)
        throw new DeliveryError('Bot Connector returned no conversation id', undefined, false);
      return {
        conversationId,
        activityId: String(result.activityId ?? conversationId.split('messageid=')[1] ?? ''),
      };
    },

    async post(address: ConversationAddress, message: OutboundMessage): Promise<PostedMessage> {
      const result = await call(
        'POST',
        `${base(address.serviceUrl)}v3/conversations/${encodeURIComponent(address.conversationId)}/activities`,
        activityOf(message, address.conversationId),
      );
      return { conversationId: address.conversationId, activityId: String(result.id ?? '') };
    },

    async update(address: ConversationAddress, activityId: string, message: OutboundMessage): Promise<void> {
      await call(
        'PUT',
        `${base(address.serviceUrl)}v3/conversations/${encodeURIComponent(address.conversationId)}/activities/${encodeURIComponent(activityId)}`,
        { ...activityOf(message, address.conversationId), id: activityId },
      );
    },

    async postToUser(recipient, message): Promise<PostedMessage> {
      // Creating a 1:1 conversation that already exists returns the same one (Teams' documented
      // way to message a user proactively), so the message always lands in the person's bot chat.
      const created = await call('POST', `${base(recipient.serviceUrl)}v3/conversations`, {
        isGroup: false,
        bot: { id: options.botId },
        members: [{ id: recipient.userId }],
        ...(recipient.tenantId
          ? { tenantId: recipient.tenantId, channelData: { tenant: { id: recipient.tenantId } } }
          : {}),
      });
      const conversationId = String(created.id ?? '');
      if (!conversationId) {
        throw new DeliveryError('Bot Connector returned no conversation id', undefined, false);
      }
      const result = await call(
        'POST',
        `${base(recipient.serviceUrl)}v3/conversations/${encodeURIComponent(conversationId)}/activities`,
        activityOf(message, conversationId),
      );
      return { conversationId, activityId: String(result.id ?? '') };
    },

    async remove(address: ConversationAddress, activityId: string): Promise<void> {
      await call(
        'DELETE',
        `${base(address.serviceUrl)}v3/conversations/${encodeURIComponent(address.conversationId)}/activities/${encodeURIComponent(activityId)}`,
      );
    },
  };
}

function base(serviceUrl: string): string {
  return serviceUrl.endsWith('/') ? serviceUrl : `${serviceUrl}/`;
}

function escapeAt(name: string): string {
  return name.replace(/[<>]/g, '');
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
