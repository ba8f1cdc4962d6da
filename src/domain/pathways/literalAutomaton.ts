// The trie of a literal index's literals and its Aho-Corasick automaton (see literalGuard.ts).

/** A trie of the literals by code unit: `id` is set where a literal ends. */
export interface LiteralNode {
  readonly next: Map<number, LiteralNode>;
  id: number;
}

/**
 * The trie as an Aho-Corasick automaton, so that a text is read in one pass of table lookups
 * instead of following the trie again from every position. `classOf` maps a code unit to its
 * column (0: a unit no literal holds), `next` is the complete transition table (state x column),
 * `literalAt` the literal ending at a state (-1: none) and `outputLink` the nearest shorter state,
 * along the failure links, where a literal ends (0: none; the root holds no literal).
 */
export interface LiteralAutomaton {
  readonly classOf: Uint16Array;
  readonly columns: number;
  readonly next: Uint16Array | Int32Array;
  readonly literalAt: Int32Array;
  readonly outputLink: Int32Array;
}

export function automatonOf(root: LiteralNode): LiteralAutomaton {
  const nodes: LiteralNode[] = [root];
  const units = new Set<number>();
  for (let i = 0; i < nodes.length; i++) {
    for (const [unit, child] of nodes[i].next) {
      units.add(unit);
      nodes.push(child);
    }
  }
  const stateOf = new Map<LiteralNode, number>(nodes.map((node, state) => [node, state]));
  const classOf = new Uint16Array(0x10000);
  let columns = 1;
  for (const unit of units) classOf[unit] = columns++;
  // Two bytes a cell while the states fit (a few thousand for the shipped rules): half the memory.
  const next =
    nodes.length <= 0xffff ? new Uint16Array(nodes.length * columns) : new Int32Array(nodes.length * columns);
  const literalAt = new Int32Array(nodes.length).fill(-1);
  const outputLink = new Int32Array(nodes.length);
  const failure = new Int32Array(nodes.length);
  // Breadth first (the order `nodes` was filled in): a state's failure target is shallower, so
  // its row of the table is complete before the state's own row is filled from it.
  for (let state = 0; state < nodes.length; state++) {
    const node = nodes[state];
    if (state > 0) literalAt[state] = node.id;
    const fallback = failure[state];
    if (state > 0) next.copyWithin(state * columns, fallback * columns, fallback * columns + columns);
    for (const [unit, child] of node.next) {
      const childState = stateOf.get(child)!;
      const column = classOf[unit];
      failure[childState] = state === 0 ? 0 : next[fallback * columns + column];
      next[state * columns + column] = childState;
    }
  }
  for (let state = 1; state < nodes.length; state++) {
    const shorter = failure[state];
    outputLink[state] = literalAt[shorter] >= 0 && shorter > 0 ? shorter : outputLink[shorter];
  }
  return { classOf, columns, next, literalAt, outputLink };
}

/** Adds a literal to the trie, its last unit's node marked with the literal's id. */
export function insertLiteral(root: LiteralNode, literal: string, id: number): void {
  let node = root;
  for (let i = 0; i < literal.length; i++) {
    const unit = literal.charCodeAt(i);
    let child = node.next.get(unit);
    if (!child) node.next.set(unit, (child = { next: new Map(), id: -1 }));
    node = child;
  }
  node.id = id;
}

/** Scratch shared by every read: `found` marks literals already seen in this text; cleared after. */
export interface LiteralScratch {
  readonly guardsOfLiteral: readonly (readonly number[])[];
  readonly found: Uint8Array;
  readonly foundIds: number[];
}

/** Reads the text once through the automaton and marks the guards of every literal found in it. */
export function markGuards(
  text: string,
  tables: LiteralAutomaton,
  scratch: LiteralScratch,
  mayMatch: Uint8Array,
): void {
  const { classOf, columns, next, literalAt, outputLink } = tables;
  const { guardsOfLiteral, found, foundIds } = scratch;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = next[state * columns + classOf[text.charCodeAt(i)]];
    for (let at = literalAt[state] >= 0 ? state : outputLink[state]; at > 0; at = outputLink[at]) {
      const id = literalAt[at];
      if (found[id] === 1) continue;
      found[id] = 1;
      foundIds.push(id);
      for (const guard of guardsOfLiteral[id]) mayMatch[guard] = 1;
    }
  }
  for (const id of foundIds) found[id] = 0;
  foundIds.length = 0;
}
