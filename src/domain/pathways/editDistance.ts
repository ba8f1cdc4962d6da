/** How near two words are: fuzzy stems catch the typos staff make in a hurry. */

/**
 * Optimal string alignment distance at most 1, without a table: equal, or one substitution, one
 * adjacent transposition, or one letter more or less. Fuzzy stems are tried against every word of a
 * description, so this runs often.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  // As the table it replaced did: against an empty b (no stem) nothing but the empty word is near.
  if (b === '') return false;
  const [longer, shorter] = a.length >= b.length ? [a, b] : [b, a];
  if (longer.length - shorter.length > 1) return false;
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i++;
  if (longer.length !== shorter.length) return longer.slice(i + 1) === shorter.slice(i);
  if (longer.slice(i + 1) === shorter.slice(i + 1)) return true;
  return (
    i + 1 < longer.length &&
    longer[i] === shorter[i + 1] &&
    longer[i + 1] === shorter[i] &&
    longer.slice(i + 2) === shorter.slice(i + 2)
  );
}
