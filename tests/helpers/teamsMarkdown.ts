/**
 * What goes wrong when text meets Teams' Markdown subset in a TextBlock (bold, italic, links,
 * bulleted and numbered lists, paragraphs): raw HTML is shown as typed, a list marker that does not
 * start a line is not a list, and a single newline between two lines of prose is collapsed into a
 * space. Returns the problems found; an empty list means the text shows as meant.
 */
const LIST_ITEM = /^(?:[-*+]|\d+\.) \S/;
const INDENTED_LIST_ITEM = /^\s+(?:[-*+]|\d+\.) \S/;
const RAW_HTML = /(?<!\\)<\/?[a-zA-Z][^>]*>/;

/** `**` not preceded by a backslash (an escaped star is text). */
function boldMarkers(line: string): number {
  return [...line.matchAll(/(?<!\\)\*\*/g)].length;
}

export function teamsMarkdownProblems(text: string): string[] {
  const problems: string[] = [];
  if (RAW_HTML.test(text)) problems.push('raw HTML is shown as typed');
  if (text.includes('\r')) problems.push('carriage return');
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const previous = i > 0 ? lines[i - 1] : undefined;
    if (INDENTED_LIST_ITEM.test(line)) problems.push(`line ${i + 1}: list item does not start the line`);
    if (
      LIST_ITEM.test(line) &&
      previous !== undefined &&
      previous.trim() !== '' &&
      !LIST_ITEM.test(previous)
    ) {
      problems.push(`line ${i + 1}: list starts right after a paragraph line (needs a blank line before)`);
    }
    if (
      previous !== undefined &&
      previous.trim() !== '' &&
      line.trim() !== '' &&
      !(LIST_ITEM.test(line) && LIST_ITEM.test(previous)) &&
      !(LIST_ITEM.test(line) && !LIST_ITEM.test(previous))
    ) {
      problems.push(
        `line ${i + 1}: a single newline here is collapsed into a space (use a blank line or a list)`,
      );
    }
    if (boldMarkers(line) % 2 !== 0) problems.push(`line ${i + 1}: unbalanced ** (bold)`);
  });
  return problems;
}

export interface CardElement {
  readonly path: string;
  readonly element: Record<string, unknown>;
}

/** Every element object in a card (body, containers, columns, action sets, Action.ShowCard cards). */
export function cardElements(card: unknown, path = '$'): CardElement[] {
  if (Array.isArray(card)) return card.flatMap((item, i) => cardElements(item, `${path}[${i}]`));
  if (!card || typeof card !== 'object') return [];
  const element = card as Record<string, unknown>;
  const own = typeof element.type === 'string' ? [{ path, element }] : [];
  return [
    ...own,
    ...Object.entries(element).flatMap(([key, value]) => cardElements(value, `${path}.${key}`)),
  ];
}
