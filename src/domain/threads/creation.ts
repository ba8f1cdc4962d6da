import type { Language } from '../shared/language';
import { THREAD_PATHWAY_IDS, type ThreadPathwayId } from '../shared/pathwayId';
import { containsCprInValue } from '../privacy/cpr';
import { isCaseReference } from './caseReference';
import { ThreadRuleError } from './errors';
import type { Actor } from '../shared/actor';
import { LIMITS, type CoordinationThread, type Meeting, type Participant } from './model';
import { looksLikeFullName } from './privacy';
import { DEFAULT_COORDINATION_POLICY, firstReviewDate, type CoordinationPolicy } from './policy';
import { cleanMultilineText, cleanText, parseLegalBasis } from './inputChecks';
import { firstTasksFor, type FirstTaskInput } from './templates';
import { danishDateOf, danishLocalToUtc } from './time';

export interface NewParticipantInput {
  readonly aadObjectId: string;
  readonly teamsUserId?: string;
  readonly roleId: string;
}

/** What the creation form submits, after the Teams layer has parsed its types. */
export interface NewThreadInput {
  readonly caseRef: string;
  readonly ageOrGrade: string;
  readonly pathway: string;
  readonly summary: string;
  readonly legalBasis: string;
  readonly consentScope?: string;
  readonly consentRecipients?: string;
  readonly ownerRoleId: string;
  readonly participants: readonly NewParticipantInput[];
  readonly meetingDate?: string;
  readonly meetingTime?: string;
  /** The user confirmed that the summary holds no names after the warning. */
  readonly confirmNoNames: boolean;
  /** The pathway template's first tasks (config/threadTemplates.yaml), when the creator kept them. */
  readonly firstTasks?: readonly FirstTaskInput[];
  /** The creator's Teams language; the shared card follows it. */
  readonly language?: Language;
}

export type CreationCheck =
  { readonly kind: 'ok'; readonly thread: CoordinationThread } | { readonly kind: 'needsNameConfirmation' };

/**
 * Builds the first version of a thread from the form, or explains what is wrong. A CPR number
 * anywhere is refused before anything else is looked at.
 */
export function createThreadEntity(
  input: NewThreadInput,
  owner: Actor,
  now: Date,
  roleIds: ReadonlySet<string>,
  policy: CoordinationPolicy = DEFAULT_COORDINATION_POLICY,
): CreationCheck {
  if (containsCprInValue(input)) throw new ThreadRuleError('CPR_REFUSED', 'CPR number in input');
  if (!isCaseReference(input.caseRef)) throw new ThreadRuleError('INVALID_INPUT', 'Bad case ref', 'caseRef');
  const ageOrGrade = cleanText(input.ageOrGrade, LIMITS.ageOrGrade, 'ageOrGrade');
  const summary = cleanMultilineText(input.summary, LIMITS.summary, 'summary');
  if (!(THREAD_PATHWAY_IDS as readonly string[]).includes(input.pathway)) {
    throw new ThreadRuleError('INVALID_INPUT', 'Unknown pathway', 'pathway');
  }
  const legalBasis = parseLegalBasis(input);
  if (!roleIds.has(input.ownerRoleId))
    throw new ThreadRuleError('INVALID_INPUT', 'Unknown role', 'ownerRoleId');
  const meeting = parseMeeting(input.meetingDate, input.meetingTime);
  if (!input.confirmNoNames && looksLikeFullName(summary)) return { kind: 'needsNameConfirmation' };

  const at = now.toISOString();
  const participants: Participant[] = [
    {
      aadObjectId: owner.id,
      teamsUserId: owner.teamsUserId,
      roleId: input.ownerRoleId,
      state: 'accepted',
      displayName: owner.displayName?.trim().slice(0, 80) || undefined,
      addedAt: at,
      respondedAt: at,
    },
  ];
  for (const p of input.participants) {
    if (!roleIds.has(p.roleId)) throw new ThreadRuleError('INVALID_INPUT', 'Unknown role', 'participants');
    if (!p.aadObjectId.trim())
      throw new ThreadRuleError('INVALID_INPUT', 'Empty participant', 'participants');
    if (participants.some((existing) => existing.aadObjectId === p.aadObjectId)) continue;
    participants.push({
      aadObjectId: p.aadObjectId,
      teamsUserId: p.teamsUserId,
      roleId: p.roleId,
      state: 'invited',
      addedAt: at,
    });
  }
  if (participants.length > LIMITS.participants) {
    throw new ThreadRuleError('LIMIT_REACHED', 'Too many participants', 'participants');
  }
  const firstTasks = (input.firstTasks ?? []).map((task) => {
    if (!roleIds.has(task.ownerRoleId) || !Number.isInteger(task.dueDays) || task.dueDays < 0)
      throw new ThreadRuleError('INVALID_INPUT', 'Bad first task');
    return { ...task, title: cleanText(task.title, LIMITS.taskTitle, 'title') };
  });
  const tasks = firstTasksFor(firstTasks, participants, owner.id, danishDateOf(now), at);

  return {
    kind: 'ok',
    thread: {
      id: input.caseRef,
      caseRef: input.caseRef,
      version: 1,
      status: 'open',
      ageOrGrade,
      pathway: input.pathway as ThreadPathwayId,
      summary,
      legalBasis,
      legalBasisRecordedAt: at,
      ownerId: owner.id,
      participants,
      tasks,
      decisions: [],
      nextMeeting: meeting,
      reviewDate: firstReviewDate(policy, input.pathway as ThreadPathwayId, danishDateOf(now)),
      createdAt: at,
      lastChange: { by: owner.id, at, action: 'created' },
      timeline: [{ version: 1, at, by: owner.id, action: 'created', roleId: input.ownerRoleId }],
      ...(input.language === 'en' ? { language: 'en' as const } : {}),
    },
  };
}

/** Both empty: no meeting. One of them missing or invalid: an input error. */
export function parseMeeting(
  date: string | undefined,
  time: string | undefined,
  link?: string,
): Meeting | undefined {
  const d = date?.trim() ?? '';
  const t = time?.trim() ?? '';
  const url = link?.trim() ?? '';
  if (!d && !t) {
    if (url) throw new ThreadRuleError('INVALID_INPUT', 'A link needs a meeting time', 'meeting');
    return undefined;
  }
  const at = danishLocalToUtc(d, t || '09:00');
  if (!at) throw new ThreadRuleError('INVALID_INPUT', 'Bad meeting time', 'meeting');
  const meeting = { at: at.toISOString(), local: `${d}T${(t || '09:00').slice(0, 5)}` };
  return url ? { ...meeting, link: checkTeamsMeetingLink(url) } : meeting;
}

/** Hosts a Teams meeting link may point to: a link elsewhere could lead anyone anywhere. */
const TEAMS_MEETING_HOSTS = ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'];

/** A Teams meeting link: https, on a Teams domain, without credentials, at most 2,000 characters. */
export function checkTeamsMeetingLink(value: string): string {
  const refuse = (): never => {
    throw new ThreadRuleError('INVALID_INPUT', 'Not a Teams meeting link', 'meetingLink');
  };
  if (value.length > 2000) return refuse();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return refuse();
  }
  const host = url.hostname.toLowerCase();
  const onTeams = TEAMS_MEETING_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
  if (url.protocol !== 'https:' || !onTeams || url.username || url.password || url.port) return refuse();
  return url.toString();
}
