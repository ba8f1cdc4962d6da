import { isListLine, splitUnits } from './sentences';
import type { Block, DocumentMeta, KnowledgeDocument, Section } from './types';

/** Lines that are web-page furniture, never content. */
const DEBRIS_LINE =
  /^(luk alle|åbn? alle|udvid alle|fold alle (ud|sammen)|del( siden)?|print( siden)?|udskriv|til toppen|tilbage til toppen|læs mere|læs op|del på (facebook|linkedin|twitter)|cookie(s|indstillinger)?|gå til indhold|skip to content|menu|søg)$/i;
const LINKS_HEADING = /^(links?|relaterede links|nyttige links|se også|læs også|kilder og links)$/i;
const DISCLAIMER = /^\(?\s*der tages forbehold|^\(?\s*forbehold for/i;
const MAX_UNITS_PER_SECTION = 12;

export function isDebrisLine(line: string): boolean {
  const t = line.trim();
  return t.length === 0 || DEBRIS_LINE.test(t) || DISCLAIMER.test(t);
}

/** Heading-like line in plain text: short, no closing punctuation, not a list item. */
export function isHeadingLikeLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 70 || isListLine(line)) return false;
  if (/[.,;:!?…]$/.test(t) || /^[([]/.test(t)) return false;
  if (!/^[\p{Lu}\d"“«]/u.test(t)) return false;
  return t.split(/\s+/).length <= 9;
}

/** Blocks of a Markdown body (front matter already removed). */
export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let inFence = false;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] });
    else if (line.trim().length === 0) blocks.push({ kind: 'break' });
    else blocks.push({ kind: 'text', text: line });
  }
  return blocks;
}

/**
 * Blocks of plain text without markup: the first non-empty line is the title (level 1); short
 * heading-like lines standing on their own become level-2 headings.
 */
export function plainTextBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let seenTitle = false;
  lines.forEach((line, i) => {
    if (line.trim().length === 0) {
      blocks.push({ kind: 'break' });
      return;
    }
    const prevBlank = i === 0 || lines[i - 1].trim().length === 0 || isDebrisLine(lines[i - 1]);
    const nextBlank = i === lines.length - 1 || lines[i + 1].trim().length === 0;
    if (!isDebrisLine(line) && isHeadingLikeLine(line) && (prevBlank || nextBlank) && nextBlank) {
      blocks.push({ kind: 'heading', level: seenTitle ? 2 : 1, text: line.trim() });
      seenTitle = true;
      return;
    }
    if (!seenTitle && !isDebrisLine(line)) seenTitle = true;
    blocks.push({ kind: 'text', text: line });
  });
  return blocks;
}

/** The first level-1 heading, a fallback title for documents without metadata. */
export function firstHeading(blocks: readonly Block[]): string | undefined {
  const h = blocks.find((b) => b.kind === 'heading');
  return h && h.kind === 'heading' ? h.text : undefined;
}

/**
 * Groups blocks into sections under their heading path. Web debris, disclaimers and link-list
 * sections are dropped; sections with no text are dropped; long sections are cut into parts.
 */
export function buildDocument(
  meta: DocumentMeta,
  blocks: readonly Block[],
  options: { readonly plainText?: boolean } = {},
): KnowledgeDocument {
  const sections: Section[] = [];
  const stack: { level: number; text: string }[] = [];
  let lines: string[] = [];
  let skipUntilLevel: number | null = null;

  const flush = () => {
    const body = lines.join('\n').trim();
    lines = [];
    if (body.length === 0) return;
    const path = stack.length > 0 ? stack.map((h) => h.text) : [meta.title];
    const units = splitUnits(body);
    if (units.length === 0) return;
    for (let from = 0; from < units.length; from += MAX_UNITS_PER_SECTION) {
      const slice = units.slice(from, from + MAX_UNITS_PER_SECTION);
      const start = slice[0].start;
      const end = slice[slice.length - 1].end;
      const partBody = body.slice(start, end);
      sections.push({
        id: `${meta.id}#${sections.length}`,
        docId: meta.id,
        docTitle: meta.title,
        headingPath: path,
        body: partBody,
        units: slice.map((u) => ({ ...u, start: u.start - start, end: u.end - start })),
        order: sections.length,
      });
    }
  };

  let pendingBreak = false;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      flush();
      pendingBreak = false;
      if (skipUntilLevel !== null && block.level > skipUntilLevel) continue;
      skipUntilLevel = null;
      while (stack.length > 0 && stack[stack.length - 1].level >= block.level) stack.pop();
      if (LINKS_HEADING.test(block.text.trim())) {
        // Link lists: skip to the next heading of the same or a higher level (plain text: to the end).
        skipUntilLevel = options.plainText ? 0 : block.level;
        continue;
      }
      stack.push({ level: block.level, text: block.text.trim() });
      continue;
    }
    if (skipUntilLevel !== null) continue;
    if (block.kind === 'break') {
      pendingBreak = lines.length > 0;
      continue;
    }
    if (isDebrisLine(block.text)) {
      pendingBreak = lines.length > 0;
      continue;
    }
    if (pendingBreak) lines.push('');
    pendingBreak = false;
    lines.push(block.text.replace(/\s+$/, ''));
  }
  flush();
  return { meta, sections };
}

/** Verbatim text of a section heading path, e.g. "Børn og Unge > Herningmodellen Børn og Unge". */
export function sectionLabel(section: Section): string {
  return section.headingPath.join(' > ');
}

/** The section's own heading, the last of its path ("Akut fare"); empty for a document without headings. */
export function ownHeading(section: Pick<Section, 'headingPath'>): string {
  return section.headingPath[section.headingPath.length - 1] ?? '';
}
