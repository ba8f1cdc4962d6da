import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createThreadEntity } from '../../../../src/domain/threads/creation';
import type { Actor } from '../../../../src/domain/shared/actor';
import type { CoordinationThread } from '../../../../src/domain/threads/model';
import { createRoleDirectory } from '../../../../src/domain/threads/roles';
import { applyThreadAction, type ThreadAction } from '../../../../src/domain/threads/rules';
import {
  presentReminder,
  renderFormCard,
  renderNoticeCard,
  renderSummaryCard,
  renderThreadCard,
} from '../../../../src/teams/cards/coordination/coordinationCards';
import { ALL_COORDINATION_VERBS } from '../../../../src/teams/cards/coordination/verbs';
import { da } from '../../../../src/teams/texts/da';
import { validateAdaptiveCard } from '../../../helpers/adaptiveCards';
import { createCardTemplates } from '../../../../src/teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

const roles = createRoleDirectory({
  roles: [
    { id: 'laerer', name: 'Lærer' },
    { id: 'ppr-psykolog', name: 'PPR-psykolog' },
    { id: 'sundhedsplejerske', name: 'Sundhedsplejerske' },
  ],
  admins: [],
});
const ctx = { texts: da.coordination, roles };
const NOW = new Date('2026-11-29T10:00:00Z');
const OWNER: Actor = { id: 'aad-owner', teamsUserId: '29:owner', displayName: 'Ole Ejer' };
const P1: Actor = { id: 'aad-p1', teamsUserId: '29:p1', displayName: 'Pia Psykolog' };
const P2: Actor = { id: 'aad-p2' };
const OUT: Actor = { id: 'aad-out', teamsUserId: '29:out', displayName: 'Uden For' };

function baseThread(): CoordinationThread {
  const result = createThreadEntity(
    {
      caseRef: 'BU-2026-0042',
      ageOrGrade: '5 år',
      pathway: 'dagtilbud',
      summary: 'Sprogudvikling og trivsel i børnehaven.',
      legalBasis: 'consent',
      consentScope: 'Sprog og trivsel',
      consentRecipients: 'PPR og dagtilbud',
      ownerRoleId: 'laerer',
      participants: [
        { aadObjectId: 'aad-p1', roleId: 'ppr-psykolog' },
        { aadObjectId: 'aad-p2', roleId: 'sundhedsplejerske' },
      ],
      meetingDate: '2026-12-03',
      meetingTime: '14:30',
      confirmNoNames: false,
    },
    OWNER,
    NOW,
    new Set(roles.roleIds),
  );
  if (result.kind !== 'ok') throw new Error('x');
  return result.thread;
}

function run(thread: CoordinationThread, actor: Actor, action: ThreadAction): CoordinationThread {
  return applyThreadAction(thread, actor, action, NOW, roles.roleIds).thread;
}

function busyThread(): CoordinationThread {
  let thread = run(baseThread(), P1, { type: 'accept' });
  thread = run(thread, OWNER, {
    type: 'addTask',
    title: 'Sprogvurdering',
    ownerId: 'aad-p1',
    due: '2026-12-01',
  });
  thread = run(thread, P1, { type: 'addTask', title: 'Forældresamtale ${evil}' });
  thread = run(thread, P1, { type: 'completeTask', taskId: 't1' });
  thread = run(thread, OWNER, { type: 'addDecision', text: 'PPR observerer i to uger' });
  thread = run(thread, OUT, { type: 'requestJoin', roleId: 'sundhedsplejerske' });
  return thread;
}

function collect(node: unknown, key: string, out: unknown[] = []): unknown[] {
  if (Array.isArray(node)) node.forEach((n) => collect(n, key, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === key) out.push(v);
      collect(v, key, out);
    }
  }
  return out;
}

const VIEWERS: [string, Actor | undefined, boolean][] = [
  ['shared copy', undefined, false],
  ['owner (admin)', OWNER, true],
  ['accepted participant', P1, false],
  ['invited participant', P2, false],
  ['requested', OUT, false],
  ['outsider', { id: 'aad-z' }, false],
];

