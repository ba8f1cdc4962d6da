import { z } from 'zod';
import { LANGUAGES } from '../../../domain/shared/language';
import { THREAD_PATHWAY_IDS, type ThreadPathwayId } from '../../../domain/shared/pathwayId';
import { containsCpr, displayNameWithoutCpr } from '../../../domain/privacy/cpr';
import { firstTasksIn } from '../../../domain/threads/templates';
import {
  MAX_FORM_PARTICIPANT_ROWS,
  renderFormCard,
  type AdaptiveCardJson,
  type FormValues,
} from '../../cards/coordination/coordinationCards';
import type { Turn } from '../../turn/turn';
import type { CoordinationEnv, Ui } from './env';

const shortText = z.string().max(2000);

/** What the creation form sends; the participant rows (`p1Role`, `p1User` ...) come through the catchall. */
export const formSchema = z
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

export type FormData = z.infer<typeof formSchema>;

/** How the form is shown again: what the user typed, and why it came back. */
export interface FormOptions {
  readonly caseRef?: string;
  readonly values?: FormValues;
  readonly error?: string;
  readonly askNameConfirmation?: boolean;
}

/** The creation form in one language: a fresh case reference unless the form already had one. */
export type FormFor = (ui: Ui, turn: Turn, options: FormOptions) => Promise<AdaptiveCardJson>;

export function isThreadPathway(value: string | undefined): value is ThreadPathwayId {
  return value !== undefined && (THREAD_PATHWAY_IDS as readonly string[]).includes(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function createFormFor(env: CoordinationEnv): FormFor {
  const { deps, templates, listRoster } = env;
  return async (ui, turn, options) => {
    const caseRef = options.caseRef ?? (await deps.service.reserveCaseReference());
    const roster = await listRoster(turn);
    const pathway = options.values?.pathway;
    return renderFormCard(env.cardTemplates, ui.cardContext, {
      caseRef,
      values: options.values,
      template: isThreadPathway(pathway)
        ? { pathway, firstTasks: firstTasksIn(templates.templateFor(pathway), ui.language) }
        : undefined,
      error: options.error,
      askNameConfirmation: options.askNameConfirmation,
      channels: deps.channels.usedFor('coordination'),
      people: roster.map((m) => ({
        title: displayNameWithoutCpr(m.name) ?? m.aadObjectId,
        value: m.aadObjectId,
      })),
    });
  };
}

/** The form's data as the values it is shown again with. */
export function valuesFrom(data: FormData): FormValues {
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
export function withoutCpr(values: FormValues): FormValues {
  const clean = (v: string | undefined) => (v !== undefined && containsCpr(v) ? undefined : v);
  return {
    ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? clean(v) : v])),
    participants: values.participants?.map((p) => ({
      roleId: clean(p.roleId),
      userId: clean(p.userId),
      email: clean(p.email),
      suggested: p.suggested,
    })),
  };
}
