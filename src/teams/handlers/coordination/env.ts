import { z } from 'zod';
import { displayNameWithoutCpr } from '../../../domain/privacy/cpr';
import type { ChannelDirectory } from '../../../domain/threads/channels';
import type { Actor } from '../../../domain/shared/actor';
import type { CoordinationThread, ThreadLocation } from '../../../domain/threads/model';
import type { RoleDirectory } from '../../../domain/threads/roles';
import type { ThreadTemplates } from '../../../domain/threads/templates';
import type { Clock } from '../../../ports/clock';
import type { Logger } from '../../../ports/logger';
import type {
  ConversationAddress,
  DirectMessenger,
  OutboundMessenger,
} from '../../../ports/outboundMessenger';
import type { CoordinationService } from '../../../services/coordination/coordinationService';
import type { CardTemplates } from '../../cards/shared/cardTemplates';
import type { AdaptiveCardJson, CardContext } from '../../cards/coordination/coordinationCards';
import type { Language, Texts } from '../../texts';
import type { ConversationMember, Turn } from '../../turn/turn';

/** A member of the current conversation or tenant, as Teams knows them. */
export type ResolvedMember = ConversationMember;

export interface CoordinationCapabilityDeps {
  readonly service: CoordinationService;
  /** The card templates the wiring made for this bot. */
  readonly cardTemplates: CardTemplates;
  readonly messenger: OutboundMessenger;
  readonly roles: RoleDirectory;
  readonly channels: ChannelDirectory;
  readonly logger: Logger;
  /** Texts per language (default: src/teams/texts). */
  readonly texts?: (language: Language) => Texts;
  /** Per-pathway templates (config/threadTemplates.yaml): roles to suggest and first tasks. */
  readonly templates?: ThreadTemplates;
  /**
   * Looks a person up by Entra object id, UPN/e-mail or Teams id in the current conversation
   * (default: the turn's roster lookup, which works in channels and group chats the person belongs to).
   */
  readonly resolveMember?: (turn: Turn, id: string) => Promise<ResolvedMember | undefined>;
  /** Colleagues offered on the form (default: the team or group chat roster, max 50; none in personal chat). */
  readonly listRoster?: (turn: Turn) => Promise<readonly ResolvedMember[]>;
  /**
   * The pathway guidance card, with the duty-to-notify banner, that opens for the lead who steps a
   * thread up at a review. Without it the lead gets the thread card with a note.
   */
  readonly stepUpGuidance?: (thread: CoordinationThread, language?: Language) => Promise<AdaptiveCardJson>;
  /** Decides what is overdue on a card (default: the system clock). */
  readonly clock?: Clock;
  /** Sends the journal note to the person's 1:1 chat when they ask for it in a group chat or channel. */
  readonly direct?: DirectMessenger;
  /** Puts the journal file's bytes to the upload URL Teams gave (default: fetch PUT, https only). */
  readonly uploadFile?: (uploadUrl: string, bytes: Buffer) => Promise<void>;
}

/** The texts, error messages and card context of one language. */
export interface Ui {
  readonly language: Language;
  readonly t: Texts['coordination'];
  readonly errors: Texts['common']['errors'];
  readonly cardContext: CardContext;
}

/** What every coordination verb works with: the dependencies, with their defaults, and the texts. */
export interface CoordinationEnv {
  readonly deps: CoordinationCapabilityDeps;
  readonly templates: ThreadTemplates;
  readonly cardTemplates: CardTemplates;
  readonly clock: Clock;
  readonly resolveMember: (turn: Turn, id: string) => Promise<ResolvedMember | undefined>;
  readonly listRoster: (turn: Turn) => Promise<readonly ResolvedMember[]>;
  /**
   * The clicking or writing user's own language: their replies and own views follow it. A language
   * the card carries (the pathway card's language, the form's) wins over the Teams locale, so a
   * Danish pathway card opens a Danish form in an English Teams client too.
   */
  uiOf(turn: Turn, requested?: Language): Ui;
  /** What is posted in the shared conversation follows the language of the thread's creator. */
  sharedUi(thread: CoordinationThread): Ui;
}

/** One card verb: this user's card, or a message that replaces it. Errors go to the one mapping. */
export type VerbHandler = (turn: Turn, data: unknown) => Promise<AdaptiveCardJson | string>;

/** Card data of the wrong shape: answered with the invalid-data message, nothing changed. */
export class InvalidCardData extends Error {
  constructor() {
    super('invalid card data');
    this.name = 'InvalidCardData';
  }
}

export const threadRef = z.object({
  threadId: z.string().max(40),
  version: z.number().int().min(0).max(1_000_000),
});
/** The shared card carries only the thread id: it is not updated on every change, so no version. */
export const openRef = z.object({
  threadId: z.string().max(40),
  version: z.number().int().min(0).max(1_000_000).optional(),
});

/** English for a user whose Teams language is English (en-US, en-GB ...), else Danish. */
export function languageOf(turn: Turn): Language {
  return turn.activity.locale?.toLowerCase().startsWith('en') ? 'en' : 'da';
}

export function actorOf(turn: Turn): Actor | undefined {
  const from = turn.activity.from;
  const id = from?.aadObjectId ?? from?.id;
  if (!id) return undefined;
  // A display name is whatever the user set in Entra; a CPR number in it is never stored.
  return { id, teamsUserId: from?.id, displayName: displayNameWithoutCpr(from?.name) };
}

export function addressOf(location: ThreadLocation): ConversationAddress {
  return {
    serviceUrl: location.serviceUrl,
    conversationId: location.conversationId,
    tenantId: location.tenantId,
  };
}

/** From channelData.tenant, else the conversation (the turn port reads it so). */
export function tenantOf(turn: Turn): string | undefined {
  return turn.activity.conversation.tenantId;
}

/** Teams' own conversation type: a 1:1 chat is only one that Teams calls personal. */
export function isPersonal(turn: Turn): boolean {
  return turn.activity.conversation.type === 'personal';
}

/** The service URL Teams sent the turn from (every Teams activity carries one). */
export function serviceUrlOf(turn: Turn): string {
  return turn.activity.serviceUrl as string;
}
