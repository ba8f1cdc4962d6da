/**
 * Every coordination card variant rendered for an English reader: valid Adaptive Card JSON, and no
 * text left from the Danish table (src/teams/texts/da/coordination.ts) where the English table says
 * something else, no Danish role name and no Danish date.
 */
import { join } from 'node:path';
import { createThreadEntity } from '../../../../src/domain/threads/creation';
import type { DigestTask } from '../../../../src/domain/threads/digest';
import type { Actor } from '../../../../src/domain/shared/actor';
import type { CoordinationThread } from '../../../../src/domain/threads/model';
import { myWorkIn } from '../../../../src/domain/threads/myWork';
import { desiredReminders } from '../../../../src/domain/threads/reminders';
import { applyThreadAction, type ThreadAction } from '../../../../src/domain/threads/rules';
import { loadRoleDirectory } from '../../../../src/infrastructure/configFiles/roleDirectory';
import {
  presentReminder,
  renderFormCard,
  renderNoticeCard,
  renderSummaryCard,
  renderThreadCard,
  type CardContext,
} from '../../../../src/teams/cards/coordination/coordinationCards';
import { renderDigestCard } from '../../../../src/teams/cards/coordination/digestCard';
import { journalMarkdown, renderJournalCard } from '../../../../src/teams/cards/coordination/journal';
import { renderMyWorkCard } from '../../../../src/teams/cards/coordination/myWorkCard';
import { renderSharedThreadCard } from '../../../../src/teams/cards/coordination/sharedThreadCard';
import { da } from '../../../../src/teams/texts/da';
import { en } from '../../../../src/teams/texts/en';
import { validateAdaptiveCard } from '../../../helpers/adaptiveCards';
import { createCardTemplates } from '../../../../src/teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

const roles = loadRoleDirectory(join(__dirname, '../../../../config'));
const ctx: CardContext = { texts: en.coordination, roles, language: 'en' };
const NOW = new Date('2026-11-29T10:00:00Z');
const OWNER: Actor = { id: 'aad-owner', teamsUserId: '29:owner', displayName: 'Olivia' };
const P1: Actor = { id: 'aad-p1', teamsUserId: '29:p1', displayName: 'Peter' };
const P2: Actor = { id: 'aad-p2', teamsUserId: '29:p2' };
const P3: Actor = { id: 'aad-p3', teamsUserId: '29:p3' };
const OUT: Actor = { id: 'aad-out', teamsUserId: '29:out', displayName: 'Otto' };

const STRING_MARK = '\u0001';
const NUMBER_MARK = 7777;

/**
 * The fixed wording of every Danish text whose English text differs: plain strings whole, and the
 * literal parts of the texts that take values (called with markers, split at the markers).
 */
function danishOnlyFragments(): string[] {
  const fragments = new Set<string>();
  const parts = (value: unknown): string[] => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') {
      const outputs: string[] = [];
      for (const n of [0, 1, NUMBER_MARK]) {
        const args = Array.from({ length: value.length }, (_, i) =>
          // Texts that take a number name it n, count, open, days, page ...: numbers for those.
          /\b(n|count|open|overdue|days|page|pages)\b/.test(String(value).split('=>')[0].split(',')[i] ?? '')
            ? n
            : STRING_MARK,
        );
        outputs.push(String((value as (...a: unknown[]) => unknown)(...args)));
      }
      return outputs.flatMap((o) => o.split(new RegExp(`${STRING_MARK}|${NUMBER_MARK}`)));
    }
    return [];
  };
  const walk = (danish: unknown, english: unknown): void => {
    if (danish && typeof danish === 'object') {
      for (const key of Object.keys(danish)) walk((danish as never)[key], (english as never)[key]);
      return;
    }
    const englishParts = new Set(parts(english).map((p) => p.trim()));
    for (const part of parts(danish).map((p) => p.trim())) {
      if (part.length >= 5 && !englishParts.has(part)) fragments.add(part);
    }
  };
  walk(da.coordination, en.coordination);
  return [...fragments];
}

