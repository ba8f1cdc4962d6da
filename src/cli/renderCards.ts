/**
 * `npm run cards`: every Adaptive Card the bot can send, expanded with realistic (fictitious) data,
 * rendered to a PNG in Chromium under test-output/cards/ for a person to look at.
 *
 * The catalogue below is also what tests/unit/teams/cards/allCards.test.ts validates, so a new card
 * variant only has to be added here once.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Actor, CoordinationThread } from '../domain/threads/model';
import { createThreadEntity } from '../domain/threads/creation';
import { applyThreadAction, type ThreadAction } from '../domain/threads/rules';
import {
  acknowledgementsCsv,
  audiencesFromChannels,
  createDraft,
  editPublished,
  publishOrSchedule,
  retract,
  validatePostContent,
  type Acknowledgement,
  type KnowledgePost,
  type PostContentInput,
} from '../domain/updates';
import { loadChannelDirectory } from '../infrastructure/configFiles/channelDirectory';
import { loadPathwayConfig } from '../infrastructure/configFiles/pathwayConfig';
import { loadRoleDirectory } from '../infrastructure/configFiles/roleDirectory';
import { createSilentLogger } from '../infrastructure/logging/pinoLogger';
import { createPathwayGuidanceService } from '../services/pathwayGuidance';
import {
  presentReminder,
  renderFormCard,
  renderNoticeCard as renderCoordinationNotice,
  renderSummaryCard,
  renderThreadCard,
  type CardContext,
} from '../teams/cards/coordination/coordinationCards';
import { renderSharedThreadCard } from '../teams/cards/coordination/sharedThreadCard';
import { renderMyWorkCard } from '../teams/cards/coordination/myWorkCard';
import { renderDigestCard } from '../teams/cards/coordination/digestCard';
import { journalMarkdown, renderJournalCard } from '../teams/cards/coordination/journal';
import { selectDigests } from '../domain/threads/digest';
import { renderUploadPreviewCard } from '../teams/cards/knowledge/uploadCards';
import { myWorkIn } from '../domain/threads/myWork';
import { renderAnswerCard, renderIntakeCard } from '../teams/cards/pathway/pathwayCards';
import {
  renderFeedbackCard,
  renderFeedbackThanksCard,
  renderPassageCard,
} from '../teams/cards/policy/policyCards';
import {
  renderComposeCard,
  renderExportCard,
  renderListCard,
  renderNoticeCard as renderUpdatesNotice,
  renderPostCard,
  renderWithdrawnCard,
} from '../teams/cards/updates/updatesCards';
import * as updatesCardModule from '../teams/cards/updates/updatesCards';
import { UPDATES_VERBS } from '../teams/cards/updates/verbs';
import { textsFor } from '../teams/texts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { questionCards } from './questionCardsCatalogue';
import type { Language } from '../domain/shared/language';

const ROOT = resolve(__dirname, '..', '..');
const CONFIG_DIR = join(ROOT, 'config');

export interface CatalogueCard {
  /** File-name friendly, unique: `<capability>-<card>-<variant>`. */
  readonly name: string;
  /** The template file the card comes from (src/teams/cards/<capability>/<file>.json). */
  readonly template: string;
  /** The render function that produced it. */
  readonly renderer: string;
  readonly card: Record<string, unknown>;
}

const NOW = new Date('2026-11-24T09:15:00Z');
const da = textsFor('da');
const en = textsFor('en');

