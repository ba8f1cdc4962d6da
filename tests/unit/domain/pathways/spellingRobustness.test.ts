import { projectClassifier } from './testConfig';

/**
 * Denials and explanations are read however æ, ø and å are typed, like the signs they lower: a
 * benign text typed on a phone gets no false alarm its correctly spelled twin does not get, and a
 * serious one keeps its warning.
 */
const SPELLINGS: Record<string, (text: string) => string> = {
  'with æ, ø and å': (text) => text,
  'as ae, oe and aa': (text) => text.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa'),
  'as a, o and a': (text) => text.replace(/æ/g, 'a').replace(/ø/g, 'o').replace(/å/g, 'a'),
};

const inEverySpelling = (text: string) =>
  Object.entries(SPELLINGS).map(([spelling, retype]) => ({
    spelling,
    result: projectClassifier().classify(retype(text)),
  }));

const ids = (findings: readonly { ruleId: string }[]) => findings.map((f) => f.ruleId);

describe('a benign text explained by its writer has no warning however it is typed', () => {
  it.each([
    [
      'a sport',
      'pigen på 9 har et blåt mærke på armen efter træning på klatrevæggen i går',
      'unexplainedMarks',
    ],
    [
      "a doctor's note",
      'pigen på 8 har mange blå mærker på benene, der ligger en lægeerklæring om hendes blodsygdom',
      'unexplainedMarks',
    ],
    ['a denial', 'vi har aldrig bemærket blå mærker på drengen på 6', 'unexplainedMarks'],
    [
      'a joke the child laughs at',
      'pigen på 12 sagde grinende at hendes far dræber hende hvis hun kommer for sent hjem',
      'immediateDanger',
    ],
  ])('%s', (_, text, rule) => {
    for (const { spelling, result } of inEverySpelling(text)) {
      expect({ spelling, dutyToNotify: result.dutyToNotify }).toEqual({ spelling, dutyToNotify: false });
      expect({ spelling, ruledOut: ids(result.ruledOut) }).toEqual({
        spelling,
        ruledOut: expect.arrayContaining([rule]),
      });
    }
  });
});

describe('a serious text keeps its warning however it is typed', () => {
  it.each([
    [
      'a baby, for whom only a medical explanation counts',
      'spædbarnet har blå mærker på armen, mor siger det er fra en bold',
      'infantInjury',
    ],
    [
      'a story that does not fit',
      'drengen på 7 har blå mærker på ryggen, han siger det er fra fodbold men forklaringen hænger ikke sammen',
      'unexplainedMarks',
    ],
    [
      'a denial that a new clause ("så") separates from the sign',
      'der er ikke noget der tyder på sygdom så far slog ham med en bøjle',
      'violence',
    ],
    [
      'a doubt followed by "men" and no comma, which opens a new clause',
      'jeg er ikke sikker men en pige på 13 har fået penge over mobilepay fra en på 26 og de har aftalt at mødes i dag',
      'groomingMeetingSoon',
    ],
    [
      'a new mark after an explained one',
      'drengen på 9 har et mærke på kinden fra håndbold, og i dag har han nye blå mærker på halsen',
      'neckPressure',
    ],
  ])('%s', (_, text, rule) => {
    for (const { spelling, result } of inEverySpelling(text)) {
      expect({ spelling, fired: ids(result.safetyFindings) }).toEqual({
        spelling,
        fired: expect.arrayContaining([rule]),
      });
    }
  });
});

describe('an explanation word typed without æ never stands for another word', () => {
  // "oplæg" (a school presentation) explains talk of self-harm; typed without æ it would be "oplag",
  // the start of "oplagt" (obvious).
  it.each([
    ['pigen pa 14 siger hun ikke vil leve mere, det er oplagt at hun har det skidt', 'suicidalCommunication'],
    ['pigen pa 14 har snit pa underarmene, det er oplagt at hun gor det selv', 'selfHarm'],
  ])('%s', (text, rule) => {
    const result = projectClassifier().classify(text);
    expect(ids(result.safetyFindings)).toContain(rule);
    expect(ids(result.ruledOut)).not.toContain(rule);
  });
});

describe('a text typed without full stops', () => {
  // One long sentence: an explanation of something else far from the sign does not rule it out,
  // and its correctly punctuated twin gets the same warning.
  const unpunctuated =
    'drengen på 8 har blå mærker på ryggen og armene og han er stille i timerne han sidder mest alene i ' +
    'frikvarteret og vil ikke med i hallen hans mor siger han sover dårligt og de har travlt med flytning ' +
    'og hans storesøster er lige startet på efterskole han spiller fodbold om tirsdagen';
  const punctuated =
    'Drengen på 8 har blå mærker på ryggen og armene. Han er stille i timerne. Han sidder mest alene i ' +
    'frikvarteret og vil ikke med i hallen. Hans mor siger han sover dårligt, og de har travlt med flytning. ' +
    'Hans storesøster er lige startet på efterskole. Han spiller fodbold om tirsdagen.';

  it('keeps a sign whose only explanation stands far away', () => {
    for (const text of [unpunctuated, punctuated]) {
      for (const { spelling, result } of inEverySpelling(text)) {
        expect({ spelling, fired: ids(result.safetyFindings) }).toEqual({
          spelling,
          fired: expect.arrayContaining(['unexplainedMarks']),
        });
      }
    }
  });

  it('still lets an explanation next to the sign rule it out', () => {
    const result = projectClassifier().classify(
      'drengen på 8 har et blåt mærke på skinnebenet fra fodbold i går han er glad og spiser godt',
    );
    expect(ids(result.ruledOut)).toContain('unexplainedMarks');
    expect(result.dutyToNotify).toBe(false);
  });
});
