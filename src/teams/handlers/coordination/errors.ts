import type { ThreadRuleCode } from '../../../domain/threads/errors';
import { ThreadRuleError } from '../../../domain/threads/errors';
import type { Logger } from '../../../ports/logger';
import { DeliveryError, RateLimitedError } from '../../../ports/outboundMessenger';
import { StorageUnavailableError } from '../../../ports/storage';
import { JournalNotAllowedError, NotAdminError } from '../../../services/coordination/coordinationService';
import type { CoordinationVerbName } from '../../cards/coordination/verbs';
import { InvalidCardData, type Ui } from './env';

/**
 * The one mapping from what a verb threw to what the user is told: bad card data, a refusal, a
 * failed delivery or unavailable storage each get their message and change nothing. Errors it
 * does not know are left to the turn's error handler (undefined).
 */
export function errorReply(
  ui: Ui,
  verb: CoordinationVerbName | 'message',
  error: unknown,
  logger: Logger,
): string | undefined {
  const { t, errors } = ui;
  if (error instanceof InvalidCardData) {
    logger.info('coordination action refused', { verb, reason: 'invalidData' });
    return errors.invalidCardData;
  }
  if (error instanceof NotAdminError) return t.notAdmin;
  if (error instanceof JournalNotAllowedError) return t.journal.notAllowed;
  if (error instanceof DeliveryError || error instanceof RateLimitedError) {
    logger.warn('coordination message could not be delivered', { verb, error: error.name });
    return verb === 'journal' ? t.journal.noDirectChat : t.deliveryFailed;
  }
  if (error instanceof ThreadRuleError) {
    // A rule broken outside a thread's own card (which shows its note on the card instead).
    logger.info('coordination action refused', { verb, code: error.code });
    return errors.invalidCardData;
  }
  if (error instanceof StorageUnavailableError) {
    logger.warn('coordination action failed', { verb, reason: 'storage' });
    return errors.storageUnavailable;
  }
  return undefined;
}

/** The note shown on the thread card when a rule refused an action. */
export function noteFor(ui: Ui, code: ThreadRuleCode): string {
  const { t, errors } = ui;
  switch (code) {
    case 'NOT_A_PARTICIPANT':
      return t.notes.notParticipant;
    case 'NOT_PERMITTED':
      return t.notes.notPermitted;
    case 'THREAD_CLOSED':
      return t.notes.threadClosed;
    case 'INVALID_TRANSITION':
      return t.notes.invalidTransition;
    case 'TASK_ALREADY_DONE':
      return t.notes.taskAlreadyDone;
    case 'LIMIT_REACHED':
      return t.notes.limitReached;
    case 'ALREADY_PARTICIPANT':
      return t.notes.alreadyParticipant;
    case 'HANDOVER_NOT_OFFERED':
      return t.notes.handoverNotOffered;
    case 'HANDOVER_STALE':
      return t.notes.handoverStale;
    case 'LEAD_NOT_REMOVABLE':
      return t.notes.leadNotRemovable;
    case 'LAST_PARTICIPANT':
      return t.notes.lastParticipant;
    case 'CONSENT_WITHDRAWN':
      return t.notes.consentWithdrawn;
    case 'NO_CONSENT':
      return t.notes.noConsent;
    case 'CPR_REFUSED':
      return errors.cprRefused;
    default:
      return t.fieldErrors.generic;
  }
}
