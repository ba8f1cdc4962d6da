import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createDraft,
  editPublished,
  MAX_BODY_BYTES,
  publishOrSchedule,
  retract,
  validatePostContent,
  type Acknowledgement,
  type KnowledgePost,
} from '../../../../src/domain/updates';
import {
  renderComposeCard,
  renderExportCard,
  renderListCard,
  renderNoticeCard,
  renderPostCard,
  renderWithdrawnCard,
  renderDeliveryReportCard,
  EXPORT_ROWS_PER_PAGE,
} from '../../../../src/teams/cards/updates/updatesCards';
import { ALL_UPDATES_VERBS, UPDATES_VERBS } from '../../../../src/teams/cards/updates/verbs';
import { da } from '../../../../src/teams/texts/da';
import { validateAdaptiveCard } from '../../../helpers/adaptiveCards';
import { AUTHOR_OID, testAudiences, validInput } from '../../domain/updates/fixtures';
import { createCardTemplates } from '../../../../src/teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

const NOW = new Date('2026-03-02T09:00:00Z');
const audiences = testAudiences();
const ctx = { texts: da.updates, audiences };

function makeDraft(overrides: Record<string, unknown> = {}): KnowledgePost {
  return createDraft(
    'u1',
    {
      id: AUTHOR_OID,
      teamsUserId: '29:author',
      role: 'skoleleder',
      roleLabel: 'Skoleleder',
      unit: 'Eksempelskolen',
    },
    validatePostContent(validInput(overrides), { audiences, now: NOW }),
    NOW,
  );
}

const acks: Acknowledgement[] = Array.from({ length: 45 }, (_, i) => ({
  postId: 'u1',
  userId: `user-${i}`,
  name: `Medarbejder ${i}`,
  acknowledgedAt: '2026-03-02T10:00:00Z',
  postVersion: 2,
}));

function expectValid(card: unknown): void {
  expect(validateAdaptiveCard(card)).toEqual([]);
}

function textOf(card: unknown): string {
  return JSON.stringify(card);
}

