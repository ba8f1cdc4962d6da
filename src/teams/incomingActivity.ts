import { displayNameWithoutCpr } from '../domain/privacy/cpr';

/**
 * What /api/messages checks and mends in an incoming activity before a turn runs: its shape, the
 * tenant it comes from, no CPR number in a display name, and dates as botbuilder reads them.
 */

/** Reasons a request is refused before any handler runs; the Danish text is for operators' tools and tests. */
export const REFUSALS = {
  notObject: 'Forespørgslen skal være en JSON-aktivitet (Bot Framework Activity).',
  noType: 'Aktiviteten mangler feltet "type".',
  noConversation: 'Aktiviteten mangler "conversation.id".',
  noServiceUrl: 'Aktiviteten mangler en gyldig "serviceUrl".',
  noFrom: 'Aktiviteten mangler "from.id".',
  badField: 'Aktiviteten har et felt med forkert type (text, entities, attachments eller channelData).',
  noToken: 'Adgang nægtet: forespørgslen mangler et Bot Framework-token.',
  badToken:
    'Adgang nægtet: Bot Framework-tokenet kunne ikke godkendes. / Access denied: the Bot Framework token was not accepted.',
  tenant: 'Adgang nægtet: organisationen (tenant) har ikke adgang til denne bot.',
  shuttingDown: 'Botten er ved at lukke ned. Prøv igen om lidt.',
} as const;

export type Refusal = Exclude<keyof typeof REFUSALS, 'noToken' | 'badToken' | 'tenant' | 'shuttingDown'>;

/** As botbuilder reads an activity: ISO timestamps become dates, the raw strings are kept. */
export function withDates(activity: Record<string, unknown>): Record<string, unknown> {
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity;
}

export function validateActivity(activity: unknown): Refusal | undefined {
  if (!activity || typeof activity !== 'object' || Array.isArray(activity)) return 'notObject';
  const a = activity as Record<string, unknown>;
  if (typeof a.type !== 'string' || a.type.length === 0 || a.type.length > 100) return 'noType';
  const conversation = a.conversation as Record<string, unknown> | undefined;
  if (
    !conversation ||
    typeof conversation !== 'object' ||
    typeof conversation.id !== 'string' ||
    !conversation.id
  ) {
    return 'noConversation';
  }
  if (typeof a.serviceUrl !== 'string' || !/^https?:\/\/[^\s]+$/.test(a.serviceUrl)) return 'noServiceUrl';
  const from = a.from as Record<string, unknown> | undefined;
  if (!from || typeof from !== 'object' || typeof from.id !== 'string' || !from.id) return 'noFrom';
  // botbuilder and teams-ai assume these shapes; anything else would fail deep inside a turn.
  if (a.text != null && typeof a.text !== 'string') return 'badField';
  if (a.entities != null && !Array.isArray(a.entities)) return 'badField';
  if (a.attachments != null && !Array.isArray(a.attachments)) return 'badField';
  if (a.channelData != null && (typeof a.channelData !== 'object' || Array.isArray(a.channelData)))
    return 'badField';
  if (a.recipient != null && (typeof a.recipient !== 'object' || Array.isArray(a.recipient)))
    return 'badField';
  return undefined;
}

export function tenantOf(activity: Record<string, unknown>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const conversation = activity.conversation as { tenantId?: unknown } | undefined;
  const id = channelData?.tenant?.id ?? conversation?.tenantId;
  return typeof id === 'string' ? id : undefined;
}

/**
 * A CPR number someone put in their Teams display name must not be stored (acknowledgements,
 * participants) or sent back (replies address the sender by name), so it is removed on arrival.
 */
export function withoutCprInNames(activity: Record<string, unknown>): void {
  for (const key of ['from', 'recipient'] as const) {
    const account = activity[key] as { name?: unknown } | undefined;
    if (account && typeof account === 'object' && typeof account.name === 'string') {
      const name = displayNameWithoutCpr(account.name);
      if (name === undefined) delete account.name;
      else account.name = name;
    }
  }
}
