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
  /** Score of the best neighbouring section (0: none): a rival that makes the own top one less certain. */
  readonly bestNeighbourScore: number;
}

/**
 * A neighbouring policy loaded beside the Børn og Unge documents is never quoted as the answer: it
 * shares their words ("trivsel", "formål", "fællesskab") but states another administration's
 * rules. It serves as evidence instead: when its best section outscores every own section by far,
 * the question belongs to that area and is abstained; otherwise the own sections are quoted, and a
 * neighbouring section close to the best own one still counts as its rival in the gate's measure of
 * dominance (the question may be about either area).
 */
export function ownDocumentsFirst(
  state: AnsweringState,
  reranked: readonly ScoredSection[],
): OwnAndNeighbouring {
  const neighbouring = state.neighbouringDocs;
  if (neighbouring === undefined || neighbouring.size === 0)
    return { own: reranked, neighbourLeads: false, bestNeighbourScore: 0 };
  const isNeighbour = (h: ScoredSection) => neighbouring.has(state.index.section(h.index).meta.id);
  const own = reranked.filter((h) => !isNeighbour(h));
  const bestNeighbourScore = reranked.find(isNeighbour)?.score ?? 0;
  const best = reranked[0];
  const neighbourLeads =
    best !== undefined &&
    isNeighbour(best) &&
    (own[0]?.score ?? 0) < state.rank.neighbourLeadShare * best.score;
  return { own, neighbourLeads, bestNeighbourScore };
}