describe('knowledge update cards', () => {
  const draft = makeDraft({ sendAt: '2026-03-03T07:30:00+01:00' });
  const published = publishOrSchedule(makeDraft(), 1, NOW);
  const report = {
    postId: 'u1',
    total: 2,
    delivered: ['kanal-1'],
    failed: [{ audienceId: 'kanal-2', name: 'Kanal 2', reason: 'http-403' }],
    unconfirmed: [],
    pending: [],
    retries: 0,
    throttled: 0,
  };

  it('renders the compose form: new, draft with values and error, published edit', () => {
    const fresh = renderComposeCard(cardTemplates, ctx, {});
    expectValid(fresh);
    expect(textOf(fresh)).toContain('"style":"expanded"');
    const many = renderComposeCard(cardTemplates, { texts: da.updates, audiences: testAudiences(40) }, {});
    expectValid(many);
    expect(textOf(many)).toContain('"style":"compact"');
    expect(textOf(fresh)).toContain('Leg og læring');
    expect(textOf(fresh)).toContain('Kanal 3');
    const withDraft = renderComposeCard(cardTemplates, ctx, {
      post: draft,
      error: da.updates.errors.EMPTY_TITLE,
    });
    expectValid(withDraft);
    expect(textOf(withDraft)).toContain('"value":"2026-03-03"');
    expect(textOf(withDraft)).toContain('"value":"07:30"');
    expect(textOf(withDraft)).toContain('Skriv en overskrift');
    const edit = renderComposeCard(cardTemplates, ctx, { post: published });
    expectValid(edit);
    expect(textOf(edit)).not.toContain('"id":"audienceIds"');
    expect(textOf(edit)).toContain(UPDATES_VERBS.saveEdit);
    expect(textOf(edit)).not.toContain(UPDATES_VERBS.publish);
  });

  it('renders the shared channel card with count, ack button and the author refresh', () => {
    const card = renderPostCard(cardTemplates, ctx, published, { mode: 'channel', ackCount: 3 });
    expectValid(card);
    expect(textOf(card)).toContain('3 har markeret');
    expect(textOf(card)).toContain(UPDATES_VERBS.ack);
    expect(card.refresh).toEqual(expect.objectContaining({ userIds: ['29:author'] }));
    expect(textOf(card)).not.toContain('Medarbejder');
  });

  it('renders the reader card before and after acknowledging', () => {
    const before = renderPostCard(cardTemplates, ctx, published, { mode: 'reader', ackCount: 0 });
    expectValid(before);
    expect(textOf(before)).toContain(UPDATES_VERBS.ack);
    const after = renderPostCard(cardTemplates, ctx, published, {
      mode: 'reader',
      ackCount: 1,
      myAcknowledgement: acks[0],
    });
    expectValid(after);
    expect(textOf(after)).toContain('Du markerede');
    expect(textOf(after)).not.toContain(UPDATES_VERBS.ack);
  });

  it('renders the author card with delivery problems, at most 40 names and the actions', () => {
    const card = renderPostCard(cardTemplates, ctx, published, {
      mode: 'author',
      ackCount: 45,
      acknowledgements: acks,
      delivery: report,
    });
    expectValid(card);
    const text = textOf(card);
    expect(text).toContain('Medarbejder 39');
    expect(text).not.toContain('Medarbejder 40');
    expect(text).toContain('og 5 mere');
    expect(text).toContain('Kunne ikke leveres til: Kanal 2');
    for (const verb of [UPDATES_VERBS.export, UPDATES_VERBS.open, UPDATES_VERBS.retract])
      expect(text).toContain(verb);
    const edited = editPublished(
      published,
      published.version,
      validatePostContent(validInput(), { audiences, now: NOW }),
      NOW,
    );
    expectValid(
      renderPostCard(cardTemplates, ctx, edited, {
        mode: 'author',
        ackCount: 0,
        acknowledgements: [],
        note: 'Gemt',
      }),
    );
    expect(text).not.toContain(UPDATES_VERBS.resend);
    const uncertain = renderPostCard(cardTemplates, ctx, published, {
      mode: 'author',
      ackCount: 0,
      acknowledgements: [],
      delivery: { ...report, failed: [], unconfirmed: ['kanal-2'] },
    });
    expectValid(uncertain);
    expect(textOf(uncertain)).toContain('Uvist om levering');
    expect(textOf(uncertain)).toContain(UPDATES_VERBS.resend);
    const retracted = retract(published, published.version, NOW);
    const retractedView = renderPostCard(cardTemplates, ctx, retracted, {
      mode: 'author',
      ackCount: 0,
      acknowledgements: [],
    });
    expectValid(retractedView);
    expect(textOf(retractedView)).not.toContain(UPDATES_VERBS.retract);
  });

  it('renders the preview with publish, edit and delete', () => {
    const card = renderPostCard(cardTemplates, ctx, draft, { mode: 'preview', ackCount: 0 });
    expectValid(card);
    const text = textOf(card);
    expect(text).toContain('Forhåndsvisning');
    expect(text).toContain('Planlagt til udsendelse 3. marts 2026 kl. 07.30');
    expect(text).not.toContain(UPDATES_VERBS.ack);
    for (const verb of [UPDATES_VERBS.publish, UPDATES_VERBS.open, UPDATES_VERBS.delete])
      expect(text).toContain(verb);
  });

  it('renders the delivery report for the author', () => {
    const withFailure = renderDeliveryReportCard(cardTemplates, ctx, published, report);
    expectValid(withFailure);
    expect(textOf(withFailure)).toContain('Kunne ikke leveres til: Kanal 2');
    const allGood = renderDeliveryReportCard(cardTemplates, ctx, published, {
      ...report,
      delivered: ['kanal-1', 'kanal-2'],
      failed: [],
    });
    expectValid(allGood);
    expect(textOf(allGood)).toContain('leveret i alle 2 kanaler');
    expect(textOf(allGood)).toContain(UPDATES_VERBS.refresh);
  });

  it('renders the withdrawn, list, notice and export cards', () => {
    expectValid(renderWithdrawnCard(cardTemplates, ctx, retract(published, published.version, NOW)));
    expectValid(renderListCard(cardTemplates, ctx, []));
    const list = renderListCard(cardTemplates, ctx, [draft, published], 'Gemt');
    expectValid(list);
    expect(textOf(list)).toContain('Kladde');
    expectValid(renderNoticeCard(cardTemplates, 'Overskrift', 'Tekst'));
    expectValid(
      renderNoticeCard(cardTemplates, 'Sikker?', 'Tekst', [
        { title: 'Ja', verb: UPDATES_VERBS.retractConfirm, style: 'destructive', postId: 'u1', version: 2 },
      ]),
    );
    const rows = Array.from(
      { length: EXPORT_ROWS_PER_PAGE + 10 },
      (_, i) => `Navn ${i},x@y.dk,2026-03-02 10:00:00,2`,
    );
    const csv = ['Navn,Bruger,Tidspunkt,Version', ...rows].join('\r\n');
    const first = renderExportCard(cardTemplates, ctx, published, csv, rows.length, 1);
    expectValid(first);
    expect(textOf(first)).toContain('Side 1 af 2');
    expect(textOf(first)).toContain('"page":2');
    const second = renderExportCard(cardTemplates, ctx, published, csv, rows.length, 2);
    expectValid(second);
    expect(textOf(second)).toContain('Navn 159');
    expect(textOf(second)).not.toContain('Navn 0,');
  });

  it('keeps user text from being read as template syntax', () => {
    const tricky = publishOrSchedule(
      makeDraft({ title: 'Pris ${price}', bodyMarkdown: 'Se ${root.x}' }),
      1,
      NOW,
    );
    const card = renderPostCard(cardTemplates, ctx, tricky, { mode: 'channel', ackCount: 0 });
    expectValid(card);
    expect(textOf(card)).toContain('Pris $ {price}');
  });

  it('shows the body and title through the one sanitiser: no HTML, scripts or non-https links', () => {
    const hostile = publishOrSchedule(
      makeDraft({
        title: 'Nyt <b>skema</b><script>alert(1)</script>',
        bodyMarkdown:
          '**Vigtigt**: <img src=x onerror=alert(1)>brug [skemaet](javascript:alert(1)) eller ' +
          '[det gamle](http://intra.example/skema) - se [Herning](https://www.herning.dk/).',
      }),
      1,
      NOW,
    );
    for (const mode of ['channel', 'reader', 'author', 'preview'] as const) {
      const json = textOf(renderPostCard(cardTemplates, ctx, hostile, { mode, ackCount: 0 }));
      for (const forbidden of ['<script', '<img', '<b>', 'javascript:', 'alert(1)', 'http://intra']) {
        expect(json).not.toContain(forbidden);
      }
      expect(json).toContain('**Vigtigt**');
      expect(json).toContain('[Herning](https://www.herning.dk/)');
    }
    expect(textOf(renderListCard(cardTemplates, ctx, [hostile]))).not.toContain('<script');
    expect(textOf(renderNoticeCard(cardTemplates, hostile.title, 'x'))).not.toContain('<script');
  });

  it('refuses an http link on an update, as its message says', () => {
    expect(() => makeDraft({ link: 'http://www.herning.dk/' })).toThrow(
      expect.objectContaining({ code: 'INVALID_LINK' }),
    );
    expect(() => makeDraft({ link: 'javascript:alert(1)' })).toThrow(
      expect.objectContaining({ code: 'INVALID_LINK' }),
    );
    expect(makeDraft({ link: 'https://www.herning.dk/' }).link).toBe('https://www.herning.dk/');
  });

  it("stays under Teams' message size with the largest allowed body", () => {
    const body = 'ø'.repeat(MAX_BODY_BYTES / 2 - 2);
    const big = publishOrSchedule(makeDraft({ bodyMarkdown: body, title: 'Å'.repeat(150) }), 1, NOW);
    const activity = {
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: renderPostCard(cardTemplates, ctx, big, { mode: 'channel', ackCount: 12345 }),
        },
      ],
    };
    expect(Buffer.byteLength(JSON.stringify(activity), 'utf8')).toBeLessThan(28 * 1024);
    const author = renderPostCard(cardTemplates, ctx, big, {
      mode: 'author',
      ackCount: 45,
      acknowledgements: acks,
      delivery: { ...report, total: 2 },
    });
    expect(Buffer.byteLength(JSON.stringify(author), 'utf8')).toBeLessThan(28 * 1024);
  });

  it('uses only known verbs in its templates', () => {
    const dir = join(__dirname, '../../../../src/teams/cards/updates');
    const rendered = [
      renderComposeCard(cardTemplates, ctx, { post: draft }),
      renderComposeCard(cardTemplates, ctx, { post: published }),
      renderPostCard(cardTemplates, ctx, published, { mode: 'author', ackCount: 0, acknowledgements: [] }),
      renderPostCard(cardTemplates, ctx, draft, { mode: 'preview', ackCount: 0 }),
      renderListCard(cardTemplates, ctx, [draft, published]),
    ];
    const found = new Set<string>();
    for (const card of rendered)
      for (const match of textOf(card).matchAll(/"verb":"([^"]+)"/g)) found.add(match[1]);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/"verb":\s*"([^"$]+)"/g))
        found.add(match[1]);
    }
    expect(found.size).toBeGreaterThan(8);
    for (const verb of found) expect(ALL_UPDATES_VERBS).toContain(verb);
  });
});
