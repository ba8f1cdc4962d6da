/**
 * The test toolkit's fakes at the ports: one manual clock, one silent logger (and one that records),
 * one recording messenger and one turn. Import them as `@tests/helpers/fakes`; drive the whole
 * router with `@tests/helpers/teamsHarness`.
 */
import type { Clock } from '@src/ports/clock';
import type { Logger } from '@src/ports/logger';
import type {
  ConversationAddress,
  OutboundMessage,
  OutboundMessenger,
  PostedMessage,
} from '@src/ports/outboundMessenger';
import type { ConversationMember, OutgoingMessage, Turn, TurnActivity } from '@src/teams/turn/turn';

/** A logger that drops everything. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};

export interface LoggedLine {
  readonly level: string;
  readonly message: string;
  readonly fields?: unknown;
}

/** A logger that keeps every line (children share the list), for tests that check what is logged. */
export function recordingLogger(): Logger & { lines: LoggedLine[] } {
  const lines: LoggedLine[] = [];
  const make = (): Logger & { lines: LoggedLine[] } => ({
    lines,
    debug: (message, fields) => lines.push({ level: 'debug', message, fields }),
    info: (message, fields) => lines.push({ level: 'info', message, fields }),
    warn: (message, fields) => lines.push({ level: 'warn', message, fields }),
    error: (message, fields) => lines.push({ level: 'error', message, fields }),
    child: () => make(),
  });
  return make();
}

/** A clock that moves only when told to; `now` may be passed on as a plain function. */
export class ManualClock implements Clock {
  constructor(private time: number) {}
  now = (): Date => new Date(this.time);
  advance(ms: number): void {
    this.time += ms;
  }
  set(iso: string): void {
    this.time = Date.parse(iso);
  }
  get ms(): number {
    return this.time;
  }
}

export type MessengerCall =
  | { kind: 'startChannelThread'; serviceUrl: string; channelId: string; message: OutboundMessage }
  | { kind: 'post'; address: ConversationAddress; message: OutboundMessage }
  | { kind: 'update'; address: ConversationAddress; activityId: string; message: OutboundMessage }
  | { kind: 'remove'; address: ConversationAddress; activityId: string };

/** Decides per call whether it throws (before anything is recorded). */
export type MessengerStep = (call: { method: string; target: string; attempt: number }) => Error | undefined;

/**
 * Records what would be sent to Teams, in order (`calls`) and by conversation (`cards`, `posts`,
 * `updates`, `direct`, `removes`). `step` decides per call and attempt whether it fails; `fail`
 * makes every call but `remove` fail until it is cleared. Activity ids count up from 1, after
 * `activityIdPrefix` when a test wants to tell them from other numbers.
 */
export class RecordingMessenger implements OutboundMessenger {
  readonly calls: MessengerCall[] = [];
  readonly posts = new Map<string, number>();
  readonly cards = new Map<string, Record<string, unknown> | undefined>();
  readonly updates: { conversationId: string; text: string }[] = [];
  readonly direct: { conversationId: string; text: string }[] = [];
  readonly removes: string[] = [];
  fail: Error | undefined;
  private readonly attempts = new Map<string, number>();
  private next = 1;

  constructor(
    private readonly step: MessengerStep = () => undefined,
    private readonly activityIdPrefix = '',
  ) {}

  private nextActivityId(): string {
    return `${this.activityIdPrefix}${this.next++}`;
  }

  private check(method: string, target: string): void {
    if (this.fail) throw this.fail;
    const key = `${method} ${target}`;
    const attempt = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, attempt);
    const error = this.step({ method, target, attempt });
    if (error) throw error;
  }

  async startChannelThread(
    serviceUrl: string,
    channelId: string,
    message: OutboundMessage,
  ): Promise<PostedMessage> {
    this.check('POST', channelId);
    this.calls.push({ kind: 'startChannelThread', serviceUrl, channelId, message });
    this.posts.set(channelId, (this.posts.get(channelId) ?? 0) + 1);
    const id = this.nextActivityId();
    const conversationId = `${channelId};messageid=${id}`;
    this.cards.set(conversationId, message.card);
    return { conversationId, activityId: id };
  }

  async post(address: ConversationAddress, message: OutboundMessage): Promise<PostedMessage> {
    this.check('DIRECT', address.conversationId);
    this.calls.push({ kind: 'post', address, message });
    this.direct.push({
      conversationId: address.conversationId,
      text: JSON.stringify(message.card ?? message.text),
    });
    return { conversationId: address.conversationId, activityId: this.nextActivityId() };
  }

  async update(address: ConversationAddress, activityId: string, message: OutboundMessage): Promise<void> {
    this.check('PUT', address.conversationId);
    this.calls.push({ kind: 'update', address, activityId, message });
    this.cards.set(address.conversationId, message.card);
    this.updates.push({ conversationId: address.conversationId, text: JSON.stringify(message.card) });
  }

  async remove(address: ConversationAddress, activityId: string): Promise<void> {
    this.calls.push({ kind: 'remove', address, activityId });
    this.removes.push(address.conversationId);
  }

  cardText(conversationId: string): string {
    return JSON.stringify(this.cards.get(conversationId));
  }
}

/**
 * A turn port with no SDK behind it, for driving one handler directly: every message it sends is
 * kept in `sent` as the activity Teams would get (`type: 'message'`), updates and deletes likewise.
 */
export function fakeTurn(
  activity: Partial<TurnActivity> = {},
  options: { logger?: Logger; upn?: string; members?: readonly ConversationMember[] } = {},
): Turn & {
  sent: (OutgoingMessage & { type: 'message'; id: string })[];
  updated: { activityId: string; message: OutgoingMessage }[];
  deleted: string[];
} {
  const sent: (OutgoingMessage & { type: 'message'; id: string })[] = [];
  const updated: { activityId: string; message: OutgoingMessage }[] = [];
  const deleted: string[] = [];
  return {
    activity: {
      type: 'message',
      channelId: 'msteams',
      attachments: [],
      ...activity,
      conversation: { id: 'a:chat-personal', kind: 'personal', type: 'personal', ...activity.conversation },
      from: { id: '29:user', aadObjectId: 'aad-user', name: 'Lærer', ...activity.from },
    },
    logger: options.logger ?? silentLogger,
    sent,
    updated,
    deleted,
    async send(message) {
      const id = `sent-${sent.length + 1}`;
      sent.push({ ...(typeof message === 'string' ? { text: message } : message), type: 'message', id });
      return { id };
    },
    async update(activityId, message) {
      updated.push({ activityId, message });
    },
    async delete(activityId) {
      deleted.push(activityId);
    },
    callerUpn: async () => options.upn,
    member: async (id) => options.members?.find((m) => [m.aadObjectId, m.teamsUserId, m.upn].includes(id)),
    members: async (limit) => (options.members ?? []).slice(0, limit),
  };
}
