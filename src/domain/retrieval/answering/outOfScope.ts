import type { ExpandedQuery } from '../expansion';
import { findId, type IndexedSection } from '../searchIndex';
import type { AnsweringState } from './state';

/**
 * Out-of-scope words (pay, holidays ...) are answered only by a section that is itself about them:
 * the word stands in its own heading ("Løn og ansættelse"), or, for a knowledge update (a manager's
 * post on closing days), anywhere as a word of its own. A policy that only shares the word in
 * passing, or a section of a neighbouring policy whose title names an out-of-scope area, is not the
 * Børn og Unge answer: the asker is pointed to who knows instead.
 */
export function holdsOutOfScopeWords(
  state: AnsweringState,
  q: ExpandedQuery,
  rec: IndexedSection | undefined,
) {
  return (
    rec !== undefined &&
    // A neighbouring policy (staff, adult disability) is never the answer to a pay or housing question.
    !(state.neighbouringDocs?.has(rec.meta.id) ?? false) &&
    q.outOfScopeHits.every((h) =>
      h.terms.every((term) => {
        const id = state.index.termId(term);
        if (id < 0) return false;
        if (findId(rec.ownHeadingIds, id) >= 0) return true;
        // As a word of its own: "ferie" inside "sommerferien" is a date, not a holiday policy.
        const at = findId(rec.termIds, id);
        return rec.meta.kind === 'update' && at >= 0 && rec.presence[at] >= 1;
      }),
    )
  );
}
