import { join } from 'node:path';
import { createSilentLogger } from '../../../../src/infrastructure/logging/pinoLogger';
import { loadPathwayConfig } from '../../../../src/infrastructure/configFiles/pathwayConfig';
import { createPathwayClassifier, type PathwayGuidanceConfig } from '../../../../src/domain/pathways';
import { createPathwayGuidanceService } from '../../../../src/services/pathwayGuidance';
import { hostOf } from '../../../../src/services/pathwayGuidance/classifierInThisThread';
import {
  MAX_PREFILL_SUMMARY,
  answerCardView,
  type AnswerCardModel,
} from '../../../../src/teams/cards/pathway/answerCardView';
import { createPathwayCards, renderIntakeCard } from '../../../../src/teams/cards/pathway/pathwayCards';
import { groupReasonsByQuote } from '../../../../src/teams/cards/pathway/reasonGroups';
import { PATHWAY_VERBS, PREFILL_VERB } from '../../../../src/teams/cards/pathway/verbs';
import answerTemplate from '../../../../src/teams/cards/pathway/answerCard.json';
import intakeTemplate from '../../../../src/teams/cards/pathway/intakeCard.json';
import { textsFor } from '../../../../src/teams/texts';
import { validateAdaptiveCard } from '../../../helpers/adaptiveCards';
import { createCardTemplates } from '../../../../src/teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

