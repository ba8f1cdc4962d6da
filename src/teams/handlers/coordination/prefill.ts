import { z } from 'zod';
import { LANGUAGES } from '../../../domain/shared/language';
import { containsCprInValue } from '../../../domain/privacy/cpr';
import { MAX_SUGGESTED_ROLES } from '../../../domain/threads/templates';
import { MAX_FORM_PARTICIPANT_ROWS, type AdaptiveCardJson } from '../../cards/coordination/coordinationCards';
import { cardMessage, type Turn } from '../../turn/turn';
import { InvalidCardData, isPersonal, type CoordinationEnv } from './env';
import { isThreadPathway, type FormFor } from './form';

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

/**
 * The form, filled from the pathway card. In a 1:1 chat it is posted as a new message, so the
 * pathway card stays. In a group chat or channel it is only the clicker's own answer: the
 * summary of a concern is not posted for every member to see. The roles the card suggested
 * involving, then the pathway template's roles, fill the participant rows; the template's first
 * tasks are shown. Suggestions that are not known roles are tampered data: no form, no case
 * reference used.
 */
export function createPrefill(env: CoordinationEnv, formFor: FormFor) {
  const { deps, uiOf, templates } = env;
  return async function onPrefill(turn: Turn, raw: unknown): Promise<AdaptiveCardJson | string> {
    const parsed = prefillSchema.safeParse(raw);
    const ui = uiOf(turn, parsed.success ? parsed.data.prefill.lang : undefined);
    if (containsCprInValue(raw)) return ui.errors.cprRefused;
    if (!parsed.success) throw new InvalidCardData();
    const { pathway, ageOrGrade, summary, roles } = parsed.data.prefill;
    const cardRoles = suggestedRolesOf(roles, deps.roles.roleIds);
    if (!cardRoles) {
      turn.logger.warn('coordination prefill with unknown roles refused');
      return ui.t.form.invalidSuggestions;
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
    return ui.t.form.prefillSent;
  };
}
