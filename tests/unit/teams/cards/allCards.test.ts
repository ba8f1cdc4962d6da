/**
 * Every Adaptive Card the bot can send (the catalogue behind `npm run cards`), expanded with
 * realistic data, parses and validates with the real `adaptivecards` library with no problems.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPathwayConfig } from '../../../../src/infrastructure/configFiles/pathwayConfig';
import { cardCatalogue, cardTemplates } from '../../../../src/cli/renderCards';
import { validateAdaptiveCard } from '../../../helpers/adaptiveCards';

const CARDS_DIR = join(__dirname, '..', '..', '..', '..', 'src', 'teams', 'cards');
const catalogue = cardCatalogue();

/** Size Teams accepts for one message with a card (about 28 KB); keep a margin. */
const TEAMS_CARD_LIMIT_BYTES = 28 * 1024;

describe('every card the bot can send', () => {
  it.each(catalogue.map((entry) => [entry.name, entry] as const))(
    '%s parses and validates',
    (_name, entry) => {
      expect(validateAdaptiveCard(entry.card)).toEqual([]);
      expect(entry.card.type).toBe('AdaptiveCard');
      expect(Buffer.byteLength(JSON.stringify(entry.card), 'utf8')).toBeLessThan(TEAMS_CARD_LIMIT_BYTES);
    },
  );

  it('has unique names (one PNG per variant)', () => {
    const names = catalogue.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('covers every card template in src/teams/cards', () => {
    const covered = new Set(catalogue.map((entry) => entry.template));
    expect(cardTemplates().filter((template) => !covered.has(template))).toEqual([]);
  });

  it('uses every exported render function of the card modules', async () => {
    const used = new Set(catalogue.map((entry) => entry.renderer));
    const missing: string[] = [];
    for (const folder of readdirSync(CARDS_DIR)) {
      for (const file of readdirSync(join(CARDS_DIR, folder)).filter((f) => f.endsWith('Cards.ts'))) {
        const module = (await import(join(CARDS_DIR, folder, file))) as Record<string, unknown>;
        for (const [name, value] of Object.entries(module)) {
          if (typeof value === 'function' && /^render[A-Z]\w*Card$/.test(name) && !used.has(name)) {
            missing.push(`${folder}/${file}: ${name}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('shows the variants that matter: banners on and off, every thread view, drafts and retracted posts', () => {
    const text = (name: string) => JSON.stringify(catalogue.find((entry) => entry.name === name)?.card);
    const { acute, notify } = loadPathwayConfig(join(__dirname, '..', '..', '..', '..', 'config')).safety
      .levels;
    expect(text('pathway-answer-notify-banner')).toContain(notify.title.da);
    expect(text('pathway-answer-notify-banner')).not.toContain(acute.title.da);
    expect(text('pathway-answer-no-banner')).not.toContain(notify.title.da);
    expect(text('pathway-answer-no-banner')).not.toContain(acute.title.da);
    expect(text('pathway-answer-acute-and-notify')).toContain(acute.title.da);
    expect(text('pathway-answer-acute-and-notify')).toContain(notify.title.da);
    expect(text('pathway-answer-english-notify')).toContain(notify.title.en);
    expect(text('coordination-thread-owner-busy')).not.toEqual(text('coordination-thread-outsider'));
    expect(text('coordination-thread-participant-invited')).not.toEqual(
      text('coordination-thread-owner-fresh'),
    );
    expect(text('updates-post-preview-draft')).not.toEqual(text('updates-post-channel'));
    expect(text('updates-withdrawn')).toBeDefined();
  });

  it('never lets user text become template syntax', () => {
    for (const entry of catalogue) expect(JSON.stringify(entry.card)).not.toMatch(/\$\{/);
  });
});
