import type { CardTemplates } from '../shared/cardTemplates';
import { THREAD_PATHWAY_IDS, type ThreadPathwayId } from '../../../domain/shared/pathwayId';
import type { FirstTaskInput } from '../../../domain/threads/templates';
import { templateSafe, type AdaptiveCardJson } from '../shared/expandTemplate';
import { markdownInline, markdownList } from '../shared/markdown';
import type { ChannelTarget } from '../../../domain/threads/channels';
import { LEGAL_BASIS_KINDS } from '../../../domain/threads/model';
import { NONE, roleChoicesOf, type CardContext } from './cardContext';
import formTemplate from './formCard.json';

/** The number of participant rows on the creation form (more when more roles are suggested). */
export const FORM_PARTICIPANT_ROWS = 4;
/** The most participant rows the form shows, suggested roles included. */
export const MAX_FORM_PARTICIPANT_ROWS = 8;

export interface FormValues {
  readonly ageOrGrade?: string;
  readonly pathway?: string;
  readonly summary?: string;
  readonly legalBasis?: string;
  readonly consentScope?: string;
  readonly consentRecipients?: string;
  readonly ownerRole?: string;
  readonly placement?: string;
  readonly meetingDate?: string;
  readonly meetingTime?: string;
  /** 'false' when the creator unticked the template's first tasks. */
  readonly useFirstTasks?: string;
  /** `suggested`: the role was suggested (pathway card or template); without a person the row is skipped. */
  readonly participants?: readonly {
    roleId?: string;
    userId?: string;
    email?: string;
    suggested?: boolean;
  }[];
}

export interface FormCardOptions {
  readonly caseRef: string;
  readonly values?: FormValues;
  readonly error?: string;
  readonly askNameConfirmation?: boolean;
  /** Channels a thread can be started in (config/channels.yaml, usedFor coordination). */
  readonly channels: readonly ChannelTarget[];
  /** Known colleagues (team roster) offered as static choices next to the directory search. */
  readonly people?: readonly { title: string; value: string }[];
  /** The chosen pathway's first tasks from its template (config/threadTemplates.yaml). */
  readonly template?: { readonly pathway: ThreadPathwayId; readonly firstTasks: readonly FirstTaskInput[] };
}

/** The form's participant rows, each with what was chosen in it before (or nobody). */
function participantRowsOf(t: CardContext['texts'], values: FormValues, rowCount: number) {
  return Array.from({ length: rowCount }, (_, i) => {
    const n = i + 1;
    const row = values.participants?.[i] ?? {};
    return {
      roleId: `p${n}Role`,
      userId: `p${n}User`,
      emailId: `p${n}Email`,
      roleLabel: t.form.participantRole(n),
      userLabel: t.form.participantUser(n),
      emailLabel: t.form.participantEmail(n),
      roleValue: templateSafe(row.roleId) || NONE,
      userValue: templateSafe(row.userId) || NONE,
      emailValue: templateSafe(row.email),
    };
  });
}

/** The pathway template's first tasks as a list: title, owner's role and days until due. */
function firstTasksListOf(ctx: CardContext, firstTasks: readonly FirstTaskInput[]): string {
  const t = ctx.texts;
  return templateSafe(
    markdownList(
      firstTasks.map((task) =>
        markdownInline(
          t.form.firstTaskLine(task.title, ctx.roles.nameOf(task.ownerRoleId, ctx.language), task.dueDays),
        ),
      ),
    ),
  );
}

export function renderFormCard(
  cardTemplates: CardTemplates,
  ctx: CardContext,
  options: FormCardOptions,
): AdaptiveCardJson {
  const t = ctx.texts;
  const values = options.values ?? {};
  const roleChoices = roleChoicesOf(ctx);
  const rowCount = Math.min(
    MAX_FORM_PARTICIPANT_ROWS,
    Math.max(FORM_PARTICIPANT_ROWS, values.participants?.length ?? 0),
  );
  const suggestedRows = (values.participants ?? [])
    .slice(0, rowCount)
    .flatMap((row, i) => (row.suggested ? [String(i + 1)] : []))
    .join(',');
  const template = options.template;
  const people =
    options.people && options.people.length > 0
      ? options.people
      : [{ title: t.form.pickPlaceholder, value: NONE }];
  return cardTemplates.expand(formTemplate, {
    labels: t.form,
    errors: t.fieldErrors,
    error: options.error ?? '',
    caseRef: options.caseRef,
    language: ctx.language ?? 'da',
    suggestedRows,
    firstTasksIntro:
      template && template.firstTasks.length > 0 ? t.form.firstTasksIntro(t.pathways[template.pathway]) : '',
    firstTasksList: template ? firstTasksListOf(ctx, template.firstTasks) : '',
    askNameConfirmation: options.askNameConfirmation ?? false,
    values: {
      ageOrGrade: templateSafe(values.ageOrGrade),
      pathway: templateSafe(values.pathway),
      summary: templateSafe(values.summary),
      legalBasis: templateSafe(values.legalBasis) || 'anonymous',
      consentScope: templateSafe(values.consentScope),
      consentRecipients: templateSafe(values.consentRecipients),
      ownerRole: templateSafe(values.ownerRole),
      placement: templateSafe(values.placement) || 'here',
      meetingDate: templateSafe(values.meetingDate),
      meetingTime: templateSafe(values.meetingTime),
      useFirstTasks: values.useFirstTasks === 'false' ? 'false' : 'true',
    },
    pathwayChoices: THREAD_PATHWAY_IDS.map((p) => ({ title: t.pathways[p], value: p })),
    legalBasisChoices: LEGAL_BASIS_KINDS.map((k) => ({ title: t.legalBases[k], value: k })),
    roleChoices,
    participantRoleChoices: [{ title: t.form.noRole, value: NONE }, ...roleChoices],
    participantRows: participantRowsOf(t, values, rowCount),
    peopleChoices: people.map((p) => ({ title: templateSafe(p.title), value: templateSafe(p.value) })),
    placementChoices: [
      { title: t.form.placementHere, value: 'here' },
      ...options.channels.map((c) => ({ title: c.name, value: c.id })),
    ],
  });
}
