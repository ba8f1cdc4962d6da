import type { IndexedSection } from './searchIndex';

/** Every term ever seen gets a stable id. */
export class TermDictionary {
  readonly ids = new Map<string, number>();
  readonly terms: string[] = [];

  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }
}

/** What the build writes and the search reads: the sections, their documents and their lengths. */
export class Corpus {
  readonly sections: IndexedSection[] = [];
  readonly docs = new Map<string, number[]>();
  readonly lengthSums = [0, 0, 0];
  readonly dictionary = new TermDictionary();
  alive = 0;
  /** True when the posting lists no longer match the sections. */
  dirty = true;
}
