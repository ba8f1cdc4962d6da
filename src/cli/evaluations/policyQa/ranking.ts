/** How a ranked list of sections is scored against the expected ones (shared with the benchmark). */
import type { PolicyQaService } from '../../../services/policyQa/types';

/** A ranked section label matches when its own (last) heading equals or starts with an expected one. */
export function matches(sectionLabel: string, expected: readonly string[]): boolean {
  const parts = sectionLabel.split(' > ').map((p) => p.trim().toLowerCase());
  const own = parts[parts.length - 1];
  return expected.some((e) => own === e.trim().toLowerCase() || own.startsWith(e.trim().toLowerCase()));
}

export interface RankingMetrics {
  readonly questions: number;
  readonly recallAt1: number;
  readonly recallAt3: number;
  readonly mrr: number;
  readonly misses: readonly { q: string; got: readonly string[] }[];
}

export function rankingMetrics(
  items: readonly { q: string; expected: readonly string[]; ranked: readonly string[] }[],
  match: (label: string, expected: readonly string[]) => boolean = matches,
): RankingMetrics {
  let r1 = 0;
  let r3 = 0;
  let rr = 0;
  const misses: { q: string; got: string[] }[] = [];
  for (const it of items) {
    const rank = it.ranked.findIndex((s) => match(s, it.expected));
    if (rank === 0) r1++;
    if (rank >= 0 && rank < 3) r3++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank !== 0) misses.push({ q: it.q, got: it.ranked.slice(0, 3) });
  }
  const n = Math.max(items.length, 1);
  return {
    questions: items.length,
    recallAt1: round(r1 / n),
    recallAt3: round(r3 / n),
    mrr: round(rr / n),
    misses,
  };
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Section ranking as a user sees it: the answer's citations, then further search hits. */
export async function rankedSections(
  service: PolicyQaService,
  q: string,
): Promise<{ answered: boolean; ranked: string[] }> {
  const answer = await service.ask(q);
  if (answer.kind !== 'answer') return { answered: false, ranked: [] };
  const ranked: string[] = [];
  for (const c of answer.citations) if (!ranked.includes(c.section)) ranked.push(c.section);
  for (const h of service.searchPassages(q, 5)) if (!ranked.includes(h.section)) ranked.push(h.section);
  return { answered: true, ranked };
}
