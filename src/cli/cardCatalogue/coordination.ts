/**
 * The coordination cards: the form, every view of a thread (owner, participant, outsider, admin,
 * shared), summaries, notices and reminders, `mine sager`/`mine opgaver` and the daily digest.
 */
import { createThreadEntity } from '../../domain/threads/creation';
import type { Actor } from '../../domain/shared/actor';
import type { CoordinationThread } from '../../domain/threads/model';
import { applyThreadAction, type ThreadAction } from '../../domain/threads/rules';
import { loadChannelDirectory } from '../../infrastructure/configFiles/channelDirectory';
import { loadRoleDirectory } from '../../infrastructure/configFiles/roleDirectory';
import {
  presentReminder,
  renderFormCard,
  renderNoticeCard,
  renderSummaryCard,
  renderThreadCard,
  type CardContext,
} from '../../teams/cards/coordination/coordinationCards';
import { journalMarkdown, renderJournalCard } from '../../teams/cards/coordination/journal';
import { renderSharedThreadCard } from '../../teams/cards/coordination/sharedThreadCard';
import { textsFor } from '../../teams/texts';
import { CATALOGUE_NOW, CONFIG_DIR, type CatalogueCard } from './catalogueCard';
import { NURSE, OUTSIDER, OWNER, PPR } from './coordinationActors';
import { digestCards, myWorkCards } from './coordinationLists';
import { createCardTemplates } from '../../teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

/** A thread as the catalogue shows it: fresh, busy (tasks, decisions, a join request) and closed. */
interface CatalogueThreads {
  readonly fresh: CoordinationThread;
  readonly busy: CoordinationThread;
  readonly closed: CoordinationThread;
  /** Closed straight after creation: a summary with nothing to list. */
  readonly closedEmpty: CoordinationThread;
}

export function coordinationCards(): CatalogueCard[] {
  const roles = loadRoleDirectory(CONFIG_DIR);
  const ctx: CardContext = { texts: textsFor('da').coordination, roles };
  const threads = catalogueThreads(roles.roleIds);
  return [
    ...formCards(ctx),
    ...myWorkCards(ctx, [threads.fresh, threads.busy]),
    ...digestCards(ctx, [threads.fresh, threads.busy]),
    {
      name: 'coordination-journal-note',
      template: 'coordination/journalCard.json',
      renderer: 'renderJournalCard',
      card: renderJournalCard(
        cardTemplates,
        threads.busy,
        ctx,
        journalMarkdown(threads.busy, ctx, new Date('2026-12-10T09:00:00Z')),
      ),
    },
    ...threadViewCards(ctx, threads),
    ...summaryCards(ctx, threads),
    ...noticeCards(ctx, threads.busy),
  ];
}

