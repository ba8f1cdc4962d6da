import { canSeeContent, cardBelongsToThread, refreshUserIdsOf } from '../../../domain/threads/access';
import type { Actor } from '../../../domain/shared/actor';
import type { CoordinationThread } from '../../../domain/threads/model';
import { viewFor, type ThreadView } from '../../../domain/threads/rules';
import { danishDateOf } from '../../../domain/threads/time';
import type { Logger } from '../../../ports/logger';
import {
  renderSummaryCard,
  renderThreadCard,
  type AdaptiveCardJson,
} from '../../cards/coordination/coordinationCards';
import { renderSharedThreadCard, sharedSignature } from '../../cards/coordination/sharedThreadCard';
import type { Turn } from '../../turn/turn';
import { addressOf, tenantOf, type CoordinationEnv, type Ui } from './env';

/** Why this user sees only the minimal shared card. */
function whyOnlyShared(ui: Ui, thread: CoordinationThread, state: ThreadView): string {
  const t = ui.t;
  if (thread.consentWithdrawnAt !== undefined && (state === 'participant' || state === 'invited')) {
    return t.shared.consentWithdrawn;
  }
  if (state === 'declined') return t.shared.declined;
  if (state === 'requested') return t.shared.requested;
  return t.shared.noAccess;
}

/**
 * The closing is announced with the minimal shared card; participants see the record in their
 * own view of it. Its message id is kept so that its "Vis sagen" is known to be this thread's.
 */
async function announceClosing(
  env: CoordinationEnv,
  thread: CoordinationThread,
  logger: Logger,
): Promise<void> {
  const { deps, sharedUi } = env;
  const shared = sharedUi(thread);
  const location = thread.location;
  if (!location) return;
  try {
    const posted = await deps.messenger.post(addressOf(location), {
      card: renderSharedThreadCard(env.cardTemplates, thread, shared.cardContext, {
        headline: shared.t.shared.closedHeadline,
      }),
    });
    await deps.service.setLocation(thread.id, { ...location, closingActivityId: posted.activityId });
  } catch (error) {
    logger.warn('could not post the closing card', { threadId: thread.id, error: (error as Error).name });
  }
}

/**
 * What a user sees of a thread, and what the shared conversation shows: every verb answers with
 * `view` (this user's own card) and changes the shared message only through `updateShared`.
 */
export function createViews(env: CoordinationEnv) {
  const { deps, sharedUi } = env;

  /**
   * Puts the minimal shared card on the thread's message, and only when what it shows changed
   * (`before` is the thread as it was). A user's own view never goes to the shared message.
   */
  async function updateShared(
    thread: CoordinationThread,
    logger: Logger,
    before?: CoordinationThread,
  ): Promise<void> {
    const location = thread.location;
    if (!location?.activityId) return;
    if (before && sharedSignature(before) === sharedSignature(thread)) return;
    try {
      await deps.messenger.update(addressOf(location), location.activityId, {
        card: renderSharedThreadCard(env.cardTemplates, thread, sharedUi(thread).cardContext),
      });
    } catch (error) {
      logger.warn('could not update the shared thread card', {
        threadId: thread.id,
        error: (error as Error).name,
      });
    }
  }

  /**
   * This user's own view: the full card for a participant (the record once closed), otherwise the
   * minimal shared card with the reason and what they may do (ask to join, or say yes again).
   */
  function view(ui: Ui, thread: CoordinationThread, actor: Actor, note?: string): AdaptiveCardJson {
    const { t, cardContext } = ui;
    if (canSeeContent(thread, actor)) {
      if (thread.status === 'closed') return renderClosedView(ui, thread, note);
      return renderThreadCard(env.cardTemplates, thread, cardContext, {
        viewer: actor,
        viewerIsAdmin: deps.roles.isAdmin({ aadObjectId: actor.id }),
        note,
        today: danishDateOf(env.clock.now()),
      });
    }
    const state = viewFor(thread, actor);
    const reason = whyOnlyShared(ui, thread, state);
    return renderSharedThreadCard(env.cardTemplates, thread, cardContext, {
      note: note && note !== t.notes.notParticipant ? `${note} ${reason}` : reason,
      offerAccept: state === 'declined',
      offerJoin: state === 'outsider',
    });
  }

  function renderClosedView(ui: Ui, thread: CoordinationThread, note?: string): AdaptiveCardJson {
    const { t, cardContext } = ui;
    return renderSummaryCard(env.cardTemplates, thread, cardContext, {
      note: note ?? t.card.viewNotes.closed,
      refreshUserIds: refreshUserIdsOf(thread),
    });
  }

  /** The card a click came from must be this thread's card, in this conversation and tenant. */
  function belongsToCard(thread: CoordinationThread, turn: Turn): boolean {
    return cardBelongsToThread(thread, {
      conversationId: turn.activity.conversation?.id,
      replyToId: turn.activity.replyToId,
      tenantId: tenantOf(turn),
    });
  }

  return {
    view,
    renderClosedView,
    belongsToCard,
    updateShared,
    announceClosing: (thread: CoordinationThread, logger: Logger) => announceClosing(env, thread, logger),
  };
}

export type Views = ReturnType<typeof createViews>;
