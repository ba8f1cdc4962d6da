import { createRetrievalEngine, type RetrievalEngine } from '@src/domain/retrieval/engine';
import type { LexicalResources } from '@src/domain/retrieval/expansion';
import { buildDocument, markdownBlocks } from '@src/domain/retrieval/sectioning';

/** A policy text for a retrieval test: its id, its title and its markdown. */
export interface TestPolicy {
  readonly id: string;
  readonly title: string;
  readonly markdown: string;
}

export const NO_LEXICAL_RESOURCES: LexicalResources = { synonyms: [], glossary: {}, outOfScope: [] };

/** A retrieval engine over the given policies only, as the unit tests of the gate need it. */
export function engineOver(
  policies: readonly TestPolicy[],
  resources: LexicalResources = NO_LEXICAL_RESOURCES,
): RetrievalEngine {
  const engine = createRetrievalEngine({ resources });
  engine.addDocuments(
    policies.map((p) =>
      buildDocument(
        { id: p.id, title: p.title, source: `${p.id}.md`, kind: 'policy' },
        markdownBlocks(p.markdown),
      ),
    ),
  );
  return engine;
}