describe('thread card', () => {
  it('gives the owner two buttons and the other actions in the overflow menu, so the row fits a phone', () => {
    const card = renderThreadCard(cardTemplates, busyThread(), ctx, { viewer: OWNER });
    expect(validateAdaptiveCard(card)).toEqual([]);
    const actions = card.actions as { title: string; mode?: string }[];
    expect(actions.length).toBeGreaterThan(2);
    expect(actions.slice(0, 2).map((a) => [a.title, a.mode])).toEqual([
      [da.coordination.card.actions.addTask, undefined],
      [da.coordination.card.actions.addDecision, undefined],
    ]);
    expect(actions.slice(2).every((a) => a.mode === 'secondary')).toBe(true);
    expect(actions.map((a) => a.title)).toContain(da.coordination.card.actions.close);
  });

  it('keeps each line of a description as its own paragraph, and shows typed formatting as text', () => {
    const thread = { ...baseThread(), summary: 'Højt fravær.\nKonflikter derhjemme.\n- **ikke** en liste' };
    const texts = collect(
      renderThreadCard(cardTemplates, thread, ctx, { viewer: OWNER }),
      'text',
    ) as string[];
    expect(texts).toContain('Højt fravær.\n\nKonflikter derhjemme.\n\n\\- \\*\\*ikke\\*\\* en liste');
  });

  it.each(VIEWERS)('renders a valid card for the %s', (_label, viewer, admin) => {
    const card = renderThreadCard(cardTemplates, busyThread(), ctx, {
      viewer,
      viewerIsAdmin: admin,
      note: 'Bemærk',
    });
    expect(validateAdaptiveCard(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain('BU-2026-0042');
    expect(json).toContain('Bemærk');
    for (const data of collect(card, 'data') as Record<string, unknown>[]) {
      if (!data || typeof data !== 'object' || 'type' in data) continue;
      expect(data).toMatchObject({ threadId: 'BU-2026-0042', version: 7 });
    }
  });

  it('shows each view only the actions it may use', () => {
    const thread = busyThread();
    const verbsFor = (viewer: Actor | undefined, admin = false) =>
      new Set(
        collect(
          renderThreadCard(cardTemplates, thread, ctx, { viewer, viewerIsAdmin: admin }),
          'verb',
        ) as string[],
      );
    const owner = verbsFor(OWNER, true);
    for (const verb of [
      'addTask',
      'completeTask',
      'addDecision',
      'setStatus',
      'setMeeting',
      'close',
      'approveJoin',
      'purge',
    ]) {
      expect(owner).toContain(`coordination.${verb}`);
    }
    const participant = verbsFor(P1);
    expect(participant).toContain('coordination.addTask');
    expect(participant).not.toContain('coordination.close');
    expect(participant).not.toContain('coordination.approveJoin');
    expect(verbsFor(P2)).toEqual(
      new Set(['coordination.accept', 'coordination.decline', 'coordination.refresh']),
    );
    expect(verbsFor(undefined)).toEqual(new Set(['coordination.requestJoin', 'coordination.refresh']));
    expect(verbsFor(OUT)).toEqual(new Set(['coordination.refresh']));
  });

  it('refreshes for participants with a known Teams id (not for a join request), shows roles not names of invitees', () => {
    const card = renderThreadCard(cardTemplates, busyThread(), ctx, {});
    expect((card.refresh as { userIds: string[] }).userIds).toEqual(['29:owner', '29:p1']);
    const text = JSON.stringify(card);
    expect(text).toContain('Sundhedsplejerske · Inviteret');
    expect(text).toContain('PPR-psykolog: Pia Psykolog');
    expect(text).toContain('3. dec. 2026');
    expect(text).toContain('Forældresamtale $ {evil}');
  });

  it('renders a closed thread read-only, and the summary card with outcome, decisions, open tasks and timeline', () => {
    const closed = run(busyThread(), OWNER, { type: 'close', outcome: 'Overgår til almindelig praksis' });
    const ownerView = renderThreadCard(cardTemplates, closed, ctx, { viewer: OWNER });
    expect(validateAdaptiveCard(ownerView)).toEqual([]);
    // Read-only: the only verbs left are reads: the per-user refresh and the lead's journal note.
    expect(collect(ownerView, 'verb')).toEqual(['coordination.refresh', 'coordination.journal']);
    const summary = renderSummaryCard(cardTemplates, closed, ctx);
    expect(validateAdaptiveCard(summary)).toEqual([]);
    const text = JSON.stringify(summary);
    expect(text).toContain('Overgår til almindelig praksis');
    expect(text).toContain('PPR observerer i to uger');
    expect(text).toContain('Forældresamtale');
    expect(text).not.toContain('Sprogvurdering (');
    expect(text).toContain(da.coordination.events.closed);
  });
});

describe('card size', () => {
  it('stays under the Teams card size limit for a long-running thread', () => {
    let thread = run(baseThread(), P1, { type: 'accept' });
    for (let i = 0; i < 150; i++) {
      thread = run(thread, P1, {
        type: 'addTask',
        title: `Opgave nummer ${i} med en lidt længere titel`,
        due: '2026-12-01',
      });
      if (i % 2 === 0) thread = run(thread, P1, { type: 'completeTask', taskId: `t${i + 1}` });
      thread = run(thread, OWNER, { type: 'addDecision', text: `Beslutning ${i}: ${'tekst '.repeat(60)}` });
    }
    const card = renderThreadCard(cardTemplates, thread, ctx, { viewer: OWNER, viewerIsAdmin: true });
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28_000);
    expect(JSON.stringify(card)).toContain(da.coordination.card.hiddenItems(300 - 20 - 8));
  });
});

describe('form card', () => {
  it('renders empty, prefilled, with an error and with the name confirmation, all valid', () => {
    const channels = [
      {
        id: 'nord',
        name: 'Områdeteam Nord',
        kind: 'areaTeam' as const,
        teamId: 't',
        channelId: '19:a@thread.tacv2',
        serviceUrl: 'https://x/',
        usedFor: ['coordination' as const],
      },
    ];
    const variants = [
      renderFormCard(cardTemplates, ctx, { caseRef: 'BU-2026-0001', channels: [] }),
      renderFormCard(cardTemplates, ctx, {
        caseRef: 'BU-2026-0002',
        channels,
        people: [{ title: 'Kollega', value: 'aad-k' }],
        values: {
          pathway: 'skole',
          ageOrGrade: '4. klasse',
          summary: 'Fravær',
          participants: [{ roleId: 'laerer', userId: 'aad-k' }],
        },
        error: 'Fejl',
        askNameConfirmation: true,
      }),
    ];
    for (const card of variants) expect(validateAdaptiveCard(card)).toEqual([]);
    const text = JSON.stringify(variants[1]);
    expect(text).toContain('confirmNoNames');
    expect(text).toContain('Områdeteam Nord');
    expect(text).toContain('graph.microsoft.com/users');
    expect(JSON.stringify(variants[0])).not.toContain('confirmNoNames');
  });
});

describe('notices and reminders', () => {
  it('renders valid notice and reminder cards and mentions the task owner by name, never by role or task', () => {
    expect(validateAdaptiveCard(renderNoticeCard(cardTemplates, 'Titel', 'Tekst'))).toEqual([]);
    const thread = busyThread();
    const message = presentReminder(
      cardTemplates,
      {
        id: 'x',
        threadId: thread.id,
        kind: 'task',
        targetId: 't2',
        targetWhen: '2026-12-01',
        dueAt: '',
        state: 'pending',
        attempts: 0,
      },
      run(thread, OWNER, { type: 'assignTask', taskId: 't2', ownerId: 'aad-p1' }),
      ctx,
    );
    expect(validateAdaptiveCard(message.card)).toEqual([]);
    expect(message.mentions).toEqual([{ id: '29:p1', name: 'Pia Psykolog' }]);
    expect(JSON.stringify(message)).not.toContain('PPR-psykolog');
    expect(JSON.stringify(message)).not.toContain(thread.tasks.find((task) => task.id === 't2')?.title);
  });
});

describe('templates', () => {
  it('use only known verbs', () => {
    const dir = join(__dirname, '../../../../src/teams/cards/coordination');
    for (const file of ['threadCard.json', 'formCard.json', 'summaryCard.json', 'noticeCard.json']) {
      const verbs = collect(JSON.parse(readFileSync(join(dir, file), 'utf8')), 'verb') as string[];
      for (const verb of verbs) expect(ALL_COORDINATION_VERBS).toContain(verb);
    }
  });
});
