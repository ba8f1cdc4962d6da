import { containsCprInValue } from '../../../domain/privacy/cpr';
import type { ChannelTarget } from '../../../domain/threads/channels';
import { isCaseReference } from '../../../domain/threads/caseReference';
import type { NewParticipantInput, NewThreadInput } from '../../../domain/threads/creation';
import { ThreadRuleError } from '../../../domain/threads/errors';
import { firstTasksIn } from '../../../domain/threads/templates';
import { DeliveryError, RateLimitedError } from '../../../ports/outboundMessenger';
import {
  renderNoticeCard,
  type AdaptiveCardJson,
  type FormValues,
} from '../../cards/coordination/coordinationCards';
import type { Turn } from '../../turn/turn';
import { actorOf, InvalidCardData, type CoordinationEnv, type Ui } from './env';
import {
  createFormFor,
  formSchema,
  isThreadPathway,
  valuesFrom,
  withoutCpr,
  type FormData,
  type FormFor,
} from './form';
import { createPrefill } from './prefill';
import { publisherFor, resolveParticipants } from './publishing';
import type { Views } from './views';

/** A form that passed the checks this layer makes; the service checks the rest. */
interface CheckedForm {
  readonly kind: 'checked';
  readonly caseRef: string;
  readonly placement: ChannelTarget | undefined;
  readonly participants: NewParticipantInput[];
  /** Display names for @mentions in a channel post only. */
  readonly names: Map<string, string>;
}

/** What a creation turn works on: the parsed form, and the form to show again with an error. */
interface Attempt {
  readonly turn: Turn;
  readonly ui: Ui;
  readonly data: FormData;
  readonly values: FormValues;
  readonly caseRef: string | undefined;
  readonly retry: (
    error: string,
    extra?: { askNameConfirmation?: boolean; fresh?: boolean },
  ) => Promise<AdaptiveCardJson>;
}

/** The checks before the service is asked: the form shown again, or what to create. */
async function check(
  env: CoordinationEnv,
  formFor: FormFor,
  attempt: Attempt,
  raw: unknown,
): Promise<{ kind: 'form'; card: AdaptiveCardJson } | CheckedForm> {
  const { turn, ui, data, values, caseRef } = attempt;
  if (containsCprInValue(raw)) {
    turn.logger.info('coordination create refused', { reason: 'cpr' });
    const card = await formFor(ui, turn, {
      caseRef,
      values: withoutCpr(values),
      error: ui.errors.cprRefused,
    });
    return { kind: 'form', card };
  }
  if (!caseRef)
    return { kind: 'form', card: await formFor(ui, turn, { values, error: ui.t.fieldErrors.caseRef }) };
  const elsewhere = data.placement && data.placement !== 'here';
  const placement = elsewhere ? env.deps.channels.byId(data.placement as string) : undefined;
  if (elsewhere && (!placement || !placement.usedFor.includes('coordination'))) {
    return { kind: 'form', card: await attempt.retry(ui.t.fieldErrors.placement) };
  }
  const names = new Map<string, string>();
  const participants = await resolveParticipants(env, turn, values, names);
  if (!participants) return { kind: 'form', card: await attempt.retry(ui.t.fieldErrors.participants) };
  return { kind: 'checked', caseRef, placement, participants, names };
}

function inputOf(env: CoordinationEnv, attempt: Attempt, checked: CheckedForm): NewThreadInput {
  const { data, ui } = attempt;
  return {
    caseRef: checked.caseRef,
    ageOrGrade: data.ageOrGrade ?? '',
    pathway: data.pathway ?? '',
    summary: data.summary ?? '',
    legalBasis: data.legalBasis ?? '',
    consentScope: data.consentScope,
    consentRecipients: data.consentRecipients,
    ownerRoleId: data.ownerRole ?? '',
    participants: checked.participants,
    meetingDate: data.meetingDate,
    meetingTime: data.meetingTime,
    confirmNoNames: data.confirmNoNames === 'true',
    firstTasks:
      data.useFirstTasks !== 'false' && isThreadPathway(data.pathway)
        ? firstTasksIn(env.templates.templateFor(data.pathway), ui.language)
        : undefined,
    language: ui.language,
  };
}

/** Rule breaks and a post that could not be delivered show the form again; anything else is thrown on. */
async function formAfterError(
  formFor: FormFor,
  attempt: Attempt,
  error: unknown,
): Promise<AdaptiveCardJson | string> {
  const { turn, ui, values, caseRef } = attempt;
  const t = ui.t;
  if (error instanceof ThreadRuleError) {
    if (error.code === 'CPR_REFUSED') {
      return formFor(ui, turn, { caseRef, values: withoutCpr(values), error: ui.errors.cprRefused });
    }
    const field = (error.field ?? 'generic') as keyof typeof t.fieldErrors;
    return attempt.retry(t.fieldErrors[field] ?? t.fieldErrors.generic);
  }
  if (error instanceof DeliveryError || error instanceof RateLimitedError) {
    turn.logger.warn('coordination thread could not be posted', { error: error.name });
    return attempt.retry(t.deliveryFailed).catch(() => t.deliveryFailed);
  }
  // Anything else (storage unavailable ...) goes to the capability's one error mapping.
  throw error;
}

/** `ny tråd`, the creation form (also opened from the pathway card) and the creation itself. */
export function createCreation(env: CoordinationEnv, views: Views) {
  const { deps, uiOf } = env;
  const formFor: FormFor = createFormFor(env);

  async function onCreate(turn: Turn, raw: unknown): Promise<AdaptiveCardJson | string> {
    const actor = actorOf(turn);
    const parsed = formSchema.safeParse(raw);
    if (!parsed.success || !actor) throw new InvalidCardData();
    const data = parsed.data;
    const ui = uiOf(turn, data.lang);
    const values = valuesFrom(data);
    const caseRef = isCaseReference(data.caseRef) ? data.caseRef : undefined;
    const attempt: Attempt = {
      turn,
      ui,
      data,
      values,
      caseRef,
      retry: (error, extra = {}) =>
        formFor(ui, turn, {
          caseRef: extra.fresh ? undefined : caseRef,
          values,
          error,
          askNameConfirmation: extra.askNameConfirmation,
        }),
    };
    try {
      const checked = await check(env, formFor, attempt, raw);
      if (checked.kind === 'form') return checked.card;
      const publish = publisherFor(env, turn, ui, checked.placement, checked.names);
      const result = await deps.service.createThread(inputOf(env, attempt, checked), actor, publish);
      switch (result.kind) {
        case 'needsNameConfirmation':
          return await attempt.retry(ui.t.form.nameWarning, { askNameConfirmation: true });
        case 'caseRefTaken':
          return await attempt.retry(ui.t.form.caseRefTaken, { fresh: true });
        case 'created': {
          const thread = result.thread;
          if (checked.placement) {
            const notice = ui.t.createdInChannel(thread.caseRef, checked.placement.name);
            return renderNoticeCard(env.cardTemplates, ui.t.card.title(thread.caseRef), notice);
          }
          await views.updateShared(thread, turn.logger);
          return views.view(ui, thread, actor);
        }
      }
    } catch (error) {
      return formAfterError(formFor, attempt, error);
    }
  }

  return { formFor, onCreate, onPrefill: createPrefill(env, formFor) };
}

export type Creation = ReturnType<typeof createCreation>;