const DANISH = danishOnlyFragments();
const DANISH_ROLE_NAMES = roles.roles.filter((r) => r.en && r.en !== r.name).map((r) => r.name);
const DANISH_DATE = /\b\d{1,2}\. (jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\./;

function danishLeftIn(card: unknown): string[] {
  const text = JSON.stringify(card);
  const left = [...DANISH, ...DANISH_ROLE_NAMES].filter((fragment) =>
    text.includes(JSON.stringify(fragment).slice(1, -1)),
  );
  const date = DANISH_DATE.exec(text);
  return date ? [...left, date[0]] : left;
}

function run(thread: CoordinationThread, actor: Actor, action: ThreadAction): CoordinationThread {
  return applyThreadAction(thread, actor, action, NOW, roles.roleIds).thread;
}

function newThread(legalBasis: 'consent' | 'anonymous' = 'consent'): CoordinationThread {
  const result = createThreadEntity(
    {
      caseRef: 'BU-2026-0042',
      ageOrGrade: '5 years',
      pathway: 'dagtilbud',
      summary: 'Language and well-being in kindergarten.',
      legalBasis,
      consentScope: 'Language',
      consentRecipients: 'PPR and daycare',
      ownerRoleId: 'paedagog',
      participants: [
        { aadObjectId: 'aad-p1', teamsUserId: '29:p1', roleId: 'ppr-psykolog' },
        { aadObjectId: 'aad-p2', teamsUserId: '29:p2', roleId: 'sundhedsplejerske' },
        { aadObjectId: 'aad-p3', teamsUserId: '29:p3', roleId: 'dagtilbudsleder' },
      ],
      meetingDate: '2026-12-03',
      meetingTime: '14:30',
      confirmNoNames: false,
      firstTasks: [{ title: 'Language assessment', ownerRoleId: 'ppr-psykolog', dueDays: 2 }],
      language: 'en',
    },
    OWNER,
    NOW,
    roles.roleIds,
  );
  if (result.kind !== 'ok') throw new Error('not created');
  return {
    ...result.thread,
    location: { kind: 'chat', serviceUrl: 'https://smba.example/', conversationId: 'c1', activityId: 'a1' },
  };
}

/** A thread that has seen every kind of event: tasks, decisions, a join request, a lead offer. */
function busyThread(): CoordinationThread {
  let thread = run(newThread(), P1, { type: 'accept' });
  thread = run(thread, P2, { type: 'decline' });
  thread = run(thread, OWNER, {
    type: 'addTask',
    title: 'Parent meeting',
    ownerId: 'aad-p1',
    due: '2026-11-28',
  });
  thread = run(thread, P1, { type: 'completeTask', taskId: 't1' });
  thread = run(thread, OWNER, { type: 'addDecision', text: 'PPR observes for two weeks' });
  thread = run(thread, OUT, { type: 'requestJoin', roleId: 'sundhedsplejerske' });
  thread = run(thread, OWNER, { type: 'proposeLead', aadObjectId: 'aad-p1' });
  return { ...thread, reviewDate: '2026-11-29' };
}

function closedThread(): CoordinationThread {
  return run(busyThread(), OWNER, { type: 'close', outcome: 'Support in place.' });
}

function withdrawnThread(): CoordinationThread {
  return run(run(newThread(), P1, { type: 'accept' }), OWNER, { type: 'withdrawConsent' });
}

const VARIANTS: [string, () => unknown][] = [
  [
    'form with template, suggestions, error and name check',
    () =>
      renderFormCard(cardTemplates, ctx, {
        caseRef: 'BU-2026-0042',
        error: en.coordination.form.nameWarning,
        askNameConfirmation: true,
        channels: [
          {
            id: 'north',
            name: 'Area team North',
            kind: 'areaTeam',
            teamId: 't',
            channelId: '19:n',
            serviceUrl: 'https://smba.example/',
            usedFor: ['coordination'],
          },
        ],
        values: {
          pathway: 'skole',
          participants: [
            { roleId: 'ppr-psykolog', suggested: true },
            { roleId: 'skoleleder', suggested: true },
          ],
        },
        template: {
          pathway: 'skole',
          firstTasks: [
            { title: 'Talk with the pupil', ownerRoleId: 'laerer', dueDays: 7 },
            { title: 'Same day', ownerRoleId: 'laerer', dueDays: 0 },
            { title: 'Next day', ownerRoleId: 'skoleleder', dueDays: 1 },
          ],
        },
      }),
  ],
  ['empty form', () => renderFormCard(cardTemplates, ctx, { caseRef: 'BU-2026-0042', channels: [] })],
  [
    'thread card: lead with review due and lead offer',
    () =>
      renderThreadCard(cardTemplates, busyThread(), ctx, {
        viewer: OWNER,
        viewerIsAdmin: true,
        today: '2026-11-29',
      }),
  ],
  [
    'thread card: participant offered the lead',
    () =>
      renderThreadCard(cardTemplates, busyThread(), ctx, { viewer: P1, note: en.coordination.notes.stale }),
  ],
  ['thread card: invited', () => renderThreadCard(cardTemplates, busyThread(), ctx, { viewer: P3 })],
  ['thread card: declined', () => renderThreadCard(cardTemplates, busyThread(), ctx, { viewer: P2 })],
  ['thread card: requested', () => renderThreadCard(cardTemplates, busyThread(), ctx, { viewer: OUT })],
  [
    'thread card: outsider',
    () => renderThreadCard(cardTemplates, busyThread(), ctx, { viewer: { id: 'aad-z' } }),
  ],
  [
    'thread card: anonymous',
    () => renderThreadCard(cardTemplates, newThread('anonymous'), ctx, { viewer: OWNER }),
  ],
  [
    'thread card: consent withdrawn, lead',
    () => renderThreadCard(cardTemplates, withdrawnThread(), ctx, { viewer: OWNER }),
  ],
  ['thread card: closed', () => renderThreadCard(cardTemplates, closedThread(), ctx, { viewer: OWNER })],
  ['shared card', () => renderSharedThreadCard(cardTemplates, busyThread(), ctx)],
  [
    'shared card: no date',
    () =>
      renderSharedThreadCard(
        cardTemplates,
        { ...newThread(), nextMeeting: undefined, reviewDate: undefined },
        ctx,
      ),
  ],
  [
    'shared card: closed',
    () =>
      renderSharedThreadCard(cardTemplates, closedThread(), ctx, {
        headline: en.coordination.shared.closedHeadline,
      }),
  ],
  [
    'shared card: join offer',
    () =>
      renderSharedThreadCard(cardTemplates, busyThread(), ctx, {
        note: en.coordination.shared.noAccess,
        offerJoin: true,
      }),
  ],
  [
    'shared card: accept offer',
    () =>
      renderSharedThreadCard(cardTemplates, busyThread(), ctx, {
        note: en.coordination.shared.declined,
        offerAccept: true,
      }),
  ],
  [
    'summary card',
    () =>
      renderSummaryCard(cardTemplates, closedThread(), ctx, { note: en.coordination.card.viewNotes.closed }),
  ],
  [
    'notice card',
    () =>
      renderNoticeCard(
        cardTemplates,
        en.coordination.card.title('BU-2026-0042'),
        en.coordination.purged('BU-2026-0042'),
      ),
  ],
  ...desiredReminders(busyThread(), { taskReminderTime: '08:00', meetingLeadHours: 24 }).map(
    (reminder): [string, () => unknown] => [
      `reminder: ${reminder.kind}`,
      () => presentReminder(cardTemplates, reminder, busyThread(), ctx).card,
    ],
  ),
  [
    'daily digest',
    () => {
      const task = (n: number, overdue: boolean): DigestTask => ({
        threadId: 'BU-2026-0042',
        caseRef: 'BU-2026-0042',
        taskId: `t${n}`,
        title: `Task ${n}`,
        due: overdue ? '2026-11-27' : '2026-12-02',
        overdue,
      });
      const digest = {
        aadObjectId: 'aad-p1',
        teamsUserId: '29:p1',
        serviceUrl: 'https://smba.example/',
        overdue: [task(1, true)],
        dueSoon: Array.from({ length: 20 }, (_, i) => task(i + 2, false)),
      };
      return renderDigestCard(cardTemplates, digest, ctx, () => 'https://teams.microsoft.com/l/message/x');
    },
  ],
  [
    'daily digest: one of each',
    () =>
      renderDigestCard(
        cardTemplates,
        {
          aadObjectId: 'aad-p1',
          teamsUserId: '29:p1',
          serviceUrl: 'https://smba.example/',
          overdue: [
            {
              threadId: 'x',
              caseRef: 'BU-2026-0042',
              taskId: 't1',
              title: 'A',
              due: '2026-11-27',
              overdue: true,
            },
          ],
          dueSoon: [
            {
              threadId: 'x',
              caseRef: 'BU-2026-0042',
              taskId: 't2',
              title: 'B',
              due: '2026-12-01',
              overdue: false,
            },
          ],
        },
        ctx,
        () => '',
      ),
  ],
  ...(['cases', 'tasks'] as const).flatMap((list): [string, () => unknown][] => [
    [
      `my ${list}`,
      () =>
        renderMyWorkCard(cardTemplates, myWorkIn([busyThread()], P1, '2026-11-29'), ctx, {
          list,
          page: 0,
          linkOf: () => '',
        }),
    ],
    [
      `my ${list}: none`,
      () =>
        renderMyWorkCard(cardTemplates, { threads: [], tasks: [] }, ctx, { list, page: 0, linkOf: () => '' }),
    ],
  ]),
  [
    'journal card',
    () => renderJournalCard(cardTemplates, closedThread(), ctx, journalMarkdown(closedThread(), ctx, NOW)),
  ],
  [
    'journal of a withdrawn consent',
    () =>
      renderJournalCard(cardTemplates, withdrawnThread(), ctx, journalMarkdown(withdrawnThread(), ctx, NOW)),
  ],
];

describe('coordination cards in English', () => {
  it('has Danish texts to look for, so the check below can fail', () => {
    expect(DANISH.length).toBeGreaterThan(250);
    expect(DANISH).toEqual(
      expect.arrayContaining(['Rolle for deltager', ', frist efter', 'Ingen åbne opgaver.']),
    );
    expect(DANISH).toContain(da.coordination.card.viewNotes.owner);
    expect(DANISH).toContain('Koordineringstråd');
    expect(DANISH_ROLE_NAMES).toContain('Sundhedsplejerske');
    expect(
      danishLeftIn(
        renderThreadCard(cardTemplates, busyThread(), { texts: da.coordination, roles }, { viewer: OWNER }),
      ),
    ).not.toEqual([]);
  });

  it.each(VARIANTS)('%s: valid, and no Danish left', (_name, render) => {
    const card = render();
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(danishLeftIn(card)).toEqual([]);
  });
});
