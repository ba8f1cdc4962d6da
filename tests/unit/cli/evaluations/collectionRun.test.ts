import { runCollection, summarise } from '@src/cli/evaluations/policyQa/collectionRun';
import { buildDocument, markdownBlocks } from '@src/domain/retrieval/sectioning';

const policy = buildDocument(
  { id: 'absence', title: 'Fravær', source: 'absence.md', kind: 'policy' },
  markdownBlocks(
    '# Fravær\n\n## Ulovligt fravær\n\nSkolelederen skal underrette ved 15 procent ulovligt fravær i et kvartal.\n',
  ),
);

describe('quote accuracy in the policy evaluation', () => {
  it('checks only the evidence the collection itself holds', async () => {
    const run = await runCollection('starter', [policy], new Set(), {
      answerable: [
        {
          q: 'Hvornår skal skolelederen underrette om ulovligt fravær?',
          starter: ['Ulovligt fravær'],
          // The first line is from another collection's wording; this collection cannot quote it.
          evidence: ['ved 15 procent fravær skal lederen reagere', '15 procent ulovligt fravær'],
        },
        {
          q: 'Hvor meget ulovligt fravær før skolelederen underretter?',
          starter: ['Ulovligt fravær'],
          evidence: ['kun tekst fra en anden samling'],
        },
      ],
      english: [],
      outOfScope: [],
    });
    const danish = summarise(run, false).danish as { quoteAccuracy: number; quotesChecked: number };
    expect(danish.quotesChecked).toBe(1);
    expect(danish.quoteAccuracy).toBe(1);
  });
});
