import type { Actor } from '../shared/actor';
import type { CoordinationThread, Meeting, ThreadStatus, TimelineEntry } from './model';
import type { CoordinationPolicy } from './policy';

export type ThreadAction =
  | { readonly type: 'accept' }
  | { readonly type: 'decline' }
  | { readonly type: 'addTask'; readonly title: string; readonly ownerId?: string; readonly due?: string }
  | { readonly type: 'assignTask'; readonly taskId: string; readonly ownerId: string }
  | { readonly type: 'completeTask'; readonly taskId: string }
  | { readonly type: 'addDecision'; readonly text: string }
  | { readonly type: 'setStatus'; readonly status: ThreadStatus }
  | { readonly type: 'setMeeting'; readonly meeting: Meeting | undefined }
  | { readonly type: 'close'; readonly outcome: string }
  | { readonly type: 'requestJoin'; readonly roleId: string }
  | { readonly type: 'approveJoin'; readonly aadObjectId: string }
  | { readonly type: 'rejectJoin'; readonly aadObjectId: string }
  | { readonly type: 'proposeLead'; readonly aadObjectId: string }
  /** `offeredAt` is the offer the clicked card showed: a replaced or withdrawn offer is stale. */
  | { readonly type: 'acceptLead'; readonly offeredAt: string }
  | { readonly type: 'declineLead'; readonly offeredAt: string }
  | { readonly type: 'removeParticipant'; readonly aadObjectId: string }
  /** At a review the lead continues, steps up or steps down, and sets the next review date. */
  | { readonly type: 'review'; readonly choice: ReviewChoice; readonly nextReview: string }
  /** A new legal basis, or the same consent with a new scope or recipients; dated. */
  | {
      readonly type: 'setLegalBasis';
      readonly legalBasis: string;
      readonly consentScope?: string;
      readonly consentRecipients?: string;
    }
  | { readonly type: 'withdrawConsent' };

export const REVIEW_CHOICES = ['continue', 'stepUp', 'stepDown'] as const;
export type ReviewChoice = (typeof REVIEW_CHOICES)[number];

export type ThreadActionType = ThreadAction['type'];

/** The one action of a given verb. */
export type ThreadActionOf<T extends ThreadActionType> = Extract<ThreadAction, { readonly type: T }>;

/** What every verb's rule is given: the thread as stored, who clicked, and when. */
export interface ActionContext {
  readonly thread: CoordinationThread;
  readonly actor: Actor;
  readonly now: Date;
  /** `now` as stored on the thread. */
  readonly at: string;
  readonly roleIds: ReadonlySet<string>;
  readonly policy: CoordinationPolicy;
}

/** A verb's result before the version, time and author are stamped on the timeline entry. */
export interface ActionOutcome {
  readonly next: CoordinationThread;
  readonly event: Omit<TimelineEntry, 'version' | 'at' | 'by'>;
}

/** One verb's rule: checks what only this verb needs and returns the changed thread. */
export type ActionRule<A extends ThreadAction> = (context: ActionContext, action: A) => ActionOutcome;

/** A rule for each of a group of verbs. */
export type ActionRules<T extends ThreadActionType> = { readonly [K in T]: ActionRule<ThreadActionOf<K>> };
