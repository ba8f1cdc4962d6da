/** The Teams conversation a message came from, as the bot tells them apart. */
export const CONVERSATION_KINDS = ['personal', 'groupChat', 'channel'] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

/** Stored feedback also records `unknown`, for an activity whose conversation type Teams left out. */
export const RECORDED_CONVERSATION_KINDS = [...CONVERSATION_KINDS, 'unknown'] as const;
export type RecordedConversationKind = (typeof RECORDED_CONVERSATION_KINDS)[number];
