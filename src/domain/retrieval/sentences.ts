import type { Unit } from './types';

const BULLET = /^\s*(?:[•●▪◦‣*\-–]|\d{1,2}[.)])\s+/;
const ABBREVIATIONS = new Set([
  'f.eks',
  'bl.a',
  'jf',
  'mv',
  'm.fl',
  'ca',
  'kl',
  'nr',
  'stk',
  'pkt',
  'evt',
  'dvs',
  'osv',
  'mht',
  'ift',
  'iht',
  'pga',
  'inkl',
  'ekskl',
  'tlf',
  'fx',
  'mm',
]);

export function isListLine(line: string): boolean {
  return BULLET.test(line);
}

/** Splits a verbatim body into sentences and list items with offsets. */
export function splitUnits(body: string): Unit[] {
  const units: Unit[] = [];
  let offset = 0;
  for (const line of body.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim().length === 0) continue;
    if (isListLine(line)) {
      const lead = line.length - line.trimStart().length;
      units.push({
        start: lineStart + lead,
        end: lineStart + line.trimEnd().length,
        listItem: true,
        listLead: false,
      });
      continue;
    }
    const re = /[.!?]+["”»']?(?=\s+["“«(]?[\p{Lu}\d§])/gu;
    let sentenceStart = 0;
    let match: RegExpExecArray | null;
    while ((match = re.exec(line)) !== null) {
      const end = match.index + match[0].length;
      const before = line.slice(sentenceStart, match.index);
      const lastWord = (before.split(/\s+/).pop() ?? '').toLowerCase();
      if (ABBREVIATIONS.has(lastWord.replace(/\.$/, '')) || /^\d{1,2}$/.test(lastWord)) continue;
      pushSentence(units, line, lineStart, sentenceStart, end);
      sentenceStart = end;
    }
    pushSentence(units, line, lineStart, sentenceStart, line.length);
  }
  // Mark list leads: a sentence ending in ':' directly followed by list items.
  return units.map((u, i) => {
    const next = units[i + 1];
    const text = body.slice(u.start, u.end);
    return !u.listItem && text.endsWith(':') && next?.listItem ? { ...u, listLead: true } : u;
  });
}

function pushSentence(units: Unit[], line: string, lineStart: number, from: number, to: number): void {
  const raw = line.slice(from, to);
  const trimmedStart = from + (raw.length - raw.trimStart().length);
  const trimmedEnd = to - (raw.length - raw.trimEnd().length);
  if (trimmedEnd > trimmedStart && /[\p{L}\p{N}]/u.test(line.slice(trimmedStart, trimmedEnd))) {
    units.push({
      start: lineStart + trimmedStart,
      end: lineStart + trimmedEnd,
      listItem: false,
      listLead: false,
    });
  }
}
