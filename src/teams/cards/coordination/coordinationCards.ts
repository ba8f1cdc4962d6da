/**
 * The coordination cards, one module per card: the shared card context and labels
 * (./cardContext), the thread card, the creation form, the closing summary and the notices
 * (reminders). Importers use this one entry point.
 */
export {
  NONE,
  isOverdue,
  participantLabel,
  roleChoicesOf,
  type AdaptiveCardJson,
  type CardContext,
} from './cardContext';
export { CARD_LIMITS, renderThreadCard, type ThreadCardOptions } from './threadCard';
export {
  FORM_PARTICIPANT_ROWS,
  MAX_FORM_PARTICIPANT_ROWS,
  renderFormCard,
  type FormCardOptions,
  type FormValues,
} from './formCard';
export { renderSummaryCard, type SummaryCardOptions } from './summaryCard';
export { presentReminder, renderNoticeCard } from './noticeCard';
