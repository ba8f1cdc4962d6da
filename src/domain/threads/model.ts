/**
 * Coordination thread: a case space in Teams where professionals coordinate about one child.
 * Pseudonymous by design: a case reference and an age or grade identify the case, never a name
 * or a CPR number. Every change bumps `version`, so a click on an outdated card can be detected.
 */
import type { Language } from '../shared/language';
import type { ThreadPathwayId } from '../shared/pathwayId';

/** åben -> i gang -> afventer -> lukket (see transitions.ts for the allowed moves). */
export const THREAD_STATUSES = ['open', 'inProgress', 'waiting', 'closed'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

/** Lawful bases for sharing information in a thread; `anonymous` is the default. */
export const LEGAL_BASIS_KINDS = ['anonymous', 'consent', 'sameAuthority', 'ssp', 'boernehus'] as const;
export type LegalBasisKind = (typeof LEGAL_BASIS_KINDS)[number];

export type LegalBasis =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'consent';
      /** What the parents consented to share (free text, checked for CPR numbers). */
      readonly scope: string;
      /** Who may receive it (roles or units, free text). */
      readonly recipients: string;
    }
  | { readonly kind: 'sameAuthority' }
  | { readonly kind: 'ssp' }
  | { readonly kind: 'boernehus' };

export type ParticipantState = 'invited' | 'accepted' | 'declined' | 'requested';

/**
 * A professional taking part. Identified by the Entra object id (from the people picker or the
 * roster) and, once known, the Teams user id (29:...) used for per-user card refresh.
 * `displayName` is only stored once the person has acted on the card themselves (accepted or
 * asked to join): invited people are shown by role only.
 */
export interface Participant {
  readonly aadObjectId: string;
  readonly teamsUserId?: string;
  readonly roleId: string;
  readonly state: ParticipantState;
  readonly displayName?: string;
  readonly addedAt: string;
  readonly respondedAt?: string;
}

export interface ThreadTask {
  readonly id: string;
  readonly title: string;
  /** Entra object id of the participant who owns the task. */
  readonly ownerId?: string;
  /** Due date as YYYY-MM-DD (local Danish date). */
  readonly due?: string;
  readonly done: boolean;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly completedBy?: string;
  readonly completedAt?: string;
}

export interface Decision {
  readonly id: string;
  readonly text: string;
  readonly by: string;
  readonly at: string;
}

export interface Meeting {
  /** UTC instant. */
  readonly at: string;
  /** The local Danish date and time as entered: YYYY-MM-DDTHH:mm. */
  readonly local: string;
  /** A Teams meeting link (https on a Teams domain), when the lead added one. */
  readonly link?: string;
}

/** Audit-safe event: who, what, when, never free text. */
export interface TimelineEntry {
  readonly version: number;
  readonly at: string;
  readonly by: string;
  readonly action: ThreadEventType;
  readonly taskId?: string;
  readonly status?: ThreadStatus;
  readonly roleId?: string;
  readonly subject?: string;
}

export type ThreadEventType =
  | 'created'
  | 'accepted'
  | 'declined'
  | 'taskAdded'
  | 'taskAssigned'
  | 'taskCompleted'
  | 'decisionAdded'
  | 'statusChanged'
  | 'meetingSet'
  | 'closed'
  | 'joinRequested'
  | 'joinApproved'
  | 'joinRejected'
  | 'leadProposed'
  | 'leadAccepted'
  | 'leadDeclined'
  | 'participantRemoved'
  | 'reviewContinued'
  | 'reviewSteppedUp'
  | 'reviewSteppedDown'
  | 'legalBasisRecorded'
  | 'consentWithdrawn';

/** Where the thread's card was posted, so it can be updated in place and reminders posted there. */
export interface ThreadLocation {
  readonly kind: 'channel' | 'chat';
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly tenantId?: string;
  readonly activityId?: string;
  /** The channel directory id (config/channels.yaml) when kind is channel. */
  readonly channelRef?: string;
  /** The message that announced the closing, which opens the same views as the thread's card. */
  readonly closingActivityId?: string;
}

/** The lead's offer of the lead role to one participant; the role moves only when they accept. */
export interface LeadHandover {
  /** Entra object id of the participant offered the role. */
  readonly to: string;
  /** The lead who made the offer. */
  readonly by: string;
  /** When it was offered; an accept must name this offer, so a replaced offer is refused as stale. */
  readonly at: string;
}

export interface CoordinationThread {
  readonly id: string;
  readonly caseRef: string;
  readonly version: number;
  readonly status: ThreadStatus;
  readonly ageOrGrade: string;
  readonly pathway: ThreadPathwayId;
  readonly summary: string;
  readonly legalBasis: LegalBasis;
  /** When the legal basis in force was recorded (creation, or the lead's latest update). */
  readonly legalBasisRecordedAt?: string;
  /**
   * Set when the lead registers that consent was withdrawn: from then on only the lead sees the
   * content, until a new legal basis is recorded.
   */
  readonly consentWithdrawnAt?: string;
  readonly ownerId: string;
  readonly participants: readonly Participant[];
  readonly tasks: readonly ThreadTask[];
  readonly decisions: readonly Decision[];
  readonly nextMeeting?: Meeting;
  /** The next review (opfølgning) as YYYY-MM-DD, local Danish date; set at creation from config. */
  readonly reviewDate?: string;
  readonly pendingHandover?: LeadHandover;
  readonly outcome?: string;
  readonly createdAt: string;
  readonly closedAt?: string;
  readonly lastChange: { readonly by: string; readonly at: string; readonly action: ThreadEventType };
  readonly timeline: readonly TimelineEntry[];
  readonly location?: ThreadLocation;
  /**
   * The Teams language of the person who created the thread. What the bot posts in the shared
   * conversation (the minimal card, reminders) follows it; everyone's own view follows their own.
   * Absent on threads created before English existed, and for Danish.
   */
  readonly language?: Language;
}

/** Limits that keep cards readable and documents small. */
export const LIMITS = {
  summary: 500,
  ageOrGrade: 40,
  taskTitle: 200,
  decision: 500,
  outcome: 500,
  consentText: 300,
  participants: 60,
  tasks: 200,
  decisions: 300,
  timeline: 2000,
  /** How far ahead a review may be set. */
  reviewDays: 366,
} as const;
