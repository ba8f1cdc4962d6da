import { templateSafe } from './expandTemplate';

/**
 * Teams shows TextBlock text as a Markdown subset: bold, italic, links, bulleted and numbered lists,
 * and paragraphs. A single newline is a soft break and is collapsed into a space, so a line break a
 * person typed only survives as a blank line ("\n\n") or as a list item.
 *
 * User text is data: these helpers escape every character the subset (or CommonMark underneath it)
 * would read as formatting, so typed text cannot turn into bold, links, lists, headings or HTML.
 */

/** Characters that start or end inline formatting anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_[\]<>~|]/g;
/** The same characters, for a test without a global expression's state. */
const ANY_INLINE_SYNTAX = /[\\`*_[\]<>~|]/;
/** What makes a line a heading, quote, list item or rule when it starts the line. */
const LINE_START_SYNTAX = /^(\s*)(#|>|-|\+|=|(\d+)([.)]))/;

function escapeLine(line: string): string {
  const trimmed = line.trim();
  // Most text holds no formatting character: the replacement, with its callback, is skipped.
  const inline = ANY_INLINE_SYNTAX.test(trimmed)
    ? trimmed.replace(INLINE_SYNTAX, (char) => `\\${char}`)
    : trimmed;
  return inline.replace(LINE_START_SYNTAX, (_all, _space: string, marker: string, digits?: string) =>
    digits ? `${digits}\\${marker.slice(digits.length)}` : `\\${marker}`,
  );
}

/** One line of user text inside Markdown: formatting escaped, line breaks become spaces. */
export function markdownInline(text: string | undefined): string {
  const safe = templateSafe(text);
  return escapeLine(/[\r\n]/.test(safe) ? safe.replace(/\s*[\r\n]+\s*/g, ' ') : safe);
}

/**
 * A block of user text (a description, a decision): formatting escaped, and every line the person
 * typed kept as its own paragraph, since Teams would collapse a single newline.
 */
export function markdownParagraphs(text: string | undefined): string {
  return templateSafe(text)
    .split(/\r?\n/)
    .map(escapeLine)
    .filter((line) => line.length > 0)
    .join('\n\n');
}

/** A Markdown list in one TextBlock (items are Markdown already: escape user text first). */
export function markdownList(items: readonly string[], kind: 'bullet' | 'numbered' = 'bullet'): string {
  return items
    .map((item, i) => `${kind === 'numbered' ? `${i + 1}.` : '-'} ${item.replace(/\s*\n+\s*/g, ' ')}`)
    .join('\n');
}
