import { join } from 'node:path';
import { createPathwayClassifier, type PathwayGuidanceConfig } from '../../src/domain/pathways';
import { loadPathwayConfig } from '../../src/infrastructure/configFiles/pathwayConfig';
import type { ClassifierHost } from '../../src/ports/classifierHost';

export type ClassifierHostFactory = (config: PathwayGuidanceConfig) => Promise<ClassifierHost>;

export const PATHWAY_CONFIG = loadPathwayConfig(join(__dirname, '..', '..', 'config'), { safetyModel: true });

/** Acute, notify, ordinary and benign; Danish and English; a question that is no concern. */
const DESCRIPTIONS = [
  'en elev i 8. klasse fortæller at hendes stedfar slår hende og hun tør ikke gå hjem i aften',
  'drengen på 4 år i børnehaven taler meget lidt og leger mest alene',
  'pigen i 3. klasse har meget fravær og virker trist',
  'the boy (15) took a lot of his mother’s pills last night and is very drowsy now',
  'blå mærker på skinnebenet efter fodboldkampen i går, ingen tegn på vold',
  'barnet i vuggestuen har haft samme ble på hele dagen og har udslæt, ingen flyverdragt i frostvejret',
  'hvad siger politikken om forældresamarbejde?',
];

/**
 * The behaviour every ClassifierHost must have: the same answers as the classifier in this
 * thread, whatever thread it reads in. It only uses the port, never the implementation kind.
 */
export function describeClassifierHostContract(name: string, start: ClassifierHostFactory): void {
  describe(`ClassifierHost contract: ${name}`, () => {
    const reference = createPathwayClassifier(PATHWAY_CONFIG);
    let host: ClassifierHost;

    beforeAll(async () => {
      host = await start(PATHWAY_CONFIG);
    });

    afterAll(async () => {
      await host.close();
    });

    it('classifies as the classifier in this thread does, warnings and reasons included', async () => {
      for (const text of DESCRIPTIONS) {
        expect(await host.classify(text)).toEqual(reference.classify(text));
      }
      const acute = await host.classify(DESCRIPTIONS[0]!);
      expect([acute.dutyToNotify, acute.acute, acute.pathway]).toEqual([true, true, 'social']);
      const overdose = await host.classify(DESCRIPTIONS[3]!);
      expect(overdose.acute).toBe(true);
    });

    it('reads concerns as the classifier in this thread does', async () => {
      for (const text of DESCRIPTIONS) {
        expect(await host.readsAsConcern(text)).toBe(reference.readsAsConcern(text));
      }
      expect(await host.readsAsConcern(DESCRIPTIONS[0]!)).toBe(true);
      expect(await host.readsAsConcern(DESCRIPTIONS[6]!)).toBe(false);
    });

    it('classifies a text that reads as a concern in one request, and gives nothing for one that does not', async () => {
      for (const text of DESCRIPTIONS) {
        const expected = reference.readsAsConcern(text) ? reference.classify(text) : undefined;
        expect(await host.classifyIfConcern(text)).toEqual(expected);
      }
      expect((await host.classifyIfConcern(DESCRIPTIONS[0]!))?.acute).toBe(true);
      expect(await host.classifyIfConcern(DESCRIPTIONS[6]!)).toBeUndefined();
    });

    it('passes the options on: a yes to a triage question raises the warning', async () => {
      const text = 'han har et blåt mærke på kinden';
      const options = { triageAnswers: { unexplainedInjury: true } };
      const answered = await host.classify(text, options);
      expect(answered).toEqual(reference.classify(text, options));
      expect(answered.dutyToNotify).toBe(true);
    });

    it('answers many readings in flight, each with its own description', async () => {
      const texts = Array.from({ length: 40 }, (_, i) => DESCRIPTIONS[i % DESCRIPTIONS.length]!);
      const answers = await Promise.all(texts.map((text) => host.classify(text)));
      answers.forEach((answer, i) => expect(answer).toEqual(reference.classify(texts[i]!)));
    });
  });
}
