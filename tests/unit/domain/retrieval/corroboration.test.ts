import { createRetrievalEngine, type RankingParams } from '../../../../src/domain/retrieval/engine';
import type { LexicalResources } from '../../../../src/domain/retrieval/expansion';
import { buildDocument, markdownBlocks } from '../../../../src/domain/retrieval/sectioning';

/**
 * The gate's second signal: a long question covers little of its own words, yet when several of its
 * topic words land in one section, that section is what it asks about. A question that shares only
 * one word with the documents gets no such help.
 */

const POLICY = `# Samarbejdspolitik for Prøveby Kommune

## Drøftelser mellem fagfolk

Lærere, pædagoger og sundhedsplejersker må drøfte et barn med PPR uden forældrenes samtykke, når de er bekymrede for barnets trivsel.

## Skolestart

Børn begynder i skole i august det år, de fylder seks.

## Sprogstøtte

Tosprogede børn får sprogstøtte i dagtilbuddet.

## Udflugter

Ved udflugter med bus medbringer børnene madpakke og tøj til regnvejr.

## Kontakt

PPR kan kontaktes på hverdage via skolens leder.
`;

const resources: LexicalResources = {
  synonyms: [],
  glossary: {
    trip: 'udflugt',
    'packed lunch': 'madpakke',
    rain: 'regnvejr',
    'health visitor': 'sundhedsplejerske',
    consent: 'samtykke',
    discuss: 'drøfte',
    child: 'barn',
    parents: 'forældre',
  },
  outOfScope: [],
};

function engine(ranking?: Partial<RankingParams>) {
  const e = createRetrievalEngine({ resources, ...(ranking ? { ranking } : {}) });
  e.addDocuments([
    buildDocument(
      {
        id: 'samarbejde',
        title: 'Samarbejdspolitik for Prøveby Kommune',
        source: 'samarbejde.md',
        kind: 'policy',
      },
      markdownBlocks(POLICY),
    ),
  ]);
  return e;
}

const TOLD_AT_LENGTH = [
  'Må sundhedsplejersken, der i denne uge også har haft travlt med sprogstøtte til tosprogede, skolestart i august, en udflugt med madpakker og et møde med lederen om hverdagene, drøfte en pige med PPR uden samtykke',
  'May the health visitor, who this week was also busy with language support for bilingual children, school start in August, a trip with packed lunches and a meeting with the head about weekdays, discuss a child with PPR without consent',
];

describe('corroboration of the top section', () => {
  it.each(TOLD_AT_LENGTH)(
    'answers a question told at length from the section its topic words agree on: %s',
    (q) => {
      const a = engine().answer(q);
      expect(a.kind).toBe('answer');
      if (a.kind !== 'answer') return;
      expect(a.passages[0].section).toContain('Drøftelser mellem fagfolk');
    },
  );

  it.each(TOLD_AT_LENGTH)('is what lets it through (without the lift it abstains): %s', (q) => {
    expect(engine({ corroborationLift: 1 }).answer(q).kind).toBe('noAnswer');
  });

  it.each([
    'Hvad koster en kop kaffe i kantinen, når PPR holder møde på rådhuset om fredagen?',
    'How much does a coffee cost in the canteen when PPR meets at the town hall on Fridays?',
  ])('still abstains on a question that shares one word with the documents: %s', (q) => {
    expect(engine().answer(q).kind).toBe('noAnswer');
  });
});

describe('a question that names the whole heading of the top section', () => {
  // Rare words alone can never corroborate here: only the named heading can lift the confidence.
  const headingOnly = { corroboratingWords: 99 };
  const NAMES_HEADING =
    'Min nye leder, som kom fra en anden by i sommer og har mange meninger om mødekultur, kaffeordninger, parkering, vikarer og ferieplanlægning, siger at drøftelser mellem fagfolk er forbudt. Passer det?';

  it('is as corroborated as one whose rare words agree', () => {
    const a = engine(headingOnly).answer(NAMES_HEADING);
    expect(a.kind).toBe('answer');
    if (a.kind !== 'answer') return;
    expect(a.passages[0].section).toContain('Drøftelser mellem fagfolk');
  });

  it('is what lets it through (without the lift it abstains)', () => {
    expect(engine({ ...headingOnly, corroborationLift: 1 }).answer(NAMES_HEADING).kind).toBe('noAnswer');
  });

  it('a one-word heading named in passing is no such sign', () => {
    expect(
      engine(headingOnly).answer(
        'Min nye leder, som kom fra en anden by i sommer og har mange meninger om mødekultur, kaffeordninger, parkering, vikarer og ferieplanlægning, siger at udflugter er forbudt. Passer det?',
      ).kind,
    ).toBe('noAnswer');
  });
});
