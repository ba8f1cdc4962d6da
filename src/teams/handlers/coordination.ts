import type { CardTemplates } from '../cards/shared/cardTemplates';
import { containsCpr } from '../../domain/privacy/cpr';
import type { ChannelDirectory } from '../../domain/threads/channels';
import type { RoleDirectory } from '../../domain/threads/roles';
import { EMPTY_THREAD_TEMPLATES } from '../../domain/threads/templates';
import { systemClock } from '../../ports/clock';
import type { DigestPresenter } from '../../services/coordination/dailyDigest';
import type { ReminderPresenter } from '../../services/coordination/reminderScheduler';
import type { Capability, IncomingText } from '../capability';
import { presentReminder, type AdaptiveCardJson } from '../cards/coordination/coordinationCards';
import { presentDigest } from '../cards/coordination/digestCard';
import { threadLinkOf } from '../cards/coordination/threadLink';
import { COORDINATION_VERBS, type CoordinationVerbName } from '../cards/coordination/verbs';
import { matchCommand } from '../commands';
import { textsFor, type Language, type Texts } from '../texts';
import type { CardAction } from '../turn/routes';
import { cardMessage, type Turn } from '../turn/turn';
import { createAdminVerbs } from './coordination/admin';
import { createJournalVerbs } from './coordination/journal';
import { createCreation, type Creation } from './coordination/create';
import {
  languageOf,
  type CoordinationCapabilityDeps,
  type CoordinationEnv,
  type Ui,
  type VerbHandler,
} from './coordination/env';
import { errorReply } from './coordination/errors';
import { conversationRoster, rosterMember } from './coordination/members';
import { createMyWork, type MyWork } from './coordination/myWork';
import { COORDINATION_THREAD_VERBS, createThreadVerbs } from './coordination/threadVerbs';
import { createViews } from './coordination/views';

export type { CoordinationCapabilityDeps, ResolvedMember } from './coordination/env';
export { uploadBytes } from './coordination/journal';
export { COORDINATION_THREAD_VERBS } from './coordination/threadVerbs';

/** The dependencies with their defaults, and the texts of both languages made once. */
function coordinationEnv(deps: CoordinationCapabilityDeps): CoordinationEnv {
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
  return {
    deps,
    templates: deps.templates ?? EMPTY_THREAD_TEMPLATES,
    cardTemplates: deps.cardTemplates,
    clock: deps.clock ?? systemClock,
    resolveMember: deps.resolveMember ?? rosterMember,
    listRoster: deps.listRoster ?? conversationRoster,
    uiOf: (turn, requested) => UI[requested ?? languageOf(turn)],
    sharedUi: (thread) => UI[thread.language ?? 'da'],
  };
}

/**
 * A typed command: `mine sager` and `mine opgaver` list the person's own work; `ny tråd` sends the
 * creation form with what followed the command as the summary (a CPR number refused).
 */
async function onCommand(
  env: CoordinationEnv,
  creation: Creation,
  myWork: MyWork,
  turn: Turn,
  incoming: IncomingText,
): Promise<void> {
  // A command typed in English is answered in English; otherwise the Teams locale decides.
  const ui = env.uiOf(turn, incoming.language === 'en' ? 'en' : undefined);
  const logger = incoming.logger;
  try {
    const command = matchCommand(incoming.text)?.command.title;
    if (command === 'mine sager' || command === 'mine opgaver') {
      await myWork.onMyWork(ui, turn, command === 'mine sager' ? 'cases' : 'tasks', logger);
      return;
    }
    if (containsCpr(incoming.argument)) {
      logger.info('coordination command refused', { reason: 'cpr' });
      await turn.send(ui.errors.cprRefused);
      return;
    }
    const card = await creation.formFor(ui, turn, {
      values: { summary: incoming.argument.slice(0, 500) },
    });
    await turn.send(cardMessage(card));
    logger.info('coordination form sent', {});
  } catch (error) {
    const reply = errorReply(ui, 'message', error, logger);
    if (reply === undefined) throw error;
    await turn.send(reply);
  }
}

/**
 * The coordination capability: `ny tråd`, the creation form and the live thread card. The verbs
 * live in ./coordination by concern (creation, the thread's own verbs, admin and journal, my
 * work); this module holds the one verb table, and maps every error once.
 */
export function createCoordinationCapability(deps: CoordinationCapabilityDeps): Capability {
  const env = coordinationEnv(deps);
  const views = createViews(env);
  const creation = createCreation(env, views);
  const thread = createThreadVerbs(env, views);
  const admin = createAdminVerbs(env);
  const journal = createJournalVerbs(env, views);
  const myWork = createMyWork(env);

  const handlers: Record<CoordinationVerbName, VerbHandler> = {
    create: creation.onCreate,
    prefill: creation.onPrefill,
    refresh: thread.onRead,
    open: thread.onRead,
    myWork: myWork.onMyWorkPage,
    purge: admin.onPurge,
    journal: journal.onJournal,
    ...(Object.fromEntries(
      COORDINATION_THREAD_VERBS.map((verb) => [verb, thread.threadVerbHandler(verb)]),
    ) as Record<(typeof COORDINATION_THREAD_VERBS)[number], VerbHandler>),
  };

  /** Runs a verb; bad data, refusals and outages become messages in the user's language. */
  async function run(
    verb: CoordinationVerbName,
    turn: Turn,
    data: unknown,
  ): Promise<AdaptiveCardJson | string> {
    try {
      return await handlers[verb](turn, data);
    } catch (error) {
      const reply = errorReply(env.uiOf(turn), verb, error, turn.logger);
      if (reply === undefined) throw error;
      return reply;
    }
  }

  // Every answer is this user's own view; the shared message changes only through the views.
  const cardActions: Record<string, CardAction> = Object.fromEntries(
    (Object.keys(COORDINATION_VERBS) as CoordinationVerbName[]).map((verb) => [
      COORDINATION_VERBS[verb],
      (turn: Turn, data: unknown) => run(verb, turn, data),
    ]),
  );

  return {
    id: 'coordination',
    onMessage: (turn, incoming) => onCommand(env, creation, myWork, turn, incoming),
    routes: {
      cardActions,
      fileConsent: {
        accept: (turn, response) => journal.onFileAccepted(turn, response),
        decline: async (turn) => {
          await turn.send(env.uiOf(turn).t.journal.declined);
        },
      },
    },
  };
}

/**
 * The scheduler's presenter: reminder cards, with the task owner @mentioned. They are posted in the
 * shared conversation, so they follow the language of the thread's creator, like the shared card.
 */
export function createCoordinationReminderPresenter(
  cardTemplates: CardTemplates,
  roles: RoleDirectory,
  texts: (language: Language) => Texts = textsFor,
): ReminderPresenter {
  return (reminder, thread) => {
    const language = thread.language ?? 'da';
    return presentReminder(cardTemplates, reminder, thread, {
      texts: texts(language).coordination,
      roles,
      language,
    });
  };
}

/**
 * The daily digest's presenter: one card per person, each task linked to its thread's message. In
 * Danish: a digest is sent on a schedule, with no turn from the person to tell their Teams language.
 */
export function createCoordinationDigestPresenter(
  cardTemplates: CardTemplates,
  roles: RoleDirectory,
  channels: ChannelDirectory,
  texts: (language: Language) => Texts = textsFor,
): DigestPresenter {
  const ctx = { texts: texts('da').coordination, roles, language: 'da' as const };
  return (digest) =>
    presentDigest(cardTemplates, digest, ctx, (task) => threadLinkOf(task.location, channels));
}
