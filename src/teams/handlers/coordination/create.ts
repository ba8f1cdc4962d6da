import { z } from 'zod';
import { LANGUAGES } from '../../../domain/shared/language';
import { THREAD_PATHWAY_IDS, type ThreadPathwayId } from '../../../domain/shared/pathwayId';
import { containsCpr, containsCprInValue, displayNameWithoutCpr } from '../../../domain/privacy/cpr';
import { isCaseReference } from '../../../domain/threads/caseReference';
import type { NewParticipantInput, NewThreadInput } from '../../../domain/threads/creation';
import { ThreadRuleError } from '../../../domain/threads/errors';
import type { CoordinationThread, ThreadLocation } from '../../../domain/threads/model';
import { firstTasksIn, MAX_SUGGESTED_ROLES } from '../../../domain/threads/templates';
import { DeliveryError, RateLimitedError } from '../../../ports/outboundMessenger';
import {
  MAX_FORM_PARTICIPANT_ROWS,
  NONE,
  renderFormCard,
  renderNoticeCard,
  type AdaptiveCardJson,
  type FormValues,
} from '../../cards/coordination/coordinationCards';
import { renderSharedThreadCard } from '../../cards/coordination/sharedThreadCard';
import { cardMessage, type Turn } from '../../turn/turn';
import {
  actorOf,
  InvalidCardData,
  isPersonal,
  serviceUrlOf,
  tenantOf,
  type CoordinationEnv,
  type Ui,
} from './env';
import type { Views } from './views';

const shortText = z.string().max(2000);

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

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** `ny tråd`, the creation form (also opened from the pathway card) and the creation itself. */
export function createCreation(env: CoordinationEnv, views: Views) {
  const { deps, uiOf, sharedUi, templates, resolveMember, listRoster } = env;
  const { view, updateShared } = views;
  const coordinationChannels = () => deps.channels.usedFor('coordination');

  async function formFor(
    ui: Ui,
    turn: Turn,
    options: { caseRef?: string; values?: FormValues; error?: string; askNameConfirmation?: boolean },
  ) {
    const caseRef = options.caseRef ?? (await deps.service.reserveCaseReference());
    const roster = await listRoster(turn);
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
    turn: Turn,
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
        const member = await resolveMember(turn, userId);
        if (member?.name) names.set(member.aadObjectId, member.name);
        result.push({ aadObjectId: member?.aadObjectId ?? userId, teamsUserId: member?.teamsUserId, roleId });
      } else {
        const member = await resolveMember(turn, email as string);
        if (!member) return undefined;
        if (member.name) names.set(member.aadObjectId, member.name);
        result.push({ aadObjectId: member.aadObjectId, teamsUserId: member.teamsUserId, roleId });
      }
    }
    return result;
  }

  async function onCreate(turn: Turn, raw: unknown): Promise<AdaptiveCardJson | string> {
    const logger = turn.logger;
    const actor = actorOf(turn);
    const parsed = formSchema.safeParse(raw);
    if (!parsed.success || !actor) throw new InvalidCardData();
    const data = parsed.data;
    const ui = uiOf(turn, data.lang);
    const { t, errors } = ui;
    const values = valuesFrom(data);
    const caseRef = isCaseReference(data.caseRef) ? data.caseRef : undefined;
    try {
      if (containsCprInValue(raw)) {
        logger.info('coordination create refused', { reason: 'cpr' });
        return await formFor(ui, turn, { caseRef, values: withoutCpr(values), error: errors.cprRefused });
      }
      if (!caseRef) return await formFor(ui, turn, { values, error: t.fieldErrors.caseRef });
      const placement =
        data.placement && data.placement !== 'here' ? deps.channels.byId(data.placement) : undefined;
      if (
        data.placement &&
        data.placement !== 'here' &&
        (!placement || !placement.usedFor.includes('coordination'))
      ) {
        return await formFor(ui, turn, { caseRef, values, error: t.fieldErrors.placement });
      }
      // Display names are used only to @mention invitees in a channel; never stored for them.
      const names = new Map<string, string>();
      const participants = await resolveParticipants(turn, values, names);
      if (!participants)
        return await formFor(ui, turn, { caseRef, values, error: t.fieldErrors.participants });
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
      const activity = turn.activity;
      const tenantId = tenantOf(turn);
      const publish = async (thread: CoordinationThread): Promise<ThreadLocation> => {
        if (placement) {
          const serviceUrl = placement.serviceUrl ?? serviceUrlOf(turn);
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
        const here = {
          serviceUrl: serviceUrlOf(turn),
          // Every Teams activity names its conversation.
          conversationId: activity.conversation.id as string,
          tenantId,
        };
        if (activity.replyToId) return { kind: 'chat', ...here, activityId: activity.replyToId };
        const posted = await deps.messenger.post(here, {
          card: renderSharedThreadCard(thread, sharedUi(thread).cardContext),
        });
        return { kind: 'chat', ...here, activityId: posted.activityId };
      };
      const result = await deps.service.createThread(input, actor, publish);
      switch (result.kind) {
        case 'needsNameConfirmation':
          return await formFor(ui, turn, {
            caseRef,
            values,
            error: t.form.nameWarning,
            askNameConfirmation: true,
          });
        case 'caseRefTaken':
          return await formFor(ui, turn, { values, error: t.form.caseRefTaken });
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
          return await formFor(ui, turn, {
            caseRef,
            values: withoutCpr(values),
            error: errors.cprRefused,
          });
        }
        const field = (error.field ?? 'generic') as keyof typeof t.fieldErrors;
        return await formFor(ui, turn, {
          caseRef,
          values,
          error: t.fieldErrors[field] ?? t.fieldErrors.generic,
        });
      }
      if (error instanceof DeliveryError || error instanceof RateLimitedError) {
        logger.warn('coordination thread could not be posted', { error: error.name });
        return await formFor(ui, turn, { caseRef, values, error: t.deliveryFailed }).catch(
          () => t.deliveryFailed,
        );
      }
      // Anything else (storage unavailable ...) goes to the capability's one error mapping.
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
  async function onPrefill(turn: Turn, raw: unknown): Promise<AdaptiveCardJson | string> {
    const logger = turn.logger;
    const parsed = prefillSchema.safeParse(raw);
    const ui = uiOf(turn, parsed.success ? parsed.data.prefill.lang : undefined);
    const { t, errors } = ui;
    if (containsCprInValue(raw)) return errors.cprRefused;
    if (!parsed.success) throw new InvalidCardData();
    const { pathway, ageOrGrade, summary, roles } = parsed.data.prefill;
    const cardRoles = suggestedRolesOf(roles, deps.roles.roleIds);
    if (!cardRoles) {
      logger.warn('coordination prefill with unknown roles refused');
      return t.form.invalidSuggestions;
    }
    const chosenPathway = isThreadPathway(pathway) ? pathway : undefined;
    const templateRoles = chosenPathway ? templates.templateFor(chosenPathway).invite : [];
    const suggested = [...new Set([...cardRoles, ...templateRoles])].slice(0, MAX_FORM_PARTICIPANT_ROWS);
    const card = await formFor(ui, turn, {
      values: {
        pathway: chosenPathway,
        ageOrGrade: ageOrGrade?.slice(0, 40),
        summary: summary?.slice(0, 500),
        participants: suggested.map((roleId) => ({ roleId, suggested: true })),
      },
    });
    if (!isPersonal(turn)) return card;
    await turn.send(cardMessage(card));
    return t.form.prefillSent;
  }

  return { formFor, onCreate, onPrefill };
}
