import { LANGUAGES } from '../../domain/shared/language';
import { THREAD_PATHWAY_IDS, type ThreadPathwayId } from '../../domain/shared/pathwayId';
import {
  EMPTY_THREAD_TEMPLATES,
  firstTasksIn,
  MAX_SUGGESTED_ROLES,
  type ThreadTemplates,
} from '../../domain/threads/templates';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { TeamsInfo, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { canSeeContent, cardBelongsToThread, refreshUserIdsOf } from '../../domain/threads/access';
import type { ChannelDirectory } from '../../domain/threads/channels';
import { isCaseReference } from '../../domain/threads/caseReference';
import { parseMeeting, type NewParticipantInput, type NewThreadInput } from '../../domain/threads/creation';
import { ThreadRuleError, type ThreadRuleCode } from '../../domain/threads/errors';
import {
  THREAD_STATUSES,
  type Actor,
  type CoordinationThread,
  type ThreadLocation,
} from '../../domain/threads/model';
import type { RoleDirectory } from '../../domain/threads/roles';
import { REVIEW_CHOICES, viewFor, type ThreadAction } from '../../domain/threads/rules';
import { containsCpr, containsCprInValue, displayNameWithoutCpr } from '../../domain/privacy/cpr';
import { systemClock, type Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import { danishDateOf } from '../../domain/threads/time';
import {
  DeliveryError,
  RateLimitedError,
  type ConversationAddress,
  type DirectMessenger,
  type OutboundMessenger,
} from '../../ports/outboundMessenger';
import { StorageUnavailableError } from '../../ports/storage';
import {
  JournalNotAllowedError,
  NotAdminError,
  type CoordinationService,
} from '../../services/coordination/coordinationService';
import { journalMarkdown, renderJournalCard } from '../cards/coordination/journal';
import type { ReminderPresenter } from '../../services/coordination/reminderScheduler';
import type { DigestPresenter } from '../../services/coordination/dailyDigest';
import type { Capability, IncomingText } from '../capability';
import {
  MAX_FORM_PARTICIPANT_ROWS,
  NONE,
  presentReminder,
  renderFormCard,
  renderNoticeCard,
  renderSummaryCard,
  renderThreadCard,
  type AdaptiveCardJson,
  type CardContext,
  type FormValues,
} from '../cards/coordination/coordinationCards';
import { presentDigest } from '../cards/coordination/digestCard';
import { renderMyWorkCard, type MyWorkList } from '../cards/coordination/myWorkCard';
import { threadLinkOf } from '../cards/coordination/threadLink';
import { renderSharedThreadCard, sharedSignature } from '../cards/coordination/sharedThreadCard';
import { matchCommand } from '../commands';
import { COORDINATION_VERBS, type CoordinationVerbName } from '../cards/coordination/verbs';
import { da } from '../texts/da';
import { textsFor, type Language, type Texts } from '../texts';
import { answerForThisUser } from '../invokeAnswer';
import { turnLogger } from '../turnContext';

/** A member of the current conversation or tenant, as Teams knows them. */
export interface ResolvedMember {
  readonly aadObjectId: string;
  readonly teamsUserId?: string;
  readonly name?: string;
  readonly upn?: string;
}

export interface CoordinationCapabilityDeps {
  readonly service: CoordinationService;
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
   * (default: TeamsInfo.getMember, which works in channels and group chats the person belongs to).
   */
  readonly resolveMember?: (context: TurnContext, id: string) => Promise<ResolvedMember | undefined>;
  /** Colleagues offered on the form (default: the team or group chat roster, max 50; none in personal chat). */
  readonly listRoster?: (context: TurnContext) => Promise<readonly ResolvedMember[]>;
  /**
   * The pathway guidance card, with the duty-to-notify banner, that opens for the lead who steps a
   * thread up at a review. Without it the lead gets the thread card with a note.
   */
  readonly stepUpGuidance?: (thread: CoordinationThread, language?: Language) => AdaptiveCardJson;
  /** Decides what is overdue on a card (default: the system clock). */
  readonly clock?: Clock;
  /** Sends the journal note to the person's 1:1 chat when they ask for it in a group chat or channel. */
  readonly direct?: DirectMessenger;
  /** Puts the journal file's bytes to the upload URL Teams gave (default: fetch PUT, https only). */
  readonly uploadFile?: (uploadUrl: string, bytes: Buffer) => Promise<void>;
}

const FILE_CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
const FILE_INFO = 'application/vnd.microsoft.teams.card.file.info';

/**
 * Teams' file upload protocol: one PUT of all the bytes to the session URL, with Content-Range.
 * Only https: the URL comes from Teams (OneDrive), never from card data.
 */
async function putFile(uploadUrl: string, bytes: Buffer): Promise<void> {
  if (new URL(uploadUrl).protocol !== 'https:') throw new Error('upload URL is not https');
  await uploadBytes(uploadUrl, bytes);
}

export async function uploadBytes(uploadUrl: string, bytes: Buffer): Promise<void> {
  const response = await fetch(uploadUrl, {
    method: 'PUT',
    headers: {
      'content-type': 'application/octet-stream',
      'content-length': String(bytes.length),
      'content-range': `bytes 0-${bytes.length - 1}/${bytes.length}`,
    },
    body: bytes,
    signal: AbortSignal.timeout(15_000),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`upload answered ${response.status}`);
}

const ROSTER_LIMIT = 50;

async function teamsResolveMember(context: TurnContext, id: string): Promise<ResolvedMember | undefined> {
  try {
    const member = await TeamsInfo.getMember(context, id);
    if (!member?.aadObjectId) return undefined;
    return {
      aadObjectId: member.aadObjectId,
      teamsUserId: member.id,
      name: member.name,
      upn: member.userPrincipalName,
    };
  } catch {
    return undefined;
  }
}

async function teamsRoster(context: TurnContext): Promise<readonly ResolvedMember[]> {
  if (context.activity.conversation?.conversationType === 'personal') return [];
  try {
    const page = await TeamsInfo.getPagedMembers(context, ROSTER_LIMIT);
    return page.members
      .filter((m) => m.aadObjectId)
      .map((m) => ({ aadObjectId: m.aadObjectId as string, teamsUserId: m.id, name: m.name }));
  } catch {
    return [];
  }
}

const shortText = z.string().max(2000);
const threadRef = z.object({ threadId: z.string().max(40), version: z.number().int().min(0).max(1_000_000) });
/** The shared card carries only the thread id: it is not updated on every change, so no version. */
const openRef = z.object({
  threadId: z.string().max(40),
  version: z.number().int().min(0).max(1_000_000).optional(),
});

const formSchema = z
  .object({
    caseRef: z.string().max(40),
    ageOrGrade: shortText.optional(),
    pathway: shortText.optional(),
    summary: shortText.optional(),
    legalBasis: shortText.optional(),
    consentScope: shortText.optional(),
    consentRecipients: shortText.optional(),
    ownerRole: shortText.optional(),
    placement: shortText.optional(),
    meetingDate: shortText.optional(),
    meetingTime: shortText.optional(),
    confirmNoNames: shortText.optional(),
    useFirstTasks: shortText.optional(),
    lang: z.enum(LANGUAGES).optional(),
    /** The rows whose role was suggested: such a row without a person is skipped, not an error. */
    suggestedRows: z
      .string()
      .regex(/^(\d(,\d)*)?$/)
      .optional(),
  })
  .catchall(z.unknown());

const prefillSchema = z.object({
  prefill: z.object({
    pathway: z.string().max(40).optional(),
    ageOrGrade: z.string().max(200).optional(),
    summary: z.string().max(2000).optional(),
    /** Role ids from roles.yaml that the pathway card suggests involving, comma-separated. */
    roles: z.string().max(400).optional(),
    lang: z.enum(LANGUAGES).optional(),
  }),
});

/** The pathway card's suggested role ids, or undefined when the list is not a list of known roles. */
function suggestedRolesOf(list: string | undefined, known: ReadonlySet<string>): string[] | undefined {
  if (list === undefined || list.trim() === '') return [];
  const ids = list.split(',').map((id) => id.trim());
  if (ids.length > MAX_SUGGESTED_ROLES || ids.some((id) => !known.has(id))) return undefined;
  return [...new Set(ids)];
}

function isThreadPathway(value: string | undefined): value is ThreadPathwayId {
  return value !== undefined && (THREAD_PATHWAY_IDS as readonly string[]).includes(value);
}

type ThreadVerb = Exclude<
  CoordinationVerbName,
  'create' | 'prefill' | 'refresh' | 'open' | 'purge' | 'myWork' | 'journal'
>;

/** Card data -> domain action, per verb. Returns undefined when the data has the wrong shape. */
const ACTION_PARSERS: Record<ThreadVerb, (data: Record<string, unknown>) => ThreadAction | undefined> = {
  accept: () => ({ type: 'accept' }),
  decline: () => ({ type: 'decline' }),
  addTask: (d) => {
    const r = z
      .object({
        taskTitle: z.string().max(2000),
        taskOwner: z.string().max(200).optional(),
        taskDue: z.string().max(20).optional(),
      })
      .safeParse(d);
    if (!r.success) return undefined;
    return {
      type: 'addTask',
      title: r.data.taskTitle,
      ownerId: r.data.taskOwner || undefined,
      due: r.data.taskDue || undefined,
    };
  },
  completeTask: (d) => {
    const r = z.object({ taskId: z.string().regex(/^t\d{1,4}$/) }).safeParse(d);
    return r.success ? { type: 'completeTask', taskId: r.data.taskId } : undefined;
  },
  addDecision: (d) => {
    const r = z.object({ decisionText: z.string().max(2000) }).safeParse(d);
    return r.success ? { type: 'addDecision', text: r.data.decisionText } : undefined;
  },
  setStatus: (d) => {
    const r = z.object({ status: z.enum(THREAD_STATUSES) }).safeParse(d);
    return r.success ? { type: 'setStatus', status: r.data.status } : undefined;
  },
  setMeeting: (d) => {
    const r = z
      .object({
        meetingDate: z.string().max(20),
        meetingTime: z.string().max(20),
        meetingLink: z.string().max(2000).optional(),
      })
      .safeParse(d);
    return r.success
      ? {
          type: 'setMeeting',
          meeting: parseMeeting(r.data.meetingDate, r.data.meetingTime, r.data.meetingLink),
        }
      : undefined;
  },
  close: (d) => {
    const r = z.object({ outcome: z.string().max(2000) }).safeParse(d);
    return r.success ? { type: 'close', outcome: r.data.outcome } : undefined;
  },
  requestJoin: (d) => {
    const r = z.object({ joinRole: z.string().max(60) }).safeParse(d);
    return r.success ? { type: 'requestJoin', roleId: r.data.joinRole } : undefined;
  },
  approveJoin: (d) => {
    const r = z.object({ aadObjectId: z.string().min(1).max(200) }).safeParse(d);
    return r.success ? { type: 'approveJoin', aadObjectId: r.data.aadObjectId } : undefined;
  },
  rejectJoin: (d) => {
    const r = z.object({ aadObjectId: z.string().min(1).max(200) }).safeParse(d);
    return r.success ? { type: 'rejectJoin', aadObjectId: r.data.aadObjectId } : undefined;
  },
  assignTask: (d) => {
    const r = z
      .object({ reassignTaskId: z.string().regex(/^t\d{1,4}$/), newOwner: z.string().min(1).max(200) })
      .safeParse(d);
    return r.success
      ? { type: 'assignTask', taskId: r.data.reassignTaskId, ownerId: r.data.newOwner }
      : undefined;
  },
  proposeLead: (d) => {
    const r = z.object({ newLead: z.string().min(1).max(200) }).safeParse(d);
    return r.success ? { type: 'proposeLead', aadObjectId: r.data.newLead } : undefined;
  },
  acceptLead: (d) => {
    const r = z.object({ offeredAt: z.string().max(40) }).safeParse(d);
    return r.success ? { type: 'acceptLead', offeredAt: r.data.offeredAt } : undefined;
  },
  declineLead: (d) => {
    const r = z.object({ offeredAt: z.string().max(40) }).safeParse(d);
    return r.success ? { type: 'declineLead', offeredAt: r.data.offeredAt } : undefined;
  },
  removeParticipant: (d) => {
    const r = z.object({ participant: z.string().min(1).max(200) }).safeParse(d);
    return r.success ? { type: 'removeParticipant', aadObjectId: r.data.participant } : undefined;
  },
  setLegalBasis: (d) => {
    const r = z
      .object({
        newLegalBasis: z.string().max(40),
        newConsentScope: z.string().max(2000).optional(),
        newConsentRecipients: z.string().max(2000).optional(),
      })
      .safeParse(d);
    return r.success
      ? {
          type: 'setLegalBasis',
          legalBasis: r.data.newLegalBasis,
          consentScope: r.data.newConsentScope,
          consentRecipients: r.data.newConsentRecipients,
        }
      : undefined;
  },
  withdrawConsent: () => ({ type: 'withdrawConsent' }),
  review: (d) => {
    const r = z.object({ reviewChoice: z.enum(REVIEW_CHOICES), nextReview: z.string().max(20) }).safeParse(d);
    return r.success
      ? { type: 'review', choice: r.data.reviewChoice, nextReview: r.data.nextReview }
      : undefined;
  },
};

export const COORDINATION_THREAD_VERBS = Object.keys(ACTION_PARSERS) as ThreadVerb[];

/**
 * Verbs that do not depend on the version the card showed. Asking to join comes from the shared
 * card, which is not updated on every change; an answer to a lead hand-over names the offer
 * itself, so a replaced offer is refused as stale by the rules rather than as an old card.
 */
const VERSIONLESS_VERBS: ReadonlySet<ThreadVerb> = new Set(['requestJoin', 'acceptLead', 'declineLead']);

/** The texts, error messages and card context of one language. */
interface Ui {
  readonly language: Language;
  readonly t: Texts['coordination'];
  readonly errors: Texts['common']['errors'];
  readonly cardContext: CardContext;
}

/** English for a user whose Teams language is English (en-US, en-GB ...), else Danish. */
function languageOf(context: TurnContext): Language {
  return context.activity.locale?.toLowerCase().startsWith('en') ? 'en' : 'da';
}

function actorOf(context: TurnContext): Actor | undefined {
  const from = context.activity.from;
  const aadObjectId = from?.aadObjectId ?? from?.id;
  if (!aadObjectId) return undefined;
  // A display name is whatever the user set in Entra; a CPR number in it is never stored.
  return { aadObjectId, teamsUserId: from?.id, displayName: displayNameWithoutCpr(from?.name) };
}

function addressOf(location: ThreadLocation): ConversationAddress {
  return {
    serviceUrl: location.serviceUrl,
    conversationId: location.conversationId,
    tenantId: location.tenantId,
  };
}

function tenantOf(context: TurnContext): string | undefined {
  return (
    (context.activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ??
    context.activity.conversation?.tenantId
  );
}

/** The coordination capability: `ny tråd`, the creation form and the live thread card. */
export function createCoordinationCapability(deps: CoordinationCapabilityDeps): Capability {
  const textsOf = deps.texts ?? textsFor;
  const uiFor = (language: Language): Ui => {
    const texts = textsOf(language);
    return {
      language,
      t: texts.coordination,
      errors: texts.common.errors,
      cardContext: { texts: texts.coordination, roles: deps.roles, language },
    };
  };
  const UI: Record<Language, Ui> = { da: uiFor('da'), en: uiFor('en') };
  /** The clicking or writing user's own language: their replies and own views follow it. */
  const uiOf = (context: TurnContext, requested?: Language): Ui =>
    UI[requested === 'en' ? 'en' : languageOf(context)];
  /** What is posted in the shared conversation follows the language of the thread's creator. */
  const sharedUi = (thread: CoordinationThread): Ui => UI[thread.language ?? 'da'];
  const templates = deps.templates ?? EMPTY_THREAD_TEMPLATES;
  const resolveMember = deps.resolveMember ?? teamsResolveMember;
  const listRoster = deps.listRoster ?? teamsRoster;
  const coordinationChannels = () => deps.channels.usedFor('coordination');

  async function formFor(
    ui: Ui,
    context: TurnContext,
    options: { caseRef?: string; values?: FormValues; error?: string; askNameConfirmation?: boolean },
  ) {
    const caseRef = options.caseRef ?? (await deps.service.reserveCaseReference());
    const roster = await listRoster(context);
    const pathway = options.values?.pathway;
    return renderFormCard(ui.cardContext, {
      caseRef,
      values: options.values,
      template: isThreadPathway(pathway)
        ? { pathway, firstTasks: firstTasksIn(templates.templateFor(pathway), ui.language) }
        : undefined,
      error: options.error,
      askNameConfirmation: options.askNameConfirmation,
      channels: coordinationChannels(),
      people: roster.map((m) => ({
        title: displayNameWithoutCpr(m.name) ?? m.aadObjectId,
        value: m.aadObjectId,
      })),
    });
  }

  function cardActivity(card: AdaptiveCardJson) {
    return {
      type: 'message',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    };
  }

  const threadLink = (location: ThreadLocation | undefined) => threadLinkOf(location, deps.channels);

  const isPersonal = (context: TurnContext) => context.activity.conversation?.conversationType === 'personal';

  /** `mine sager` / `mine opgaver`: the person's own list, only ever in their 1:1 chat. */
  async function myWorkCard(ui: Ui, context: TurnContext, list: MyWorkList, page: number) {
    const { errors, cardContext } = ui;
    const actor = actorOf(context);
    if (!actor) return errors.invalidCardData;
    const work = await deps.service.myWork(actor);
    return renderMyWorkCard(work, cardContext, { list, page, linkOf: threadLink });
  }

  async function onMyWork(ui: Ui, context: TurnContext, list: MyWorkList, logger: Logger): Promise<void> {
    const { t, errors } = ui;
    if (!isPersonal(context)) {
      logger.info('my work refused', { reason: 'notPersonal' });
      await context.sendActivity(t.myWork.personalOnly);
      return;
    }
    try {
      const card = await myWorkCard(ui, context, list, 0);
      await context.sendActivity(typeof card === 'string' ? card : cardActivity(card));
      logger.info('my work sent', { list });
    } catch (error) {
      if (error instanceof StorageUnavailableError) {
        await context.sendActivity(errors.storageUnavailable);
        return;
      }
      throw error;
    }
  }

  async function onMyWorkPage(context: TurnContext, raw: unknown): Promise<AdaptiveCardJson | string> {
    const { t, errors } = uiOf(context);
    if (!isPersonal(context)) return t.myWork.personalOnly;
    const parsed = z
      .object({ list: z.enum(['cases', 'tasks']), page: z.number().int().min(0).max(10_000) })
      .safeParse(raw);
    if (!parsed.success) return errors.invalidCardData;
    try {
      return await myWorkCard(uiOf(context), context, parsed.data.list, parsed.data.page);
    } catch (error) {
      if (error instanceof StorageUnavailableError) return errors.storageUnavailable;
      throw error;
    }
  }

  async function onMessage(context: TurnContext, incoming: IncomingText): Promise<void> {
    const ui = uiOf(context, incoming.language);
    const { errors } = ui;
    const logger = incoming.logger;
    const command = matchCommand(incoming.text)?.command.title;
    if (command === 'mine sager' || command === 'mine opgaver') {
      await onMyWork(ui, context, command === 'mine sager' ? 'cases' : 'tasks', logger);
      return;
    }
    if (containsCpr(incoming.argument)) {
      logger.info('coordination command refused', { reason: 'cpr' });
      await context.sendActivity(errors.cprRefused);
      return;
    }
    try {
      const card = await formFor(ui, context, { values: { summary: incoming.argument.slice(0, 500) } });
      await context.sendActivity(cardActivity(card));
      logger.info('coordination form sent', {});
    } catch (error) {
      if (error instanceof StorageUnavailableError) {
        await context.sendActivity(errors.storageUnavailable);
        return;
      }
      throw error;
    }
  }

  // ---- creation ---------------------------------------------------------------------------------

  function valuesFrom(data: z.infer<typeof formSchema>): FormValues {
    const suggested = new Set((data.suggestedRows ?? '').split(','));
    const rows = Array.from({ length: MAX_FORM_PARTICIPANT_ROWS }, (_, i) => ({
      roleId: str(data[`p${i + 1}Role`]),
      userId: str(data[`p${i + 1}User`]),
      email: str(data[`p${i + 1}Email`]),
      suggested: suggested.has(String(i + 1)),
    }));
    // Rows the form never had are left out, so a form shown again keeps its number of rows.
    let used = rows.length;
    while (used > 0 && !rows[used - 1].roleId && !rows[used - 1].userId && !rows[used - 1].email) used--;
    const participants = rows.slice(0, used);
    return {
      ageOrGrade: data.ageOrGrade,
      pathway: data.pathway,
      summary: data.summary,
      legalBasis: data.legalBasis,
      consentScope: data.consentScope,
      consentRecipients: data.consentRecipients,
      ownerRole: data.ownerRole,
      placement: data.placement,
      meetingDate: data.meetingDate,
      meetingTime: data.meetingTime,
      useFirstTasks: data.useFirstTasks,
      participants,
    };
  }

  /** Keeps what the user typed, minus any field that holds a CPR number (never echoed back). */
  function withoutCpr(values: FormValues): FormValues {
    const clean = (v: string | undefined) => (v !== undefined && containsCpr(v) ? undefined : v);
    return {
      ...Object.fromEntries(
        Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? clean(v) : v]),
      ),
      participants: values.participants?.map((p) => ({
        roleId: clean(p.roleId),
        userId: clean(p.userId),
        email: clean(p.email),
        suggested: p.suggested,
      })),
    };
  }

  async function resolveParticipants(
    context: TurnContext,
    values: FormValues,
    names: Map<string, string>,
  ): Promise<NewParticipantInput[] | undefined> {
    const result: NewParticipantInput[] = [];
    for (const row of values.participants ?? []) {
      const roleId = row.roleId && row.roleId !== NONE ? row.roleId : undefined;
      const userId = row.userId && row.userId !== NONE ? row.userId.trim() : undefined;
      const email = row.email?.trim() || undefined;
      if (!roleId && !userId && !email) continue;
      // A suggested role nobody was chosen for is a suggestion not taken, not a mistake.
      if (row.suggested && roleId && !userId && !email) continue;
      if (!roleId || (!userId && !email)) return undefined;
      if (userId) {
        const member = await resolveMember(context, userId);
        if (member?.name) names.set(member.aadObjectId, member.name);
        result.push({ aadObjectId: member?.aadObjectId ?? userId, teamsUserId: member?.teamsUserId, roleId });
      } else {
        const member = await resolveMember(context, email as string);
        if (!member) return undefined;
        if (member.name) names.set(member.aadObjectId, member.name);
        result.push({ aadObjectId: member.aadObjectId, teamsUserId: member.teamsUserId, roleId });
      }
    }
    return result;
  }

  async function onCreate(context: TurnContext, raw: unknown): Promise<AdaptiveCardJson | string> {
    const logger = turnLogger(context, deps.logger);
    const actor = actorOf(context);
    const parsed = formSchema.safeParse(raw);
    if (!parsed.success || !actor) return uiOf(context).errors.invalidCardData;
    const data = parsed.data;
    const ui = uiOf(context, data.lang);
    const { t, errors } = ui;
    const values = valuesFrom(data);
    const caseRef = isCaseReference(data.caseRef) ? data.caseRef : undefined;
    try {
      if (containsCprInValue(raw)) {
        logger.info('coordination create refused', { reason: 'cpr' });
        return await formFor(ui, context, { caseRef, values: withoutCpr(values), error: errors.cprRefused });
      }
      if (!caseRef) return await formFor(ui, context, { values, error: t.fieldErrors.caseRef });
      const placement =
        data.placement && data.placement !== 'here' ? deps.channels.byId(data.placement) : undefined;
      if (
        data.placement &&
        data.placement !== 'here' &&
        (!placement || !placement.usedFor.includes('coordination'))
      ) {
        return await formFor(ui, context, { caseRef, values, error: t.fieldErrors.placement });
      }
      // Display names are used only to @mention invitees in a channel; never stored for them.
      const names = new Map<string, string>();
      const participants = await resolveParticipants(context, values, names);
      if (!participants)
        return await formFor(ui, context, { caseRef, values, error: t.fieldErrors.participants });
      const input: NewThreadInput = {
        caseRef,
        ageOrGrade: data.ageOrGrade ?? '',
        pathway: data.pathway ?? '',
        summary: data.summary ?? '',
        legalBasis: data.legalBasis ?? '',
        consentScope: data.consentScope,
        consentRecipients: data.consentRecipients,
        ownerRoleId: data.ownerRole ?? '',
        participants,
        meetingDate: data.meetingDate,
        meetingTime: data.meetingTime,
        confirmNoNames: data.confirmNoNames === 'true',
        firstTasks:
          data.useFirstTasks !== 'false' && isThreadPathway(data.pathway)
            ? firstTasksIn(templates.templateFor(data.pathway), ui.language)
            : undefined,
        language: ui.language,
      };
      const activity = context.activity;
      const tenantId = tenantOf(context);
      const publish = async (thread: CoordinationThread): Promise<ThreadLocation> => {
        if (placement) {
          const serviceUrl = placement.serviceUrl ?? activity.serviceUrl;
          const invitees = thread.participants.filter((p) => p.aadObjectId !== thread.ownerId);
          const posted = await deps.messenger.startChannelThread(
            serviceUrl,
            placement.channelId,
            {
              text: invitees.length > 0 ? t.channelMentionIntro(thread.caseRef) : undefined,
              card: renderSharedThreadCard(thread, sharedUi(thread).cardContext),
              mentions: invitees.map((p) => ({
                id: p.teamsUserId ?? p.aadObjectId,
                name: names.get(p.aadObjectId) ?? t.shared.mentionFallback,
              })),
            },
            tenantId,
          );
          return {
            kind: 'channel',
            serviceUrl,
            conversationId: posted.conversationId,
            tenantId,
            activityId: posted.activityId,
            channelRef: placement.id,
          };
        }
        const here = { serviceUrl: activity.serviceUrl, conversationId: activity.conversation.id, tenantId };
        if (activity.replyToId) return { kind: 'chat', ...here, activityId: activity.replyToId };
        const posted = await deps.messenger.post(here, {
          card: renderSharedThreadCard(thread, sharedUi(thread).cardContext),
        });
        return { kind: 'chat', ...here, activityId: posted.activityId };
      };
      const result = await deps.service.createThread(input, actor, publish);
      switch (result.kind) {
        case 'needsNameConfirmation':
          return await formFor(ui, context, {
            caseRef,
            values,
            error: t.form.nameWarning,
            askNameConfirmation: true,
          });
        case 'caseRefTaken':
          return await formFor(ui, context, { values, error: t.form.caseRefTaken });
        case 'created': {
          const thread = result.thread;
          if (placement)
            return renderNoticeCard(
              t.card.title(thread.caseRef),
              t.createdInChannel(thread.caseRef, placement.name),
            );
          await updateShared(thread, logger);
          return view(ui, thread, actor);
        }
      }
    } catch (error) {
      if (error instanceof ThreadRuleError) {
        if (error.code === 'CPR_REFUSED') {
          return await formFor(ui, context, {
            caseRef,
            values: withoutCpr(values),
            error: errors.cprRefused,
          });
        }
        const field = (error.field ?? 'generic') as keyof typeof t.fieldErrors;
        return await formFor(ui, context, {
          caseRef,
          values,
          error: t.fieldErrors[field] ?? t.fieldErrors.generic,
        });
      }
      if (error instanceof DeliveryError || error instanceof RateLimitedError) {
        logger.warn('coordination thread could not be posted', { error: error.name });
        return await formFor(ui, context, { caseRef, values, error: t.deliveryFailed }).catch(
          () => t.deliveryFailed,
        );
      }
      if (error instanceof StorageUnavailableError) return errors.storageUnavailable;
      throw error;
    }
  }

  /**
   * The form, filled from the pathway card. In a 1:1 chat it is posted as a new message, so the
   * pathway card stays. In a group chat or channel it is only the clicker's own answer: the
   * summary of a concern is not posted for every member to see. The roles the card suggested
   * involving, then the pathway template's roles, fill the participant rows; the template's first
   * tasks are shown. Suggestions that are not known roles are tampered data: no form, no case
   * reference used.
   */
  async function onPrefill(context: TurnContext, raw: unknown): Promise<AdaptiveCardJson | string> {
    const logger = turnLogger(context, deps.logger);
    const parsed = prefillSchema.safeParse(raw);
    const ui = uiOf(context, parsed.success ? parsed.data.prefill.lang : undefined);
    const { t, errors } = ui;
    if (containsCprInValue(raw)) return errors.cprRefused;
    if (!parsed.success) return errors.invalidCardData;
    const { pathway, ageOrGrade, summary, roles } = parsed.data.prefill;
    const cardRoles = suggestedRolesOf(roles, deps.roles.roleIds);
    if (!cardRoles) {
      logger.warn('coordination prefill with unknown roles refused');
      return t.form.invalidSuggestions;
    }
    const chosenPathway = isThreadPathway(pathway) ? pathway : undefined;
    const templateRoles = chosenPathway ? templates.templateFor(chosenPathway).invite : [];
    const suggested = [...new Set([...cardRoles, ...templateRoles])].slice(0, MAX_FORM_PARTICIPANT_ROWS);
    try {
      const card = await formFor(ui, context, {
        values: {
          pathway: chosenPathway,
          ageOrGrade: ageOrGrade?.slice(0, 40),
          summary: summary?.slice(0, 500),
          participants: suggested.map((roleId) => ({ roleId, suggested: true })),
        },
      });
      if (!isPersonal(context)) return card;
      await context.sendActivity(cardActivity(card));
      return t.form.prefillSent;
    } catch (error) {
      if (error instanceof StorageUnavailableError) return errors.storageUnavailable;
      throw error;
    }
  }

  // ---- the live thread card --------------------------------------------------------------------

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
        card: renderSharedThreadCard(thread, sharedUi(thread).cardContext),
      });
    } catch (error) {
      logger.warn('could not update the shared thread card', {
        threadId: thread.id,
        error: (error as Error).name,
      });
    }
  }

  function noteFor(ui: Ui, code: ThreadRuleCode): string {
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

  /**
   * This user's own view: the full card for a participant (the record once closed), otherwise the
   * minimal shared card with the reason and what they may do (ask to join, or say yes again).
   */
  function view(ui: Ui, thread: CoordinationThread, actor: Actor, note?: string): AdaptiveCardJson {
    const { t, cardContext } = ui;
    if (canSeeContent(thread, actor)) {
      if (thread.status === 'closed') return renderClosedView(ui, thread, note);
      return renderThreadCard(thread, cardContext, {
        viewer: actor,
        viewerIsAdmin: deps.roles.isAdmin(actor),
        note,
        today: danishDateOf((deps.clock ?? systemClock).now()),
      });
    }
    const state = viewFor(thread, actor);
    const reason =
      thread.consentWithdrawnAt !== undefined && (state === 'participant' || state === 'invited')
        ? t.shared.consentWithdrawn
        : state === 'declined'
          ? t.shared.declined
          : state === 'requested'
            ? t.shared.requested
            : t.shared.noAccess;
    return renderSharedThreadCard(thread, cardContext, {
      note: note && note !== t.notes.notParticipant ? `${note} ${reason}` : reason,
      offerAccept: state === 'declined',
      offerJoin: state === 'outsider',
    });
  }

  function renderClosedView(ui: Ui, thread: CoordinationThread, note?: string): AdaptiveCardJson {
    const { t, cardContext } = ui;
    return renderSummaryCard(thread, cardContext, {
      note: note ?? t.card.viewNotes.closed,
      refreshUserIds: refreshUserIdsOf(thread),
    });
  }

  /** The card a click came from must be this thread's card, in this conversation and tenant. */
  function belongsToCard(thread: CoordinationThread, context: TurnContext): boolean {
    return cardBelongsToThread(thread, {
      conversationId: context.activity.conversation?.id,
      replyToId: context.activity.replyToId,
      tenantId: tenantOf(context),
    });
  }

  function threadVerbHandler(verb: ThreadVerb) {
    return async (context: TurnContext, raw: unknown): Promise<AdaptiveCardJson | string> => {
      const ui = uiOf(context);
      const { t, errors } = ui;
      const logger = turnLogger(context, deps.logger);
      const actor = actorOf(context);
      const versionless = VERSIONLESS_VERBS.has(verb);
      const ref = (versionless ? openRef : threadRef).safeParse(raw);
      if (!actor || !ref.success || !isCaseReference(ref.data.threadId)) return errors.invalidCardData;
      const { threadId } = ref.data;
      try {
        const thread = await deps.service.getThread(threadId);
        if (!thread) return t.threadUnavailable;
        if (!belongsToCard(thread, context)) {
          logger.warn('coordination card data names another thread', { threadId });
          return t.threadUnavailable;
        }
        const version = versionless ? thread.version : (ref.data.version ?? thread.version);
        if (containsCprInValue(raw)) return view(ui, thread, actor, errors.cprRefused);
        const action = ACTION_PARSERS[verb](raw as Record<string, unknown>);
        if (!action) return view(ui, thread, actor, errors.invalidCardData);
        const result = await deps.service.act(threadId, version, actor, action);
        switch (result.kind) {
          case 'notFound':
            return t.threadUnavailable;
          case 'stale':
            logger.info('coordination click on stale card', { threadId, verb });
            return view(ui, result.thread, actor, t.notes.stale);
          case 'futureVersion':
            logger.warn('coordination card claims a future version', { threadId, verb });
            return view(ui, result.thread, actor, t.notes.futureVersion);
          case 'applied': {
            await updateShared(result.thread, logger, thread);
            if (result.thread.status === 'closed' && result.thread.location) {
              await announceClosing(result.thread, logger);
            }
            logger.info('coordination action', { threadId, verb, version: result.thread.version });
            if (action.type === 'review' && action.choice === 'stepUp') {
              return deps.stepUpGuidance
                ? deps.stepUpGuidance(result.thread, ui.language)
                : view(ui, result.thread, actor, t.review.steppedUp);
            }
            return view(ui, result.thread, actor);
          }
        }
      } catch (error) {
        if (error instanceof ThreadRuleError) {
          const current = await deps.service.getThread(threadId);
          if (!current) return t.threadUnavailable;
          logger.info('coordination action refused', { threadId, verb, code: error.code });
          // A rule about one field (a task owner or new lead outside the thread) names that field.
          const fieldNote = error.field
            ? t.fieldErrors[error.field as keyof typeof t.fieldErrors]
            : undefined;
          const note =
            error.code === 'CPR_REFUSED'
              ? errors.cprRefused
              : (fieldNote ??
                (error.code === 'INVALID_INPUT' ? t.fieldErrors.generic : noteFor(ui, error.code)));
          return view(ui, current, actor, note);
        }
        if (error instanceof StorageUnavailableError) return errors.storageUnavailable;
        throw error;
      }
    };
  }

  /**
   * The closing is announced with the minimal shared card; participants see the record in their
   * own view of it. Its message id is kept so that its "Vis sagen" is known to be this thread's.
   */
  async function announceClosing(thread: CoordinationThread, logger: Logger): Promise<void> {
    const shared = sharedUi(thread);
    const location = thread.location;
    if (!location) return;
    try {
      const posted = await deps.messenger.post(addressOf(location), {
        card: renderSharedThreadCard(thread, shared.cardContext, {
          headline: shared.t.shared.closedHeadline,
        }),
      });
      await deps.service.setLocation(thread.id, { ...location, closingActivityId: posted.activityId });
    } catch (error) {
      logger.warn('could not post the closing card', { threadId: thread.id, error: (error as Error).name });
    }
  }

  /** Refresh and "Vis sagen": a read. Participants get their view; anyone else the minimal card. */
  async function onRead(context: TurnContext, raw: unknown): Promise<AdaptiveCardJson | string> {
    const ui = uiOf(context);
    const { t, errors } = ui;
    const logger = turnLogger(context, deps.logger);
    const actor = actorOf(context);
    const ref = openRef.safeParse(raw);
    if (!actor || !ref.success || !isCaseReference(ref.data.threadId)) return errors.invalidCardData;
    try {
      const thread = await deps.service.getThread(ref.data.threadId);
      if (!thread) return t.threadUnavailable;
      if (!belongsToCard(thread, context)) {
        logger.warn('coordination read of a card from elsewhere refused', { threadId: thread.id });
        return t.threadUnavailable;
      }
      return view(ui, thread, actor);
    } catch (error) {
      if (error instanceof StorageUnavailableError) return errors.storageUnavailable;
      throw error;
    }
  }

  async function onPurge(context: TurnContext, raw: unknown): Promise<AdaptiveCardJson | string> {
    const { t, errors } = uiOf(context);
    const logger = turnLogger(context, deps.logger);
    const actor = actorOf(context);
    const ref = threadRef.safeParse(raw);
    if (!actor || !ref.success || !isCaseReference(ref.data.threadId)) return errors.invalidCardData;
    try {
      let admin = { aadObjectId: actor.aadObjectId, upn: undefined as string | undefined };
      if (!deps.service.isAdmin(admin) && actor.teamsUserId) {
        admin = { ...admin, upn: (await resolveMember(context, actor.teamsUserId))?.upn };
      }
      const deleted = await deps.service.purgeNow(ref.data.threadId, admin);
      if (!deleted) return t.threadDeleted;
      logger.info('coordination thread purged', { threadId: ref.data.threadId });
      return renderNoticeCard(t.card.title(ref.data.threadId), t.purged(ref.data.threadId));
    } catch (error) {
      if (error instanceof NotAdminError) return t.notAdmin;
      if (error instanceof StorageUnavailableError) return errors.storageUnavailable;
      throw error;
    }
  }

  /** Lead or administrator (by object id, or by UPN looked up in Teams). */
  async function adminOrLead(context: TurnContext, actor: Actor) {
    let user = { aadObjectId: actor.aadObjectId, upn: undefined as string | undefined };
    if (!deps.service.isAdmin(user) && actor.teamsUserId) {
      user = { ...user, upn: (await resolveMember(context, actor.teamsUserId))?.upn };
    }
    return user;
  }

  function journalMessage(ui: Ui, thread: CoordinationThread) {
    const { t, cardContext } = ui;
    const markdown = journalMarkdown(thread, cardContext, (deps.clock ?? systemClock).now());
    return {
      card: renderJournalCard(thread, cardContext, markdown),
      attachments: [
        {
          contentType: FILE_CONSENT,
          name: `journalnotat-${thread.caseRef}.md`,
          content: {
            description: t.journal.fileDescription(thread.caseRef),
            sizeInBytes: Buffer.byteLength(markdown, 'utf8'),
            acceptContext: { threadId: thread.id },
            declineContext: { threadId: thread.id },
          },
        },
      ],
    };
  }

  /** "Journalnotat": the record goes to the person's 1:1 chat, never to the shared conversation. */
  async function onJournal(context: TurnContext, raw: unknown): Promise<AdaptiveCardJson | string> {
    const ui = uiOf(context);
    const { t, errors } = ui;
    const logger = turnLogger(context, deps.logger);
    const actor = actorOf(context);
    const ref = openRef.safeParse(raw);
    if (!actor || !ref.success || !isCaseReference(ref.data.threadId)) return errors.invalidCardData;
    try {
      const known = await deps.service.getThread(ref.data.threadId);
      if (!known) return t.threadUnavailable;
      if (!isPersonal(context) && !belongsToCard(known, context)) {
        logger.warn('coordination journal from a card elsewhere refused', { threadId: known.id });
        return t.threadUnavailable;
      }
      const thread = await deps.service.exportJournal(known.id, await adminOrLead(context, actor), 'card');
      if (!thread) return t.threadUnavailable;
      const message = journalMessage(ui, thread);
      if (isPersonal(context)) {
        await context.sendActivity({
          type: 'message',
          attachments: [
            { contentType: 'application/vnd.microsoft.card.adaptive', content: message.card },
            ...message.attachments,
          ],
        });
        return t.journal.sentToPersonal;
      }
      if (!deps.direct || !actor.teamsUserId) return t.journal.noDirectChat;
      await deps.direct.postToUser(
        { serviceUrl: context.activity.serviceUrl, userId: actor.teamsUserId, tenantId: tenantOf(context) },
        message,
      );
      return view(ui, thread, actor, t.journal.sentToPersonal);
    } catch (error) {
      if (error instanceof JournalNotAllowedError) return t.journal.notAllowed;
      if (error instanceof DeliveryError || error instanceof RateLimitedError) return t.journal.noDirectChat;
      if (error instanceof StorageUnavailableError) return errors.storageUnavailable;
      if (error instanceof ThreadRuleError) return errors.invalidCardData;
      throw error;
    }
  }

  /** The person accepted the file: upload the record (checked and audited again) and show the file. */
  async function onFileAccepted(context: TurnContext, value: unknown): Promise<void> {
    const { t, errors, cardContext } = uiOf(context);
    const logger = turnLogger(context, deps.logger);
    const actor = actorOf(context);
    const parsed = z
      .object({
        context: z.object({ threadId: z.string().max(40) }),
        uploadInfo: z.object({
          name: z.string().max(300),
          uploadUrl: z.string().url().max(4000),
          contentUrl: z.string().max(4000).optional(),
          uniqueId: z.string().max(200).optional(),
          fileType: z.string().max(20).optional(),
        }),
      })
      .safeParse(value);
    if (!actor || !parsed.success || !isCaseReference(parsed.data.context.threadId)) {
      await context.sendActivity(errors.invalidCardData);
      return;
    }
    const { uploadInfo } = parsed.data;
    try {
      const thread = await deps.service.exportJournal(
        parsed.data.context.threadId,
        await adminOrLead(context, actor),
        'file',
      );
      if (!thread) {
        await context.sendActivity(t.threadUnavailable);
        return;
      }
      const markdown = journalMarkdown(thread, cardContext, (deps.clock ?? systemClock).now());
      await (deps.uploadFile ?? putFile)(uploadInfo.uploadUrl, Buffer.from(markdown, 'utf8'));
      await context.sendActivity({
        type: 'message',
        text: t.journal.uploaded,
        attachments: [
          {
            contentType: FILE_INFO,
            contentUrl: uploadInfo.contentUrl,
            name: uploadInfo.name,
            content: { uniqueId: uploadInfo.uniqueId, fileType: uploadInfo.fileType },
          },
        ],
      });
    } catch (error) {
      if (error instanceof JournalNotAllowedError) {
        await context.sendActivity(t.journal.notAllowed);
        return;
      }
      logger.warn('coordination journal upload failed', { error: (error as Error).name });
      await context.sendActivity(t.journal.uploadFailed);
    }
  }

  function registerRoutes(app: Application<TurnState>): void {
    app.fileConsentAccept((context, _state, value) => onFileAccepted(context, value));
    app.fileConsentDecline(async (context) => {
      await context.sendActivity(uiOf(context).t.journal.declined);
    });
    app.adaptiveCards.actionExecute(COORDINATION_VERBS.journal, (context, _state, data) =>
      answerForThisUser(context, onJournal(context, data)),
    );
    const cards = app.adaptiveCards;
    cards.actionExecute(COORDINATION_VERBS.create, (context, _state, data) =>
      answerForThisUser(context, onCreate(context, data)),
    );
    cards.actionExecute(COORDINATION_VERBS.prefill, (context, _state, data) =>
      answerForThisUser(context, onPrefill(context, data)),
    );
    cards.actionExecute(COORDINATION_VERBS.refresh, (context, _state, data) =>
      answerForThisUser(context, onRead(context, data)),
    );
    cards.actionExecute(COORDINATION_VERBS.open, (context, _state, data) =>
      answerForThisUser(context, onRead(context, data)),
    );
    cards.actionExecute(COORDINATION_VERBS.myWork, (context, _state, data) =>
      answerForThisUser(context, onMyWorkPage(context, data)),
    );
    cards.actionExecute(COORDINATION_VERBS.purge, (context, _state, data) =>
      answerForThisUser(context, onPurge(context, data)),
    );
    for (const verb of COORDINATION_THREAD_VERBS) {
      const handle = threadVerbHandler(verb);
      cards.actionExecute(COORDINATION_VERBS[verb], (context, _state, data) =>
        answerForThisUser(context, handle(context, data)),
      );
    }
  }

  return { id: 'coordination', onMessage, registerRoutes };
}

/**
 * The scheduler's presenter: reminder cards, with the task owner @mentioned. They are posted in the
 * shared conversation, so they follow the language of the thread's creator, like the shared card.
 */
export function createCoordinationReminderPresenter(
  roles: RoleDirectory,
  texts: (language: Language) => Texts = textsFor,
): ReminderPresenter {
  return (reminder, thread) => {
    const language = thread.language ?? 'da';
    return presentReminder(reminder, thread, { texts: texts(language).coordination, roles, language });
  };
}

/**
 * The daily digest's presenter: one card per person, each task linked to its thread's message. In
 * Danish: a digest is sent on a schedule, with no turn from the person to tell their Teams language.
 */
export function createCoordinationDigestPresenter(
  roles: RoleDirectory,
  channels: ChannelDirectory,
  texts: Texts = da,
): DigestPresenter {
  const ctx: CardContext = { texts: texts.coordination, roles };
  return (digest) => presentDigest(digest, ctx, (task) => threadLinkOf(task.location, channels));
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