// ---------------------------------------------------------------- policy
function policyCards(): CatalogueCard[] {
  const citation = {
    title: 'Børne- og ungepolitik 2024',
    section: 'Børne- og ungepolitik 2024 > Temaer > Leg og læring',
    quote:
      'Alle børn og unge skal have mulighed for at lære gennem leg og deltage i fællesskaber, hvor de bliver udfordret og oplever, at de lykkes.',
    source: 'https://www.herning.dk/politikker/boerne-og-ungepolitik',
  };
  const file = { ...citation, source: 'knowledge/herningmodellen.md' };
  return [
    {
      name: 'policy-passage-web-source',
      template: 'policy/passageCard.json',
      renderer: 'renderPassageCard',
      card: renderPassageCard(citation, da.policy),
    },
    {
      name: 'policy-passage-file-source',
      template: 'policy/passageCard.json',
      renderer: 'renderPassageCard',
      card: renderPassageCard(file, da.policy),
    },
    {
      name: 'policy-passage-english',
      template: 'policy/passageCard.json',
      renderer: 'renderPassageCard',
      card: renderPassageCard(citation, en.policy),
    },
    {
      name: 'policy-feedback',
      template: 'policy/feedbackCard.json',
      renderer: 'renderFeedbackCard',
      card: renderFeedbackCard(da.policy),
    },
    {
      name: 'policy-feedback-english',
      template: 'policy/feedbackCard.json',
      renderer: 'renderFeedbackCard',
      card: renderFeedbackCard(en.policy),
    },
    {
      name: 'policy-feedback-thanks',
      template: 'policy/feedbackThanksCard.json',
      renderer: 'renderFeedbackThanksCard',
      card: renderFeedbackThanksCard(da.policy.feedback.thanks),
    },
    {
      name: 'policy-feedback-not-stored',
      template: 'policy/feedbackThanksCard.json',
      renderer: 'renderFeedbackThanksCard',
      card: renderFeedbackThanksCard(da.policy.feedback.notStored),
    },
  ];
}

// ---------------------------------------------------------------- pathway
function pathwayCards(): CatalogueCard[] {
  const service = createPathwayGuidanceService({
    config: loadPathwayConfig(CONFIG_DIR),
    passageFinder: {
      findPassages: () => [
        {
          title: 'Herningmodellen Børn og Unge',
          section: 'Herningmodellen > Herningmodel Skole',
          quote:
            'Lærere og pædagoger sparrer tidligt med PPR og socialrådgiver om elever, de er bekymrede for.',
          source: 'https://www.herning.dk/herningmodellen',
        },
        {
          title: 'Barnets Lov',
          section: '§ 133 Skærpet underretningspligt',
          quote:
            'Fagpersoner skal underrette kommunen, hvis de får kendskab til, at et barn kan have behov for særlig støtte.',
          source: 'https://www.retsinformation.dk/',
        },
      ],
    },
    logger: createSilentLogger(),
  });
  const channel = {
    name: 'Herning Kommunes digitale underretning',
    url: 'https://www.herning.dk/underretning',
  };
  const answer = (text: string, language: Language) => {
    const guidance = service.classify(text);
    return renderAnswerCard({
      texts: textsFor(language).pathway,
      language,
      guidance,
      warnings: service.warnings,
      notificationChannel: channel,
      summary: service.summarize(guidance, language),
      description: text,
      triageQuestions: service.triageQuestions,
    });
  };
  const a = (name: string, text: string, language: Language = 'da'): CatalogueCard => ({
    name,
    template: 'pathway/answerCard.json',
    renderer: 'renderAnswerCard',
    card: answer(text, language),
  });
  return [
    {
      name: 'pathway-intake',
      template: 'pathway/intakeCard.json',
      renderer: 'renderIntakeCard',
      card: renderIntakeCard(da.pathway, 'da'),
    },
    {
      name: 'pathway-intake-english',
      template: 'pathway/intakeCard.json',
      renderer: 'renderIntakeCard',
      card: renderIntakeCard(en.pathway, 'en'),
    },
    a('pathway-answer-no-banner', 'drengen på 4 år i børnehaven taler meget lidt og leger mest alene'),
    a('pathway-answer-notify-banner', 'en elev i 8. klasse fortæller at hendes stedfar slår hende'),
    a(
      'pathway-answer-acute-and-notify',
      'en pige på 14 år fortæller at hun ikke tør gå hjem i dag, fordi far har truet med at slå hende ihjel',
    ),
    expanded(
      a(
        'pathway-answer-acute-and-notify-expanded',
        'en pige på 14 år fortæller at hun ikke tør gå hjem i dag, fordi far har truet med at slå hende ihjel',
      ),
    ),
    expanded(
      a(
        'pathway-answer-notify-banner-expanded',
        'en elev i 8. klasse fortæller at hendes stedfar slår hende',
      ),
    ),
    a(
      'pathway-answer-skolestart',
      'pigen skal starte i børnehaveklassen efter sommerferien og har svært ved at sidde stille',
    ),
    a('pathway-answer-triage', 'pigen på 9 år har en bule i panden og siger ikke så meget i dag'),
    a('pathway-answer-standing-duty', 'familien har mistet deres bolig og drengen på 7 er træt i timerne'),
    a(
      'pathway-answer-english-notify',
      'a 9-year-old boy in 3rd grade says his mother hits him when she is drunk',
      'en',
    ),
  ];
}