const pathwayConfig = loadPathwayConfig(join(__dirname, '..', '..', '..', '..', 'config'));
// The cards are rendered from classifications made here, synchronously; the service adds names and citations.
const classifier = createPathwayClassifier(pathwayConfig);
const service = createPathwayGuidanceService({
  config: pathwayConfig,
  classifier: hostOf(classifier),
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

/** The answer card as the bot renders it: cards prepared once for the model's channel. */
const preparedCards = new Map<string, ReturnType<typeof createPathwayCards>>();
function renderAnswerCard(model: AnswerCardModel) {
  const key = JSON.stringify(model.notificationChannel);
  let cards = preparedCards.get(key);
  if (!cards) {
    cards = createPathwayCards({ texts: textsFor, notificationChannel: model.notificationChannel });
    preparedCards.set(key, cards);
  }
  expect(model.texts).toBe(textsFor(model.language).pathway);
  return cards.answer(model);
}

/** The answer card; `asked` renders it as the bot does, carrying the description for triage. */
function answer(text: string, language: 'da' | 'en' = 'da', asked = false) {
  const guidance = service.guidanceFor(classifier.classify(text));
  return renderAnswerCard({
    texts: textsFor(language).pathway,
    language,
    guidance,
    warnings: service.warnings,
    notificationChannel: CHANNEL,
    summary: service.summarize(guidance, language),
    ...(asked ? { description: text, triageQuestions: service.triageQuestions } : {}),
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
      const card = renderIntakeCard(cardTemplates, textsFor(language).pathway, language);
      expect(validateAdaptiveCard(card)).toEqual([]);
      expect(actions(card)).toEqual([
        expect.objectContaining({ verb: PATHWAY_VERBS.classify, data: { lang: language } }),
      ]);
    }
    expect(json(renderIntakeCard(cardTemplates, textsFor('en').pathway, 'en'))).toContain(
      'What have you seen or heard?',
    );
  });

  it('puts what to do now first on an acute card: call 112, notify in writing today (button), tell no parents', () => {
    const card = answer('eleven tør ikke gå hjem, far slog hende i går');
    expect(validateAdaptiveCard(card)).toEqual([]);
    const body = card.body as Record<string, unknown>[];
    expect(body[0]).toMatchObject({ type: 'Container', style: 'attention' });
    const urgent = json(body[0]);
    expect(urgent).toMatch(/Ring 112 nu/);
    expect(urgent).toMatch(/114/);
    expect(urgent).toMatch(/socialvagt/);
    expect(urgent).toMatch(/Underret skriftligt i dag/);
    expect(urgent).toMatch(/Sig intet til forældre/);
    expect(actions(body[0])).toEqual([
      { type: 'Action.OpenUrl', title: 'Åbn underretningsportalen', url: CHANNEL.url, style: 'positive' },
    ]);
    expect(body.filter((b) => b.style === 'warning')).toEqual([]);
  });

  it('gives the duty-to-notify card the same shape, without the 112 line', () => {
    const card = answer('en elev i 8. klasse fortæller at hendes stedfar slår hende');
    const body = card.body as Record<string, unknown>[];
    expect(body[0]).toMatchObject({ type: 'Container', style: 'warning' });
    expect(json(body[0])).toContain('Du har pligt til at underrette');
    expect(json(body[0])).toMatch(/Underret skriftligt i dag[^"]*\\n2\. \*\*Sig intet til forældre/);
    expect(json(body[0])).not.toMatch(/112/);
    expect(actions(body[0])).toEqual([expect.objectContaining({ type: 'Action.OpenUrl', url: CHANNEL.url })]);
  });

  it('keeps reasons, all steps, who to involve, policy quotes and law one tap away, in that order', () => {
    for (const text of [
      'eleven tør ikke gå hjem, far slog hende i går',
      'en elev i 8. klasse fortæller at hendes stedfar slår hende',
    ]) {
      const card = answer(text);
      const body = card.body as Record<string, unknown>[];
      const details = body.find((b) => b.id === 'details')!;
      expect(details).toMatchObject({ type: 'Container', isVisible: false });
      expect(actions(card)).toContainEqual(
        expect.objectContaining({ type: 'Action.ToggleVisibility', targetElements: ['details'] }),
      );
      const hidden = json(details);
      const t = textsFor('da').pathway.answer;
      const order = [t.reasonsHeading, t.stepsHeading, t.involveHeading, t.citationsHeading, t.lawHeading];
      const positions = order.map((heading) => hidden.indexOf(`"text":"${heading}"`));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      // The full warning texts (the duty is personal, ...) are kept, behind the tap.
      expect(hidden).toMatch(/personlig/);
      const visible = json(body.filter((b) => b.id !== 'details'));
      for (const heading of order) expect(visible).not.toContain(`"text":"${heading}"`);
    }
  });

  it('shows each quote of the user once, followed by the signals found in it', () => {
    const text =
      'en pige på 14 år fortæller at hun ikke tør gå hjem i dag, fordi far har truet med at slå hende ihjel';
    const guidance = service.guidanceFor(classifier.classify(text));
    const quoted = guidance.reasons.filter((r) => r.quote === text);
    expect(quoted.length).toBeGreaterThan(1);
    const card = json(answer(text));
    expect(card.split(text).length - 1).toBe(1);
    const line = card.slice(card.indexOf(text));
    for (const reason of quoted) expect(line).toContain(reason.label.da);
  });

  it('groups reasons by quote in the order first met, and keeps ruled-out signals apart by their prefix', () => {
    const label = (da: string) => ({ da, en: da });
    const groups = groupReasonsByQuote(
      [
        { kind: 'acute', label: label('Fare'), quote: 'far truer' },
        { kind: 'context', label: label('Alder'), quote: '14 år' },
        { kind: 'signal', label: label('Vold'), quote: 'far truer ' },
        { kind: 'signal', label: label('Vold'), quote: 'far truer' },
        { kind: 'ruledOut', label: label('Misbrug'), quote: 'ingen alkohol' },
      ],
      'da',
      'Du har udelukket',
    );
    expect(groups).toEqual([
      { quote: 'far truer', signals: ['Fare', 'Vold'] },
      { quote: '14 år', signals: ['Alder'] },
      { quote: 'ingen alkohol', signals: ['Du har udelukket: Misbrug'] },
    ]);
  });

  it("lets no Markdown in the user's words through: a quote shows as typed", () => {
    const card = answer(
      'en elev fortæller at hendes stedfar slår hende **hver dag** <b>altid</b> [se](http://x)',
    );
    const reasons = json(card.body);
    expect(reasons).toContain('slår hende');
    expect(reasons).not.toContain('**hver dag**');
    expect(reasons).not.toContain('<b>');
    expect(reasons).not.toContain('[se](');
    expect(reasons).toContain(
      json('\\*\\*hver dag\\*\\* \\<b\\>altid\\</b\\> \\[se\\](http://x)').slice(1, -1),
    );
  });

  it('shows no banner when nothing calls for one, and then shows everything at once', () => {
    const card = answer('drengen på 4 år i børnehaven taler meget lidt');
    expect(validateAdaptiveCard(card)).toEqual([]);
    const body = card.body as Record<string, unknown>[];
    expect(body.find((b) => b.id === 'details')).toMatchObject({ isVisible: true });
    expect(actions(card).map((a) => a.type)).toEqual(['Action.Execute']);
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
    expect(verbs.sort()).toEqual(['${thread.verb}', '${thread.verb}', '${triage.verb}', '${verb}']);
    expect([PATHWAY_VERBS.classify, PATHWAY_VERBS.triage, PREFILL_VERB]).toEqual([
      'pathway.classify',
      'pathway.triage',
      'coordination.prefill',
    ]);
  });
});

describe('pathway answer card: weak evidence and the standing duty line', () => {
  const withDescription = (text: string) => answer(text, 'da', true);

  it('asks the three triage questions as labelled toggles with one button that carries the description', () => {
    const text = 'pigen på 9 år har en bule i panden og siger ikke så meget i dag';
    const card = withDescription(text);
    expect(validateAdaptiveCard(card)).toEqual([]);
    const toggles = JSON.parse(json(card).replace(/\\"/g, "'")) as unknown;
    const inputs: Record<string, unknown>[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const obj = node as Record<string, unknown>;
        if (obj.type === 'Input.Toggle') inputs.push(obj);
        Object.values(obj).forEach(walk);
      }
    };
    walk(toggles);
    expect(inputs.map((i) => i.id)).toEqual(['dangerNow', 'disclosure', 'unexplainedInjury']);
    expect(inputs.map((i) => i.label)).toEqual([
      'Er barnet i fare lige nu?',
      'Har barnet fortalt om vold eller overgreb?',
      'Har barnet en skade uden en forklaring, der passer?',
    ]);
    expect(inputs.every((i) => i.valueOn === 'yes' && i.value === 'no')).toBe(true);
    expect(actions(card)).toContainEqual(
      expect.objectContaining({ verb: PATHWAY_VERBS.triage, data: { description: text, lang: 'da' } }),
    );
  });

  it('asks nothing when a warning is raised or nothing touches a risk', () => {
    for (const text of ['far slår ham, siger han', 'drengen på 4 år i børnehaven taler meget lidt']) {
      expect(actions(withDescription(text)).some((a) => a.verb === PATHWAY_VERBS.triage)).toBe(false);
    }
  });

  it('keeps one line on the personal duty for a family concern without a warning', () => {
    const card = withDescription('familien har mistet deres bolig og drengen på 7 er træt i timerne');
    expect(json(card)).toContain('pligten til at underrette er personlig');
    expect(json(withDescription('drengen på 4 år i børnehaven taler meget lidt'))).not.toContain(
      'pligten til at underrette er personlig',
    );
  });
});

describe('pathway answer card: a warning from the statistical model', () => {
  const config = loadPathwayConfig(join(__dirname, '..', '..', '..', '..', 'config'));
  const head = { bias: 20, threshold: 0.5, indices: [], values: [] };
  // A model that reads every description as a notify case, so the rules' silence is overruled.
  const eagerConfig: PathwayGuidanceConfig = {
    ...config,
    safetyModel: {
      version: 1,
      kind: 'logistic-regression',
      features: { buckets: 16, wordNgrams: [1, 1], charNgrams: [3, 3] },
      heads: { notify: head, acute: { ...head, bias: -20 } },
      training: {},
    },
  };
  const eagerClassifier = createPathwayClassifier(eagerConfig);
  const eager = createPathwayGuidanceService({
    config: eagerConfig,
    classifier: hostOf(eagerClassifier),
    logger: createSilentLogger(),
  });
  const render = (text: string, language: 'da' | 'en') => {
    const guidance = eager.guidanceFor(eagerClassifier.classify(text));
    return renderAnswerCard({
      texts: textsFor(language).pathway,
      language,
      guidance,
      warnings: eager.warnings,
      notificationChannel: CHANNEL,
      summary: eager.summarize(guidance, language),
      description: text,
      triageQuestions: eager.triageQuestions,
    });
  };

  it('says the warning comes from a pattern match, not a rule, and offers the triage questions', () => {
    const card = render('drengen på 4 år i børnehaven taler meget lidt', 'da');
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(json(card)).toContain('Advarslen kommer fra et mønster i ordene, ikke fra en regel');
    expect(json(card)).toContain('bygger kun på et mønster');
    expect(actions(card).some((a) => a.verb === PATHWAY_VERBS.triage)).toBe(true);
    expect(json(render('the boy (4) in kindergarten says very little', 'en'))).toContain(
      'comes from a pattern in the words, not from a rule',
    );
  });

  it('says nothing of a pattern when only rules raised the warning', () => {
    const card = answer('eleven tør ikke gå hjem, far slog hende i går');
    expect(json(card)).not.toContain('mønster i ordene');
  });
});

describe('pathway answer card: the shared labels written into the template once', () => {
  const DESCRIPTIONS = [
    'en elev i 8. klasse fortæller at hendes stedfar slår hende',
    'drengen på 4 år i børnehaven taler meget lidt',
    'pigen i 3. klasse har meget fravær og virker trist',
    'barnet i vuggestuen på halvandet år bider de andre børn',
    'the girl (12) says her mom drinks and she is scared',
    'a boy in year 3 has a burn from an iron on his arm and says dad did it',
    // Weak evidence: the card asks the triage questions.
    'dreng 6 lus og sår bag ørerne, mor behandlede i går, hele klassen har lus',
    'baby 13 mths small round bruise on thigh, 12-month vaccine yesterday',
  ];

  it('gives the card the template as written gives, in both languages and with either channel', () => {
    let askedTriage = 0;
    const channels = [CHANNEL, { name: 'Digital underretning', url: 'https://example.org/u' }];
    for (const text of DESCRIPTIONS) {
      for (const language of ['da', 'en'] as const) {
        for (const notificationChannel of channels) {
          const guidance = service.guidanceFor(classifier.classify(text));
          const model = {
            texts: textsFor(language).pathway,
            language,
            guidance,
            warnings: service.warnings,
            notificationChannel,
            summary: service.summarize(guidance, language),
            description: text,
            triageQuestions: service.triageQuestions,
            involveRoles: ['ppr', 'sundhedsplejerske'],
          };
          expect(json(renderAnswerCard(model))).toBe(
            json(cardTemplates.expand(answerTemplate, answerCardView(model))),
          );
          if (guidance.triage) askedTriage++;
        }
      }
    }
    expect(askedTriage).toBeGreaterThan(0);
  });
});
