/**
 * Weak evidence: a description that touches a risk concept without raising a warning asks the three
 * triage questions; a yes raises the warning at the configured level, a no changes nothing.
 */
import { projectClassifier } from './testConfig';

const classifier = projectClassifier();
const WEAK = 'pigen på 9 år har en bule i panden og siger ikke så meget i dag';

describe('triage on weak evidence', () => {
  it('asks the three questions when a risk concept is touched and nothing was raised', () => {
    const result = classifier.classify(WEAK);
    expect(result.dutyToNotify).toBe(false);
    expect(result.triage?.questions).toEqual(['dangerNow', 'disclosure', 'unexplainedInjury']);
    expect(result.triage?.touched.map((t) => t.da)).toContain('Mærker eller skader');
  });

  it('asks nothing when the description touches no risk concept', () => {
    expect(classifier.classify('drengen på 4 år i børnehaven taler meget lidt').triage).toBeUndefined();
  });

  it('asks nothing when a warning is already raised', () => {
    expect(classifier.classify('far slår ham, siger han').triage).toBeUndefined();
  });

  it.each([
    ['dangerNow', true, true],
    ['disclosure', true, false],
    ['unexplainedInjury', true, false],
  ] as const)('a yes to %s raises notify=%s acute=%s', (question, notify, acute) => {
    const result = classifier.classify(WEAK, { triageAnswers: { [question]: true } });
    expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify, acute });
    expect(result.safetyFindings.map((f) => f.ruleId)).toContain(`triage.${question}`);
    expect(result.triage).toBeUndefined();
  });

  it('three noes raise nothing and do not ask again', () => {
    const result = classifier.classify(WEAK, {
      triageAnswers: { dangerNow: false, disclosure: false, unexplainedInjury: false },
    });
    expect(result.dutyToNotify).toBe(false);
    expect(result.triage).toBeUndefined();
  });

  it('answers the triage reason in the language of the description', () => {
    const result = classifier.classify('the 9 year old girl got hurt and is very quiet today', {
      triageAnswers: { disclosure: true },
    });
    expect(result.safetyFindings.find((f) => f.ruleId === 'triage.disclosure')?.quote).toBe(
      'Has the child told you of violence or abuse?',
    );
  });
});

describe('standing line on the duty to notify', () => {
  it('is kept for the social pathway without a warning', () => {
    const result = classifier.classify('familien har mistet deres bolig og drengen på 7 er træt i timerne');
    expect(result.dutyToNotify).toBe(false);
    expect(result.standingDutyReminder).toBe(true);
  });

  it('is not needed when the full warning is shown or nothing touches the family', () => {
    expect(classifier.classify('far slår ham').standingDutyReminder).toBe(false);
    expect(classifier.classify('drengen på 4 år i børnehaven taler meget lidt').standingDutyReminder).toBe(
      false,
    );
  });
});