/** The card as it looks after every "show more" (Action.ToggleVisibility) has been tapped. */
function expanded(entry: CatalogueCard): CatalogueCard {
  const show = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(show);
    if (!node || typeof node !== 'object') return node;
    const copy = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, show(v)]));
    if (copy.isVisible === false) delete copy.isVisible;
    return copy;
  };
  return { ...entry, card: show(entry.card) as Record<string, unknown> };
}

// ---------------------------------------------------------------- coordination
const OWNER: Actor = {
  aadObjectId: '5b1e9c2a-1d3f-4a5b-8c7d-0e1f2a3b4c01',
  teamsUserId: '29:owner',
  displayName: 'Mette Holm',
};
const PPR: Actor = {
  aadObjectId: '5b1e9c2a-1d3f-4a5b-8c7d-0e1f2a3b4c02',
  teamsUserId: '29:ppr',
  displayName: 'PPR-psykolog',
};
const NURSE: Actor = { aadObjectId: '5b1e9c2a-1d3f-4a5b-8c7d-0e1f2a3b4c03', teamsUserId: '29:nurse' };
const OUTSIDER: Actor = {
  aadObjectId: '5b1e9c2a-1d3f-4a5b-8c7d-0e1f2a3b4c09',
  teamsUserId: '29:out',
  displayName: 'Anne Lund',
};

/** `mine sager` and `mine opgaver` for the psychologist: a first page, and an empty list. */
function myWorkCards(ctx: CardContext, threads: readonly CoordinationThread[]): CatalogueCard[] {
  const many = Array.from({ length: 12 }, (_, i) =>
    threads.map((thread) => ({
      ...thread,
      id: `BU-2026-${String(100 + i)}${thread.id.slice(-1)}`,
      caseRef: `BU-2026-${String(100 + i)}${thread.id.slice(-1)}`,
    })),
  ).flat();
  const work = myWorkIn(many, PPR, '2026-12-02');
  const linkOf = () => 'https://teams.microsoft.com/l/message/19%3Anord%40thread.tacv2/1700000000000';
  const card = (name: string, options: Parameters<typeof renderMyWorkCard>[2], w = work): CatalogueCard => ({
    name,
    template: 'coordination/myWorkCard.json',
    renderer: 'renderMyWorkCard',
    card: renderMyWorkCard(w, ctx, options),
  });
  return [
    card('coordination-my-cases', { list: 'cases', page: 0, linkOf }),
    card('coordination-my-tasks-page-2', { list: 'tasks', page: 1, linkOf }),
    card('coordination-my-cases-empty', { list: 'cases', page: 0, linkOf }, { threads: [], tasks: [] }),
  ];
}

/** The daily digest of one participant: overdue tasks first, then those due soon, each linked. */
function digestCards(ctx: CardContext, threads: readonly CoordinationThread[]): CatalogueCard[] {
  const located = threads.map((thread, i) => ({
    ...thread,
    location: thread.location ?? {
      kind: 'chat' as const,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      conversationId: `19:chat${i}@thread.v2`,
      activityId: `17000000000${i}`,
    },
  }));
  const { digests } = selectDigests(located, '2026-12-10', 6);
  const linkOf = () => 'https://teams.microsoft.com/l/message/19%3Achat0%40thread.v2/170000000000';
  return digests.slice(0, 1).map((digest) => ({
    name: 'coordination-daily-digest',
    template: 'coordination/digestCard.json',
    renderer: 'renderDigestCard',
    card: renderDigestCard(digest, ctx, linkOf),
  }));
}

