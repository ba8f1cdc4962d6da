import { join } from 'node:path';
import { createSilentLogger } from '../../../../src/infrastructure/logging/pinoLogger';
import { loadPathwayConfig } from '../../../../src/infrastructure/configFiles/pathwayConfig';
import { createPathwayGuidanceService } from '../../../../src/services/pathwayGuidance';
import {
  MAX_PREFILL_SUMMARY,
  PATHWAY_VERBS,
  PREFILL_VERB,
  renderAnswerCard,
  renderIntakeCard,
} from '../../../../src/teams/cards/pathway/pathwayCards';
import answerTemplate from '../../../../src/teams/cards/pathway/answerCard.json';
import intakeTemplate from '../../../../src/teams/cards/pathway/intakeCard.json';
import { textsFor } from '../../../../src/teams/texts';
import { validateAdaptiveCard } from '../../../helpers/adaptiveCards';

const service = createPathwayGuidanceService({
  config: loadPathwayConfig(join(__dirname, '..', '..', '..', '..', 'config')),
  passageFinder: {
    findPassages: () => [
      {
        title: 'Kommuneplan 2021-2032',
        section: 'Børn og Unge > Herningmodellen',
        quote: 'Den rette hjælp på det rette tidspunkt.',
        source: 'kommuneplan.txt',
      },
    ],
  },
  logger: createSilentLogger(),
});
const CHANNEL = { name: 'underretningsportalen', url: 'https://www.herning.dk/underretning' };

function answer(text: string, language: 'da' | 'en' = 'da') {
  const guidance = service.classify(text);
  return renderAnswerCard({
    texts: textsFor(language).pathway,
    language,
    guidance,
    warnings: service.warnings,
    notificationChannel: CHANNEL,
    summary: service.summarize(guidance, language),
  });
}

const json = (card: unknown) => JSON.stringify(card);

function actions(card: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      if (typeof obj.type === 'string' && obj.type.startsWith('Action.')) found.push(obj);
      Object.values(obj).forEach(walk);
    }
  };
  walk(card);
  return found;
}

describe('pathway cards', () => {
  it('renders a valid intake card in Danish and English with the classify verb', () => {
    for (const language of ['da', 'en'] as const) {
      const card = renderIntakeCard(textsFor(language).pathway, language);
      expect(validateAdaptiveCard(card)).toEqual([]);
      expect(actions(card)).toEqual([
        expect.objectContaining({ verb: PATHWAY_VERBS.classify, data: { lang: language } }),
      ]);
    }
    expect(json(renderIntakeCard(textsFor('en').pathway, 'en'))).toContain('What have you seen or heard?');
  });

  it('puts the acute banner first, then the duty-to-notify banner with the official channel link', () => {
    const card = answer('eleven tør ikke gå hjem, far slog hende i går');
    expect(validateAdaptiveCard(card)).toEqual([]);
    const body = card.body as Record<string, unknown>[];
    expect(body[0]).toMatchObject({ type: 'Container', style: 'attention' });
    expect(json(body[0])).toMatch(/112/);
    expect(json(body[0])).toMatch(/114/);
    expect(json(body[0])).toMatch(/socialvagt/);
    expect(body[1]).toMatchObject({ type: 'Container', style: 'warning' });
    expect(json(body[1])).toMatch(/personlig/);
    expect(json(body[1])).toMatch(/forældrene/);
    expect(actions(body[1])).toEqual([
      { type: 'Action.OpenUrl', title: 'Åbn underretningsportalen', url: CHANNEL.url },
    ]);
  });

  it('shows no banner when nothing calls for one', () => {
    const card = answer('drengen på 4 år i børnehaven taler meget lidt');
    expect(validateAdaptiveCard(card)).toEqual([]);
    const body = card.body as Record<string, unknown>[];
    expect(
      body.some((b) => b.type === 'Container' && (b.style === 'attention' || b.style === 'warning')),
    ).toBe(false);
    expect(json(card)).toContain('Herningmodel Dagtilbud');
    expect(json(card)).toContain('taler meget lidt');
    expect(json(card)).toContain('Den rette hjælp på det rette tidspunkt.');
  });

  it('carries only the pseudonymous summary into the coordination prefill', () => {
    const card = answer('Mathias på 7 år i 1. klasse siger at far Jens slår ham');
    const prefill = actions(card).find((a) => a.verb === PREFILL_VERB)!;
    expect(prefill.type).toBe('Action.Execute');
    const data = prefill.data as {
      verb: string;
      prefill: { pathway: string; ageOrGrade: string; summary: string };
    };
    expect(data.verb).toBe(PREFILL_VERB);
    expect(data.prefill.pathway).toBe('social');
    expect(data.prefill.ageOrGrade).toBe('1. klasse, 7 år');
    expect(data.prefill.summary.length).toBeLessThanOrEqual(MAX_PREFILL_SUMMARY);
    expect(json(data)).not.toMatch(/Mathias|Jens|slår/);
  });

  it('uses English texts when asked, and keeps template syntax in user text inert', () => {
    const card = answer('a 10 year old told me that his dad hits him ${secret}', 'en');
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(json(card)).toContain('You have a duty to notify');
    expect(json(card)).toContain('Start coordination thread');
  });

  it('uses every verb in its templates with a known handler', () => {
    const verbs = [json(intakeTemplate), json(answerTemplate)].flatMap((t) =>
      [...t.matchAll(/"verb":\s*"([^"]+)"/g)].map((m) => m[1]),
    );
    expect(verbs.sort()).toEqual(['${prefillVerb}', '${prefillVerb}', '${verb}']);
    expect([PATHWAY_VERBS.classify, PREFILL_VERB]).toEqual(['pathway.classify', 'coordination.prefill']);
  });
});
