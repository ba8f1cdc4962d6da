import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { safetyFileSchema } from '../../../../src/domain/pathways';
import { CONFIG_DIR, projectClassifier } from './testConfig';

/** An explanation lowers only the rules its concept names (config/safety.yaml, explanations). */
describe('explanations by concept', () => {
  const classify = (text: string) => projectClassifier().classify(text);
  const ruledOut = (text: string) => classify(text).ruledOut.map((f) => f.ruleId);

  it('lets a sport explain a bruise, shown as ruled out by the writer', () => {
    for (const text of [
      'drengen i 4. klasse har et blåt mærke på kinden fra fodbold i går',
      'the boy in year 4 has a bruise on his cheek from football practice yesterday',
    ]) {
      const result = classify(text);
      expect(result.dutyToNotify).toBe(false);
      expect(result.ruledOut.length).toBeGreaterThan(0);
      expect(result.reasons.some((r) => r.kind === 'ruledOut')).toBe(true);
    }
  });

  it('never lets a sport explain self-harm, in Danish or English', () => {
    for (const text of [
      'pigen i 8. klasse har snit på underarmene, hun kom lige fra fodbold',
      'the girl in year 8 has cuts on her forearms, she came straight from football practice',
    ]) {
      const result = classify(text);
      expect(result.dutyToNotify).toBe(true);
      expect(result.ruledOut.map((f) => f.ruleId)).not.toContain('selfInjury');
    }
  });

  it('never lets a sport explain marks on the neck', () => {
    const result = classify('pigen i 3. klasse har røde mærker på halsen efter judo');
    expect(result.acute).toBe(true);
    expect(result.safetyFindings.map((f) => f.ruleId)).toContain('neckPressure');
  });

  it('does not take a birthday or a present as the explanation of a bruise', () => {
    expect(
      classify('drengen i 4. klasse har et blåt mærke på kinden, han havde fødselsdag i går').dutyToNotify,
    ).toBe(true);
  });

  it('lets a craft-lesson accident explain a cut, but not marks on the neck in the same sentence', () => {
    expect(ruledOut('drengen skar sig i tommelfingeren i sløjd, plaster på')).toContain('selfHarm');
    expect(classify('drengen har mærker på halsen og et plaster på fingeren fra sløjd').dutyToNotify).toBe(
      true,
    );
  });

  it('lets a story handed in as schoolwork explain the violence in it, in Danish and English', () => {
    expect(
      ruledOut('Sara har afleveret en novelle i jeg-form om en pige der gemmer sig mens faren slår moren'),
    ).toContain('witnessingViolence');
    expect(
      ruledOut(
        'Sara handed in a short story about a girl who hides in a cupboard while her father hits her mother',
      ),
    ).toContain('witnessingViolence');
  });

  it('accepts only a medical explanation for a baby who cannot move by itself', () => {
    expect(
      classify('baby på 3 måneder har et blåt mærke på låret, far siger hun faldt på gyngen').dutyToNotify,
    ).toBe(true);
    expect(
      classify('baby på 3 måneder har et lille blåt mærke på låret efter vaccinationen i går').dutyToNotify,
    ).toBe(false);
  });
});

describe('explanation concepts in the safety file', () => {
  /** The shipped file as a hand edit sees it. */
  interface LooseSafetyFile {
    explanations: { concepts: { id: string; explains: string[] }[] };
  }
  const shipped = (): LooseSafetyFile =>
    parse(readFileSync(join(CONFIG_DIR, 'safety.yaml'), 'utf8')) as LooseSafetyFile;
  const problems = (file: unknown): string[] => {
    const result = safetyFileSchema.safeParse(file);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts the shipped file, where every explainable rule is named by a concept', () => {
    expect(problems(shipped())).toEqual([]);
  });

  it('refuses a concept that names an unknown rule or a rule that is not explainable', () => {
    const file = shipped();
    file.explanations.concepts[0].explains = ['noSuchRule', 'forcedTravelSoon'];
    const found = problems(file);
    expect(found).toContainEqual(
      expect.stringMatching(/^explanations\.concepts\.0\.explains\.0: .*unknown rule noSuchRule/),
    );
    expect(found).toContainEqual(
      expect.stringMatching(/^explanations\.concepts\.0\.explains\.1: .*not marked explainable/),
    );
  });

  it('refuses an explainable rule that no concept names, and a repeated concept id', () => {
    const file = shipped();
    file.explanations.concepts = file.explanations.concepts.filter(
      (c: { explains: string[] }) => !c.explains.includes('noSafePlaceToSleep'),
    );
    file.explanations.concepts.push({ ...file.explanations.concepts[0] });
    const found = problems(file);
    expect(found).toContainEqual(
      expect.stringMatching(/explainable: no explanation concept names noSafePlaceToSleep/),
    );
    expect(found).toContainEqual(expect.stringMatching(/duplicate explanation concept id sportOrPlay/));
  });
});
