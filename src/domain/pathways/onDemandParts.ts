/**
 * Parts made on first use, all of one index's parts together (see LiteralIndex.onDemand): the
 * literals they add are then read into the automaton once.
 */
export function createOnDemandParts(): <T>(make: () => T) => () => T {
  /** The parts not made yet; made all at once on the first request for any of them. */
  let pending: (() => void)[] = [];
  let makingPending = false;

  function onDemand<T>(make: () => T): () => T {
    let made: { value: T } | undefined;
    const makeOnce = () => {
      made ??= { value: make() };
    };
    pending.push(makeOnce);
    return () => {
      if (!made && !makingPending) {
        makingPending = true;
        const all = pending;
        pending = [];
        try {
          for (const each of all) each();
        } finally {
          makingPending = false;
        }
      }
      // Asked for while the others are being made (one part built from another): made now.
      makeOnce();
      return made!.value;
    };
  }
  return onDemand;
}
