import {
  buildCitedText,
  markersIn,
  MAX_ABSTRACT_LENGTH,
  shorten,
  toCitationClaim,
} from '../../../src/teams/citations';
import type { Citation } from '../../../src/domain/citations';

function citation(n: number, overrides: Partial<Citation> = {}): Citation {
  return {
    title: `Dokument ${n}`,
    section: `Dokument ${n} > Kapitel > Afsnit ${n}`,
    quote: `Citat nummer ${n}.`,
    source: `https://example.org/doc-${n}`,
    ...overrides,
  };
}

describe('Teams citation entities', () => {
  it('builds one schema.org Message entity with a Claim per marker used', () => {
    const { text, entity } = buildCitedText(
      'Første [1]. Andet [2].',
      [citation(1), citation(2), citation(3)],
      {
        aiGenerated: false,
      },
    );
    expect(text).toBe('Første [1]. Andet [2].');
    expect(entity).toEqual({
      type: 'https://schema.org/Message',
      '@type': 'Message',
      '@context': 'https://schema.org',
      '@id': '',
      citation: [
        {
          '@type': 'Claim',
          position: 1,
          appearance: {
            '@type': 'DigitalDocument',
            name: 'Dokument 1',
            abstract: 'Citat nummer 1.',
            url: 'https://example.org/doc-1',
            keywords: ['Kapitel', 'Afsnit 1'],
          },
        },
        {
          '@type': 'Claim',
          position: 2,
          appearance: {
            '@type': 'DigitalDocument',
            name: 'Dokument 2',
            abstract: 'Citat nummer 2.',
            url: 'https://example.org/doc-2',
            keywords: ['Kapitel', 'Afsnit 2'],
          },
        },
      ],
    });
  });

  it('adds the AI label only for generated answers', () => {
    expect(buildCitedText('A [1]', [citation(1)], { aiGenerated: true }).entity.additionalType).toEqual([
      'AIGeneratedContent',
    ]);
    expect(
      buildCitedText('A [1]', [citation(1)], { aiGenerated: false }).entity.additionalType,
    ).toBeUndefined();
  });

  it('removes markers without a citation and beyond the Teams limit of 10', () => {
    const many = Array.from({ length: 12 }, (_, i) => citation(i + 1));
    const { text, entity } = buildCitedText('A [1] B [11] C [0] D [4]', many, { aiGenerated: false });
    expect(text).toBe('A [1] B C D [4]');
    expect(entity.citation!.map((c) => c.position)).toEqual([1, 4]);
    expect(buildCitedText('A [2]', [citation(1)], { aiGenerated: false }).entity.citation).toBeUndefined();
  });

  it('keeps the Teams limits on name, abstract and keywords', () => {
    const long = 'ord '.repeat(100);
    const claim = toCitationClaim(
      citation(1, {
        title: long,
        quote: long,
        section: 'Dok > Et meget langt afsnitsnavn der bliver ved og ved > B > C > D',
      }),
      1,
    );
    expect(claim.appearance.name.length).toBeLessThanOrEqual(80);
    expect(claim.appearance.abstract.length).toBeLessThanOrEqual(MAX_ABSTRACT_LENGTH);
    expect(claim.appearance.abstract.endsWith('…')).toBe(true);
    expect(claim.appearance.keywords).toHaveLength(3);
    for (const keyword of claim.appearance.keywords!) expect(keyword.length).toBeLessThanOrEqual(28);
  });

  it('links only web sources', () => {
    expect(
      toCitationClaim(citation(1, { source: 'knowledge/politik.md' }), 1).appearance.url,
    ).toBeUndefined();
    expect(toCitationClaim(citation(1, { source: 'javascript:alert(1)' }), 1).appearance.url).toBeUndefined();
  });

  it('finds markers and shortens at word boundaries', () => {
    expect(markersIn('a [2] b [1] c [2]')).toEqual([2, 1]);
    expect(shorten('kort tekst', 160)).toBe('kort tekst');
    expect(shorten('et to tre fire fem seks syv', 15)).toBe('et to tre fire…');
  });
});