function catalogueThreads(roleIds: ReadonlySet<string>): CatalogueThreads {
  const created = createThreadEntity(
    {
      caseRef: 'BU-2026-0042',
      ageOrGrade: '8. klasse',
      pathway: 'skole',
      summary:
        'Eleven har højt fravær og fortæller om konflikter derhjemme. Trivslen er faldet siden efterårsferien.',
      legalBasis: 'consent',
      consentScope: 'Skolegang og trivsel',
      consentRecipients: 'PPR, sundhedsplejen og skolen',
      ownerRoleId: 'laerer',
      participants: [
        { aadObjectId: PPR.id!, roleId: 'ppr-psykolog' },
        { aadObjectId: NURSE.id!, roleId: 'sundhedsplejerske' },
      ],
      meetingDate: '2026-12-03',
      meetingTime: '14:30',
      confirmNoNames: false,
    },
    OWNER,
    CATALOGUE_NOW,
    new Set(roleIds),
  );
  if (created.kind !== 'ok') throw new Error(`catalogue thread not created: ${created.kind}`);
  const run = (thread: CoordinationThread, actor: Actor, action: ThreadAction) =>
    applyThreadAction(thread, actor, action, CATALOGUE_NOW, roleIds).thread;
  const fresh = created.thread;
  let busy = run(fresh, PPR, { type: 'accept' });
  busy = run(busy, NURSE, { type: 'decline' });
  busy = run(busy, OWNER, {
    type: 'addTask',
    title: 'Observation i klassen',
    ownerId: PPR.id,
    due: '2026-12-01',
  });
  busy = run(busy, OWNER, { type: 'addTask', title: 'Samtale med forældre om samtykke', due: '2026-12-05' });
  busy = run(busy, PPR, { type: 'addTask', title: 'Tjek fraværsregistrering' });
  busy = run(busy, PPR, { type: 'completeTask', taskId: 't3' });
  busy = run(busy, OWNER, { type: 'addDecision', text: 'PPR observerer i to uger, derefter nyt møde.' });
  busy = run(busy, OWNER, { type: 'setStatus', status: 'inProgress' });
  busy = run(busy, OUTSIDER, { type: 'requestJoin', roleId: 'sundhedsplejerske' });
  const closed = run(busy, OWNER, {
    type: 'close',
    outcome: 'Eleven er i gang med et forløb hos PPR; skolen følger op.',
  });
  const closedEmpty = run(fresh, OWNER, { type: 'close', outcome: 'Ingen videre indsats.' });
  return { fresh, busy, closed, closedEmpty };
}

function formCards(ctx: CardContext): CatalogueCard[] {
  const channels = loadChannelDirectory(CONFIG_DIR).usedFor('coordination');
  const form = (name: string, options: Parameters<typeof renderFormCard>[2]): CatalogueCard => ({
    name,
    template: 'coordination/formCard.json',
    renderer: 'renderFormCard',
    card: renderFormCard(cardTemplates, ctx, options),
  });
  return [
    form('coordination-form-new', {
      caseRef: 'BU-2026-0042',
      channels,
      people: [
        { title: 'Megan Bowen', value: PPR.id! },
        { title: 'Adele Vance', value: NURSE.id! },
      ],
    }),
    form('coordination-form-prefilled-with-error', {
      caseRef: 'BU-2026-0043',
      channels,
      values: {
        ageOrGrade: '8. klasse',
        pathway: 'skole',
        summary: 'Eleven fortæller om vold i hjemmet (stedforælder).',
        legalBasis: 'consent',
        ownerRole: 'laerer',
        participants: [{ roleId: 'raadgiver', email: 'raadgiver@herning.example' }],
      },
      error: ctx.texts.fieldErrors.summary,
    }),
    form('coordination-form-name-warning', {
      caseRef: 'BU-2026-0044',
      channels,
      askNameConfirmation: true,
      values: { summary: 'Mads fra 3.b er ofte ked af det.' },
    }),
  ];
}

