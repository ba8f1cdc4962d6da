/**
 * Domain citations -> Teams citation entities.
 *
 * Teams shows in-text markers such as "[1]" as pop-ups when the message carries one schema.org
 * `Message` entity whose `citation` list holds a `Claim` per marker (position = the marker number).
 * Limits enforced by Teams (a message breaking them is rejected with HTTP 400): at most 10
 * citations, a name of at most 80 characters, an abstract of at most 160 characters, at most 3
 * keywords of at most 28 characters each.
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bot-messages-ai-generated-content
 */
import type { Citation } from '../domain/citations';
import { isHttpsUrl, sanitiseQuotedPlainText } from '../domain/text/quotedMarkdown';

export const MAX_CITATIONS = 10;
export const MAX_NAME_LENGTH = 80;
export const MAX_ABSTRACT_LENGTH = 160;
export const MAX_KEYWORDS = 3;
export const MAX_KEYWORD_LENGTH = 28;

export interface TeamsCitationClaim {
  readonly '@type': 'Claim';
  readonly position: number;
  readonly appearance: {
    readonly '@type': 'DigitalDocument';
    readonly name: string;
    readonly abstract: string;
    readonly url?: string;
    readonly keywords?: readonly string[];
  };
}

export interface TeamsMessageEntity {
  readonly type: 'https://schema.org/Message';
  readonly '@type': 'Message';
  readonly '@context': 'https://schema.org';
  readonly '@id': '';
  readonly additionalType?: readonly ['AIGeneratedContent'];
  readonly citation?: readonly TeamsCitationClaim[];
}

/** Shortens text to `max` characters, cutting at a word boundary and ending with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const base = lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${base.replace(/[\s,.;:–-]+$/, '')}…`;
}

/** A source the bot may link to: an absolute https address (links are https only). */
export function isWebUrl(source: string): boolean {
  return /^\S+$/.test(source.trim()) && isHttpsUrl(source);
}

/** The last parts of a heading path ("A > B > C") as keywords: the most specific headings. */
function keywordsFor(citation: Citation): string[] {
  const parts = sanitiseQuotedPlainText(citation.section)
    .split('>')
    .map((part) => part.trim())
    .filter((part) => part.length > 0 && part !== citation.title);
  return parts.slice(-MAX_KEYWORDS).map((part) => shorten(part, MAX_KEYWORD_LENGTH));
}

/** One Claim for the citation shown at marker [position]. */
export function toCitationClaim(citation: Citation, position: number): TeamsCitationClaim {
  const keywords = keywordsFor(citation);
  const quote = citation.quote.trim() || citation.section;
  return {
    '@type': 'Claim',
    position,
    appearance: {
      '@type': 'DigitalDocument',
      name: shorten(
        sanitiseQuotedPlainText(citation.title || citation.section || `Kilde ${position}`),
        MAX_NAME_LENGTH,
      ),
      abstract: shorten(sanitiseQuotedPlainText(quote), MAX_ABSTRACT_LENGTH),
      ...(isWebUrl(citation.source) ? { url: citation.source.trim() } : {}),
      ...(keywords.length > 0 ? { keywords } : {}),
    },
  };
}

const MARKER = /\[(\d{1,3})\]/g;

/** Marker numbers used in the text, in order of first appearance, without duplicates. */
export function markersIn(text: string): number[] {
  const seen = new Set<number>();
  for (const match of text.matchAll(MARKER)) seen.add(Number(match[1]));
  return [...seen];
}

export interface CitedText {
  readonly text: string;
  readonly entity: TeamsMessageEntity;
}

/**
 * Builds the message text and its schema.org entity. Marker [n] refers to citations[n-1]. Markers
 * that point at no citation, or beyond Teams' limit of 10, are removed from the text so that no
 * marker is left without a pop-up; only citations referenced in the text are sent.
 */
export function buildCitedText(
  text: string,
  citations: readonly Citation[],
  options: { readonly aiGenerated: boolean },
): CitedText {
  const limit = Math.min(citations.length, MAX_CITATIONS);
  const cleaned = text.replace(/[ \t]*\[(\d{1,3})\]/g, (whole, digits: string) => {
    const n = Number(digits);
    return n >= 1 && n <= limit ? whole : '';
  });
  const used = markersIn(cleaned).sort((a, b) => a - b);
  const claims = used.map((n) => toCitationClaim(citations[n - 1], n));
  const entity: TeamsMessageEntity = {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    ...(options.aiGenerated ? { additionalType: ['AIGeneratedContent'] as const } : {}),
    ...(claims.length > 0 ? { citation: claims } : {}),
  };
  return { text: cleaned, entity };
}
