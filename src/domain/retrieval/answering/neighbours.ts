import type { ScoredSection } from '../searchIndex';
import type { AnsweringState } from './state';

/** The reranked candidates split by where they come from, for answering. */
export interface OwnAndNeighbouring {
  /** Sections of the collection's own documents, best first. */
  readonly own: readonly ScoredSection[];
  /**
   * Whether a neighbouring policy (health, staff, culture ...) answers the question clearly better
   * than any own document: the question is about that area, and who knows is elsewhere.
   */
  readonly neighbourLeads: boolean;
}

/**
 * A neighbouring policy loaded beside the Børn og Unge documents is never quoted as the answer: it
 * shares their words ("trivsel", "formål", "fællesskab") but states another administration's
 * rules. It serves as evidence instead: when its best section outscores every own section by far,
 * the question belongs to that area and is abstained; otherwise the own sections are ranked and
 * gated as if the neighbours were not there (counting a close neighbour as the top section's rival
 * in the gate's dominance was tried: it only abstained on more answerable questions).
 */
export function ownDocumentsFirst(
  state: AnsweringState,
  reranked: readonly ScoredSection[],
): OwnAndNeighbouring {
  const neighbouring = state.neighbouringDocs;
  if (neighbouring === undefined || neighbouring.size === 0) return { own: reranked, neighbourLeads: false };
  const isNeighbour = (h: ScoredSection) => neighbouring.has(state.index.section(h.index).meta.id);
  const own = reranked.filter((h) => !isNeighbour(h));
  const best = reranked[0];
  const neighbourLeads =
    best !== undefined &&
    isNeighbour(best) &&
    (own[0]?.score ?? 0) < state.rank.neighbourLeadShare * best.score;
  return { own, neighbourLeads };
}