/** The thread card for each viewer, and the need-to-know card the whole chat sees. */
function threadViewCards(ctx: CardContext, { fresh, busy, closed }: CatalogueThreads): CatalogueCard[] {
  const texts = ctx.texts;
  const thread = (
    name: string,
    t: CoordinationThread,
    options: Parameters<typeof renderThreadCard>[3],
  ): CatalogueCard => ({
    name,
    template: 'coordination/threadCard.json',
    renderer: 'renderThreadCard',
    card: renderThreadCard(cardTemplates, t, ctx, options),
  });
  const shared = (
    name: string,
    t: CoordinationThread,
    options: Parameters<typeof renderSharedThreadCard>[3],
  ): CatalogueCard => ({
    name,
    template: 'coordination/sharedThreadCard.json',
    renderer: 'renderSharedThreadCard',
    card: renderSharedThreadCard(cardTemplates, t, ctx, options),
  });
  return [
    thread('coordination-thread-owner-review-due-overdue-task', busy, { viewer: OWNER, today: '2027-02-01' }),
    thread(
      'coordination-thread-owner-consent-withdrawn',
      { ...busy, consentWithdrawnAt: '2026-12-04T10:00:00.000Z' },
      { viewer: OWNER },
    ),
    shared('coordination-shared-card', fresh, {}),
    shared('coordination-shared-card-closed', closed, { headline: texts.shared.closedHeadline }),
    shared('coordination-shared-card-refused-outsider', busy, {
      note: texts.shared.noAccess,
      offerJoin: true,
    }),
    shared('coordination-shared-card-refused-declined', busy, {
      note: texts.shared.declined,
      offerAccept: true,
    }),
    thread('coordination-thread-shared-copy', fresh, {}),
    thread('coordination-thread-owner-fresh', fresh, { viewer: OWNER }),
    thread('coordination-thread-owner-busy', busy, { viewer: OWNER }),
    thread('coordination-thread-participant-invited', fresh, { viewer: PPR }),
    thread('coordination-thread-participant-accepted', busy, { viewer: PPR }),
    thread('coordination-thread-participant-declined', busy, { viewer: NURSE }),
    thread('coordination-thread-outsider', fresh, { viewer: OUTSIDER }),
    thread('coordination-thread-outsider-join-requested', busy, { viewer: OUTSIDER }),
    thread('coordination-thread-admin', busy, { viewer: OUTSIDER, viewerIsAdmin: true }),
    thread('coordination-thread-stale-note', busy, { viewer: PPR, note: texts.notes.stale }),
    thread('coordination-thread-closed-owner', closed, { viewer: OWNER }),
    thread('coordination-thread-closed-participant', closed, { viewer: PPR }),
  ];
}

function summaryCards(ctx: CardContext, { closed, closedEmpty }: CatalogueThreads): CatalogueCard[] {
  const summary = (name: string, card: Record<string, unknown>): CatalogueCard => ({
    name,
    template: 'coordination/summaryCard.json',
    renderer: 'renderSummaryCard',
    card,
  });
  return [
    summary('coordination-summary', renderSummaryCard(cardTemplates, closed, ctx)),
    summary(
      'coordination-summary-participant-view',
      renderSummaryCard(cardTemplates, closed, ctx, {
        note: ctx.texts.card.viewNotes.closed,
        refreshUserIds: ['29:owner', '29:ppr'],
      }),
    ),
    summary('coordination-summary-empty', renderSummaryCard(cardTemplates, closedEmpty, ctx)),
  ];
}

/** A plain notice, and the reminders for an overdue task and a coming meeting. */
function noticeCards(ctx: CardContext, busy: CoordinationThread): CatalogueCard[] {
  const reminder = presentReminder(
    cardTemplates,
    {
      id: 'r1',
      threadId: busy.id,
      kind: 'task',
      targetId: 't1',
      targetWhen: '2026-12-01',
      dueAt: '2026-12-01T07:00:00Z',
    } as never,
    busy,
    ctx,
  );
  const meeting = presentReminder(
    cardTemplates,
    {
      id: 'r2',
      threadId: busy.id,
      kind: 'meeting',
      targetId: '2026-12-03T14:30',
      targetWhen: '2026-12-03T14:30',
      dueAt: '2026-12-03T12:30:00Z',
    } as never,
    busy,
    ctx,
  );
  const notice = (name: string, card: unknown): CatalogueCard => ({
    name,
    template: 'coordination/noticeCard.json',
    renderer: 'renderNoticeCard',
    card: card as Record<string, unknown>,
  });
  return [
    notice(
      'coordination-notice-plain',
      renderNoticeCard(
        cardTemplates,
        'Tråden er oprettet',
        'Koordineringstråden BU-2026-0042 er startet i kanalen Områdeteam Nord.',
      ),
    ),
    notice('coordination-notice-reminder-task', reminder.card),
    notice('coordination-notice-reminder-meeting', meeting.card),
  ];
}