function coordinationCards(): CatalogueCard[] {
  const roles = loadRoleDirectory(CONFIG_DIR);
  const ctx: CardContext = { texts: da.coordination, roles };
  const channels = loadChannelDirectory(CONFIG_DIR).usedFor('coordination');
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
        { aadObjectId: PPR.aadObjectId!, roleId: 'ppr-psykolog' },
        { aadObjectId: NURSE.aadObjectId!, roleId: 'sundhedsplejerske' },
      ],
      meetingDate: '2026-12-03',
      meetingTime: '14:30',
      confirmNoNames: false,
    },
    OWNER,
    NOW,
    new Set(roles.roleIds),
  );
  if (created.kind !== 'ok') throw new Error(`catalogue thread not created: ${created.kind}`);
  const run = (thread: CoordinationThread, actor: Actor, action: ThreadAction) =>
    applyThreadAction(thread, actor, action, NOW, roles.roleIds).thread;
  const fresh = created.thread;
  let busy = run(fresh, PPR, { type: 'accept' });
  busy = run(busy, NURSE, { type: 'decline' });
  busy = run(busy, OWNER, {
    type: 'addTask',
    title: 'Observation i klassen',
    ownerId: PPR.aadObjectId,
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
  const reminder = presentReminder(
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
  const thread = (
    name: string,
    t: CoordinationThread,
    options: Parameters<typeof renderThreadCard>[2],
  ): CatalogueCard => ({
    name,
    template: 'coordination/threadCard.json',
    renderer: 'renderThreadCard',
    card: renderThreadCard(t, ctx, options),
  });
  const shared = (
    name: string,
    t: CoordinationThread,
    options: Parameters<typeof renderSharedThreadCard>[2],
  ): CatalogueCard => ({
    name,
    template: 'coordination/sharedThreadCard.json',
    renderer: 'renderSharedThreadCard',
    card: renderSharedThreadCard(t, ctx, options),
  });
  const notice = (name: string, card: unknown): CatalogueCard => ({
    name,
    template: 'coordination/noticeCard.json',
    renderer: 'renderNoticeCard',
    card: card as Record<string, unknown>,
  });
  return [
    {
      name: 'coordination-form-new',
      template: 'coordination/formCard.json',
      renderer: 'renderFormCard',
      card: renderFormCard(ctx, {
        caseRef: 'BU-2026-0042',
        channels,
        people: [
          { title: 'Megan Bowen', value: PPR.aadObjectId! },
          { title: 'Adele Vance', value: NURSE.aadObjectId! },
        ],
      }),
    },
    {
      name: 'coordination-form-prefilled-with-error',
      template: 'coordination/formCard.json',
      renderer: 'renderFormCard',
      card: renderFormCard(ctx, {
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
        error: da.coordination.fieldErrors.summary,
      }),
    },
    {
      name: 'coordination-form-name-warning',
      template: 'coordination/formCard.json',
      renderer: 'renderFormCard',
      card: renderFormCard(ctx, {
        caseRef: 'BU-2026-0044',
        channels,
        askNameConfirmation: true,
        values: { summary: 'Mads fra 3.b er ofte ked af det.' },
      }),
    },
    ...myWorkCards(ctx, [fresh, busy]),
    ...digestCards(ctx, [fresh, busy]),
    {
      name: 'coordination-journal-note',
      template: 'coordination/journalCard.json',
      renderer: 'renderJournalCard',
      card: renderJournalCard(busy, ctx, journalMarkdown(busy, ctx, new Date('2026-12-10T09:00:00Z'))),
    },
    thread('coordination-thread-owner-review-due-overdue-task', busy, { viewer: OWNER, today: '2027-02-01' }),
    thread(
      'coordination-thread-owner-consent-withdrawn',
      { ...busy, consentWithdrawnAt: '2026-12-04T10:00:00.000Z' },
      { viewer: OWNER },
    ),
    shared('coordination-shared-card', fresh, {}),
    shared('coordination-shared-card-closed', closed, { headline: da.coordination.shared.closedHeadline }),
    shared('coordination-shared-card-refused-outsider', busy, {
      note: da.coordination.shared.noAccess,
      offerJoin: true,
    }),
    shared('coordination-shared-card-refused-declined', busy, {
      note: da.coordination.shared.declined,
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
    thread('coordination-thread-stale-note', busy, { viewer: PPR, note: da.coordination.notes.stale }),
    thread('coordination-thread-closed-owner', closed, { viewer: OWNER }),
    thread('coordination-thread-closed-participant', closed, { viewer: PPR }),
    {
      name: 'coordination-summary',
      template: 'coordination/summaryCard.json',
      renderer: 'renderSummaryCard',
      card: renderSummaryCard(closed, ctx),
    },
    {
      name: 'coordination-summary-participant-view',
      template: 'coordination/summaryCard.json',
      renderer: 'renderSummaryCard',
      card: renderSummaryCard(closed, ctx, {
        note: da.coordination.card.viewNotes.closed,
        refreshUserIds: ['29:owner', '29:ppr'],
      }),
    },
    {
      name: 'coordination-summary-empty',
      template: 'coordination/summaryCard.json',
      renderer: 'renderSummaryCard',
      card: renderSummaryCard(run(fresh, OWNER, { type: 'close', outcome: 'Ingen videre indsats.' }), ctx),
    },
    notice(
      'coordination-notice-plain',
      renderCoordinationNotice(
        'Tråden er oprettet',
        'Koordineringstråden BU-2026-0042 er startet i kanalen Områdeteam Nord.',
      ),
    ),
    notice('coordination-notice-reminder-task', reminder.card),
    notice('coordination-notice-reminder-meeting', meeting.card),
  ];
}

// ---------------------------------------------------------------- knowledge updates
function updatesCards(): CatalogueCard[] {
  const audiences = audiencesFromChannels(loadChannelDirectory(CONFIG_DIR));
  const ctx = { texts: da.updates, audiences };
  const audienceIds = loadChannelDirectory(CONFIG_DIR)
    .usedFor('updates')
    .slice(0, 3)
    .map((c) => c.id)
    .join(',');
  const input = (overrides: Partial<PostContentInput> = {}): PostContentInput => ({
    title: 'Ny praksis for overlevering mellem dagtilbud og skole',
    bodyMarkdown:
      'Fra januar bruger alle dagtilbud og skoler **samme overleveringsskema**.\n\n- Aftal mødet senest i marts\n- Forældrene deltager altid\n- PPR inviteres ved særlige behov',
    tags: 'leg-og-laering,faellesskaber',
    audienceIds,
    link: 'https://www.herning.dk/',
    addToKnowledgeBase: 'true',
    ...overrides,
  });
  const author = {
    id: '7c2d1e0f-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
    teamsUserId: '29:leder',
    role: 'skoleleder' as const,
    roleLabel: 'Skoleleder',
    unit: 'Lind Skole',
  };
  const draft = createDraft('opd-1', author, validatePostContent(input(), { audiences, now: NOW }), NOW);
  const scheduledDraft = createDraft(
    'opd-2',
    author,
    validatePostContent(input({ sendAt: '2026-11-25T07:30:00+01:00' } as never), { audiences, now: NOW }),
    NOW,
  );
  const scheduled = publishOrSchedule(scheduledDraft, scheduledDraft.version, NOW);
  const published = publishOrSchedule(draft, draft.version, NOW);
  const edited = editPublished(
    published,
    published.version,
    validatePostContent(input({ title: 'Ny praksis for overlevering (opdateret)' }), {
      audiences,
      now: NOW,
      checkSendTime: false,
    }),
    new Date(NOW.getTime() + 3_600_000),
  );
  const retracted = retract(edited, edited.version, new Date(NOW.getTime() + 7_200_000));
  const acks: Acknowledgement[] = Array.from({ length: 46 }, (_, i) => ({
    postId: published.id,
    userId: `8d3e2f10-4b5c-4d6e-9f70-8192a3b4c${String(i).padStart(3, '0')}`,
    name: `Medarbejder ${i + 1}`,
    upn: `medarbejder${i + 1}@herning.example`,
    acknowledgedAt: new Date(NOW.getTime() + (i + 1) * 60_000).toISOString(),
    postVersion: published.version,
  }));
  const delivery = {
    postId: published.id,
    total: 3,
    delivered: published.audienceIds.slice(0, 2),
    failed: [{ audienceId: published.audienceIds[2] ?? 'x', name: 'Skoler', reason: 'http-403' }],
    unconfirmed: [],
    pending: [],
    retries: 2,
    throttled: 1,
  };
  const post = (
    name: string,
    p: KnowledgePost,
    view: Parameters<typeof renderPostCard>[2],
  ): CatalogueCard => ({
    name,
    template: 'updates/postCard.json',
    renderer: 'renderPostCard',
    card: renderPostCard(ctx, p, view),
  });
  const csv = acknowledgementsCsv(
    acks,
    { name: 'Navn', upn: 'UPN', time: 'Tidspunkt', version: 'Version' },
    (iso) => iso,
  );
  const compose = (name: string, options: Parameters<typeof renderComposeCard>[1]): CatalogueCard => ({
    name,
    template: 'updates/composeCard.json',
    renderer: 'renderComposeCard',
    card: renderComposeCard(ctx, options),
  });
  const notice = (name: string, card: unknown): CatalogueCard => ({
    name,
    template: 'updates/noticeCard.json',
    renderer: 'renderNoticeCard',
    card: card as Record<string, unknown>,
  });
  return [
    compose('updates-compose-new', {}),
    compose('updates-compose-draft', { post: draft }),
    compose('updates-compose-error', {
      values: { title: '', bodyMarkdown: 'Tekst uden titel' },
      error: 'Skriv en titel.',
    }),
    compose('updates-compose-published-edit', {
      post: published,
      notice: 'Ændringerne sendes til alle kanaler.',
    }),
    post('updates-post-preview-draft', draft, { mode: 'preview', ackCount: 0 }),
    post('updates-post-preview-scheduled', scheduled, { mode: 'preview', ackCount: 0 }),
    post('updates-post-channel', published, { mode: 'channel', ackCount: 12 }),
    post('updates-post-reader-not-acknowledged', published, { mode: 'reader', ackCount: 12 }),
    post('updates-post-reader-acknowledged', published, {
      mode: 'reader',
      ackCount: 13,
      myAcknowledgement: acks[0],
    }),
    post('updates-post-author-with-delivery', published, {
      mode: 'author',
      ackCount: acks.length,
      acknowledgements: acks,
      delivery,
      note: 'Opslaget er sendt.',
    }),
    post('updates-post-author-no-acks', published, { mode: 'author', ackCount: 0, acknowledgements: [] }),
    post('updates-post-edited-channel', edited, { mode: 'channel', ackCount: 3 }),
    post('updates-post-retracted-author', retracted, {
      mode: 'author',
      ackCount: 3,
      acknowledgements: acks.slice(0, 3),
    }),
    {
      name: 'updates-withdrawn',
      template: 'updates/withdrawnCard.json',
      renderer: 'renderWithdrawnCard',
      card: renderWithdrawnCard(ctx, retracted),
    },
    {
      name: 'updates-list',
      template: 'updates/listCard.json',
      renderer: 'renderListCard',
      card: renderListCard(ctx, [draft, scheduled, edited, retracted], 'Kladden er gemt.'),
    },
    {
      name: 'updates-list-empty',
      template: 'updates/listCard.json',
      renderer: 'renderListCard',
      card: renderListCard(ctx, []),
    },
    notice(
      'updates-notice-plain',
      renderUpdatesNotice('Ikke tilladt', 'Kun ledere i listen over afsendere kan sende videndeling.'),
    ),
    notice(
      'updates-notice-with-actions',
      renderUpdatesNotice('Slet kladden?', 'Kladden kan ikke gendannes.', [
        {
          title: 'Slet',
          verb: UPDATES_VERBS.delete,
          style: 'destructive',
          postId: draft.id,
          version: draft.version,
        },
        { title: 'Fortryd', verb: UPDATES_VERBS.list, postId: draft.id, version: draft.version },
      ]),
    ),
    {
      name: 'updates-export-one-page',
      template: 'updates/exportCard.json',
      renderer: 'renderExportCard',
      card: renderExportCard(ctx, published, csv, acks.length, 1),
    },
    {
      name: 'updates-export-paged',
      template: 'updates/exportCard.json',
      renderer: 'renderExportCard',
      card: renderExportCard(ctx, published, acksCsvOf(400, published, csv), 400, 2),
    },
    ...deliveryReportCards(ctx, published, delivery),
  ];
}

/**
 * The author's delivery report (a notice card). Looked up by name so this catalogue keeps compiling
 * while the updates capability evolves; the coverage test fails if an exported renderer is missing here.
 */
function deliveryReportCards(
  ctx: Parameters<typeof renderPostCard>[0],
  post: KnowledgePost,
  failed: Parameters<typeof renderPostCard>[2]['delivery'] & object,
): CatalogueCard[] {
  const render = (updatesCardModule as Record<string, unknown>).renderDeliveryReportCard as
    ((c: typeof ctx, p: KnowledgePost, r: typeof failed) => Record<string, unknown>) | undefined;
  if (!render) return [];
  const allDelivered = { ...failed, delivered: post.audienceIds, failed: [], retries: 0, throttled: 0 };
  return [
    {
      name: 'updates-delivery-report-failures',
      template: 'updates/noticeCard.json',
      renderer: 'renderDeliveryReportCard',
      card: render(ctx, post, failed),
    },
    {
      name: 'updates-delivery-report-all-delivered',
      template: 'updates/noticeCard.json',
      renderer: 'renderDeliveryReportCard',
      card: render(ctx, post, { ...allDelivered, total: post.audienceIds.length }),
    },
  ];
}

function acksCsvOf(count: number, post: KnowledgePost, sample: string): string {
  const [header] = sample.split('\r\n');
  const rows = Array.from(
    { length: count },
    (_, i) =>
      `Medarbejder ${i + 1},m${i + 1}@herning.example,2026-11-24 10:${String(i % 60).padStart(2, '0')},${post.version}`,
  );
  return [header, ...rows].join('\r\n');
}

/** Every card the bot can send, in every variant that changes what is shown. */
export function cardCatalogue(): CatalogueCard[] {
  return [
    ...policyCards(),
    ...pathwayCards(),
    ...coordinationCards(),
    ...updatesCards(),
    ...questionCards(),
    ...knowledgeUploadCards(),
  ];
}

/** A knowledge owner's preview of a document sent to the bot: a new file, and one that replaces another. */
function knowledgeUploadCards(): CatalogueCard[] {
  const t = textsFor('da').knowledgeUpload;
  const view = {
    uploadId: '6f1c2b9e-0d4a-4c53-9a57-2f0e8b1d7c11',
    fileName: 'Retningslinjer for lejrskole.docx',
    title: 'Retningslinjer for lejrskole og ekskursioner',
    sections: 7,
  };
  return [
    {
      name: 'knowledge-upload-preview-new',
      template: 'knowledge/uploadPreviewCard.json',
      renderer: 'renderUploadPreviewCard',
      card: renderUploadPreviewCard(t, { ...view, replaces: false }),
    },
    {
      name: 'knowledge-upload-preview-replaces',
      template: 'knowledge/uploadPreviewCard.json',
      renderer: 'renderUploadPreviewCard',
      card: renderUploadPreviewCard(t, { ...view, replaces: true }),
    },
  ];
}

/** The template files under src/teams/cards (as `<capability>/<file>.json`). */
export function cardTemplates(): string[] {
  const dir = join(ROOT, 'src', 'teams', 'cards');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith('.json'))
        .map((f) => `${d.name}/${f}`),
    )
    .sort();
}

/**
 * Runs in the page: Teams renders TextBlock text as a Markdown subset (bold, italic, links, bulleted
 * and numbered lists, paragraphs separated by a blank line; a single newline is a soft break and is
 * collapsed). The adaptivecards library leaves Markdown to the host, so this stands in for Teams and
 * the screenshots show what a Teams user sees.
 */
const MARKDOWN_SCRIPT = `
window.teamsMarkdown = function (text) {
  function escapeHtml(s) { return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }
  function inline(s) {
    var kept = [];
    s = s.replace(/\\\\([!-\\/:-@[-\x60{-~])/g, function (_m, c) {
      kept.push(c);
      return '\\u0001' + (kept.length - 1) + '\\u0002';
    });
    return escapeHtml(s)
      .replace(/\\*\\*([^*]+)\\*\\*/g, '<strong>$1</strong>')
      .replace(/(^|[^\\w])_([^_]+)_(?=$|[^\\w])/g, '$1<em>$2</em>')
      .replace(/\\[([^\\]]+)\\]\\(([^)\\s]+)\\)/g, '<a href="$2">$1</a>')
      .replace(/\\u0001(\\d+)\\u0002/g, function (_m, i) { return escapeHtml(kept[Number(i)]); });
  }
  var html = [], paragraph = [], list = null;
  function flush() {
    if (paragraph.length) html.push('<p>' + inline(paragraph.join(' ')) + '</p>');
    paragraph = [];
    if (list) html.push('<' + list.tag + '>' + list.items.map(function (i) { return '<li>' + inline(i) + '</li>'; }).join('') + '</' + list.tag + '>');
    list = null;
  }
  text.split('\\n').forEach(function (line) {
    var bullet = /^\\s*[-*+] (.*)$/.exec(line), numbered = /^\\s*\\d+\\. (.*)$/.exec(line);
    if (!line.trim()) { flush(); return; }
    var item = bullet || numbered, tag = bullet ? 'ul' : 'ol';
    if (item) {
      if (paragraph.length || (list && list.tag !== tag)) flush();
      if (!list) list = { tag: tag, items: [] };
      list.items.push(item[1]);
    } else if (list) {
      list.items[list.items.length - 1] += ' ' + line.trim();
    } else {
      paragraph.push(line.trim());
    }
  });
  flush();
  return html.join('');
};`;

/** Runs in the page: parses one card with the UMD bundle and renders it into #card. */
const RENDER_SCRIPT = `
AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
  result.outputHtml = window.teamsMarkdown(text);
  result.didProcess = true;
};
window.renderCard = function (json, width) {
  var card = new AdaptiveCards.AdaptiveCard();
  card.hostConfig = new AdaptiveCards.HostConfig({ fontFamily: 'Segoe UI, system-ui, sans-serif' });
  card.parse(json);
  var element = card.render();
  var host = document.getElementById('card');
  host.style.width = width + 'px';
  host.innerHTML = '';
  if (!element) return null;
  host.appendChild(element);
  var box = host.getBoundingClientRect();
  var right = box.right;
  host.querySelectorAll('*').forEach(function (child) {
    var r = child.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) right = Math.max(right, r.right);
  });
  return {
    height: Math.round(box.height),
    overflowsWidth: right > box.right + 0.5 || host.scrollWidth > host.clientWidth,
  };
};`;

/** Teams' card width on a laptop, then on a phone. 500 px keeps today's file names. */
export const CARD_WIDTHS = [
  { width: 500, suffix: '' },
  { width: 360, suffix: '-360' },
] as const;

export interface RenderedCard {
  readonly name: string;
  readonly file: string;
  readonly width: number;
  readonly height: number;
  /** Some part of the card reaches past its right edge (cut off or scrolled in Teams). */
  readonly overflowsWidth: boolean;
}

/** Renders each card to a PNG per width with the adaptivecards UMD bundle in headless Chromium. */
async function renderAll(outDir: string): Promise<Map<string, RenderedCard[]>> {
  const { chromium } = await import('playwright-core');
  const bundle = readFileSync(
    join(ROOT, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js'),
    'utf8',
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const indexes = new Map<string, RenderedCard[]>();
  try {
    const catalogue = cardCatalogue();
    for (const { width, suffix } of CARD_WIDTHS) {
      const page = await browser.newPage({
        viewport: { width: width + 60, height: 400 },
        deviceScaleFactor: 1,
      });
      // Nothing leaves the machine: images and links in cards are not fetched.
      await page.route('**/*', (route) =>
        route.request().url().startsWith('data:') || route.request().url() === 'about:blank'
          ? route.continue()
          : route.abort(),
      );
      await page.setContent(
        `<!doctype html><html><head><meta charset="utf-8"><style>
          body{margin:0;padding:16px;background:#f5f5f5;font-family:"Segoe UI",system-ui,sans-serif}
          #card{background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.2)}
          #card p{margin:0 0 6px}#card p:last-child{margin-bottom:0}
          #card ul,#card ol{margin:0;padding-left:22px;box-sizing:border-box}
        </style></head><body><div id="card"></div></body></html>`,
      );
      await page.addScriptTag({ content: bundle });
      await page.addScriptTag({ content: MARKDOWN_SCRIPT });
      await page.addScriptTag({ content: RENDER_SCRIPT });
      const index: RenderedCard[] = [];
      for (const entry of catalogue) {
        const measured = (await page.evaluate(`renderCard(${JSON.stringify(entry.card)}, ${width})`)) as {
          height: number;
          overflowsWidth: boolean;
        } | null;
        if (!measured) throw new Error(`${entry.name}: the adaptivecards renderer returned nothing`);
        const file = `${entry.name}${suffix}.png`;
        await page.locator('#card').screenshot({ path: join(outDir, file) });
        index.push({ name: entry.name, file, width, ...measured });
      }
      indexes.set(`index${suffix}.json`, index);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return indexes;
}

if (require.main === module) {
  const outDir = join(ROOT, 'test-output', 'cards');
  mkdirSync(outDir, { recursive: true });
  renderAll(outDir).then(
    (indexes) => {
      let count = 0;
      for (const [file, index] of indexes) {
        writeFileSync(join(outDir, file), `${JSON.stringify(index, null, 2)}\n`);
        count += index.length;
      }
      const overflowing = [...indexes.values()].flat().filter((card) => card.overflowsWidth);
      process.stdout.write(`${count} card images rendered to ${outDir}\n`);
      for (const card of overflowing) {
        process.stdout.write(`wider than ${card.width} px: ${card.file}\n`);
      }
    },
    (error: unknown) => {
      process.stderr.write(`Rendering cards failed: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
