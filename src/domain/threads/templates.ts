import { z } from 'zod';
import { THREAD_PATHWAY_IDS, type ThreadPathwayId } from '../shared/pathwayId';
import type { Language } from '../shared/language';
import { LIMITS, type Participant, type ThreadTask } from './model';
import { addDays } from './policy';

/**
 * Per-pathway templates for new coordination threads, edited by the municipality in
 * config/threadTemplates.yaml: which roles the form suggests inviting, and the first tasks a new
 * thread starts with (each with an owner role and a due date counted from the day it is created).
 * The file also says which roles each "involve" suggestion on the pathway card means, so that the
 * card's suggestions arrive in the form as roles to invite.
 */

/** At most this many roles are suggested on the form (it has this many participant rows at most). */
export const MAX_SUGGESTED_ROLES = 8;
const MAX_FIRST_TASKS = 10;

const roleId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/, 'must be a role id from roles.yaml');
const taskTitle = z.string().trim().min(1, 'must not be empty').max(LIMITS.taskTitle);

const firstTaskSchema = z
  .object({
    title: z.object({ da: taskTitle, en: taskTitle }).strict(),
    /** The task goes to the first participant with this role (the lead when nobody has it). */
    ownerRole: roleId,
    /** Due this many days after the thread is created. */
    dueDays: z.number().int().min(0, 'must be 0 or more days').max(365, 'must be at most 365 days'),
  })
  .strict();

const pathwayTemplateSchema = z
  .object({
    /** Roles the form suggests inviting for this pathway. */
    invite: z.array(roleId).max(MAX_SUGGESTED_ROLES).default([]),
    firstTasks: z.array(firstTaskSchema).max(MAX_FIRST_TASKS).default([]),
  })
  .strict();

const involveMappingSchema = z
  .object({
    /** The Danish text of a role suggestion on the pathway card (pathways.yaml, safety.yaml). */
    involve: z.string().trim().min(1, 'must not be empty').max(200),
    /** The roles in roles.yaml it means; empty when it is no role one invites (e.g. the parents). */
    roles: z.array(roleId).max(4),
  })
  .strict();

export type FirstTaskTemplate = z.infer<typeof firstTaskSchema>;
export type PathwayTemplate = z.infer<typeof pathwayTemplateSchema>;

/**
 * The schema of the file, checked against the role ids of roles.yaml: a template that names a role
 * nobody can choose is a mistake the municipality should see at start-up, with the line.
 */
export function threadTemplatesSchema(knownRoleIds: ReadonlySet<string>) {
  const templates = z
    .object(
      Object.fromEntries(THREAD_PATHWAY_IDS.map((id) => [id, pathwayTemplateSchema])) as Record<
        ThreadPathwayId,
        typeof pathwayTemplateSchema
      >,
    )
    .strict();
  return z
    .object({
      version: z.literal(1, { errorMap: () => ({ message: 'must be 1' }) }),
      templates,
      involveRoles: z.array(involveMappingSchema).default([]),
    })
    .strict()
    .superRefine((file, ctx) => {
      const unknownRole = (path: (string | number)[], id: string) => {
        if (!knownRoleIds.has(id))
          ctx.addIssue({ code: z.ZodIssueCode.custom, path, message: `"${id}" is not a role in roles.yaml` });
      };
      for (const pathway of THREAD_PATHWAY_IDS) {
        const template = file.templates[pathway];
        template.invite.forEach((id, i) => unknownRole(['templates', pathway, 'invite', i], id));
        template.firstTasks.forEach((task, i) =>
          unknownRole(['templates', pathway, 'firstTasks', i, 'ownerRole'], task.ownerRole),
        );
      }
      const seen = new Set<string>();
      file.involveRoles.forEach((mapping, i) => {
        mapping.roles.forEach((id, j) => unknownRole(['involveRoles', i, 'roles', j], id));
        const key = normaliseInvolve(mapping.involve);
        if (seen.has(key))
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['involveRoles', i, 'involve'],
            message: `"${mapping.involve}" is listed twice`,
          });
        seen.add(key);
      });
    });
}

export type ThreadTemplatesFile = z.infer<ReturnType<typeof threadTemplatesSchema>>;

export interface ThreadTemplates {
  templateFor(pathway: ThreadPathwayId): PathwayTemplate;
  /**
   * The role ids the pathway card's suggestions mean, in the card's order, without repeats.
   * Suggestions the file does not map are left out (they stay on the card as advice).
   */
  rolesForInvolve(involve: readonly string[]): string[];
}

/**
 * Danish has no case mappings of its own (only Turkish, Azeri and Lithuanian do), so the plain
 * lower case is the Danish one; the locale-aware call cost a lookup of the locale on every turn.
 */
function normaliseInvolve(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function createThreadTemplates(file: ThreadTemplatesFile): ThreadTemplates {
  const byInvolve = new Map(file.involveRoles.map((m) => [normaliseInvolve(m.involve), m.roles]));
  return {
    templateFor: (pathway) => file.templates[pathway],
    rolesForInvolve: (involve) => {
      const roles = involve.flatMap((text) => byInvolve.get(normaliseInvolve(text)) ?? []);
      return [...new Set(roles)].slice(0, MAX_SUGGESTED_ROLES);
    },
  };
}

/** No suggestions and no first tasks: what a deployment without the file gets. */
export const EMPTY_THREAD_TEMPLATES: ThreadTemplates = {
  templateFor: () => ({ invite: [], firstTasks: [] }),
  rolesForInvolve: () => [],
};

/** A first task as the creation carries it: already in the creator's language. */
export interface FirstTaskInput {
  readonly title: string;
  readonly ownerRoleId: string;
  readonly dueDays: number;
}

export function firstTasksIn(template: PathwayTemplate, language: Language): FirstTaskInput[] {
  return template.firstTasks.map((task) => ({
    title: task.title[language],
    ownerRoleId: task.ownerRole,
    dueDays: task.dueDays,
  }));
}

/**
 * The new thread's first tasks: each owned by the lead when the lead has its role, else by the
 * first invited participant with it, else by the lead (who can hand it on once people have joined).
 */
export function firstTasksFor(
  tasks: readonly FirstTaskInput[],
  participants: readonly Participant[],
  leadId: string,
  today: string,
  createdAt: string,
): ThreadTask[] {
  const lead = participants.find((p) => p.aadObjectId === leadId);
  return tasks.slice(0, MAX_FIRST_TASKS).map((task, i) => {
    const owner =
      lead?.roleId === task.ownerRoleId
        ? lead
        : (participants.find((p) => p.roleId === task.ownerRoleId) ?? lead);
    return {
      id: `t${i + 1}`,
      title: task.title,
      ownerId: owner?.aadObjectId ?? leadId,
      due: addDays(today, task.dueDays),
      done: false,
      createdBy: leadId,
      createdAt,
    };
  });
}
