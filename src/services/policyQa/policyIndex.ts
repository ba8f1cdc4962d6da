import type { Citation } from '../../domain/citations';
import {
  createRetrievalEngine,
  DEFAULT_THRESHOLD,
  type RankingParams,
  type RetrievalEngine,
  type RetrievedPassage,
} from '../../domain/retrieval/engine';
import type { LexicalResources } from '../../domain/retrieval/expansion';
import { buildDocument, markdownBlocks } from '../../domain/retrieval/sectioning';
import type { KnowledgeDocument } from '../../domain/retrieval/types';
import type { Logger } from '../../ports/logger';
import type { PublishedUpdateDocument } from '../contracts';
import type { PassageHit, PolicyQaService } from './types';

export const UPDATE_ID_PREFIX = 'update:';
const MAX_CACHED_QUERIES = 64;

export interface PolicyIndexDeps {
  readonly documents: readonly KnowledgeDocument[];
  readonly resources: LexicalResources;
  readonly logger: Logger;
  readonly threshold?: number;
  readonly ranking?: Partial<RankingParams>;
  readonly now: () => number;
  /** Removes CPR numbers from a search query before it reaches the index. */
  readonly cleanQuery: (text: string) => string;
}

/**
 * The searchable side of the Q&A service: the retrieval engine over the knowledge folder plus the
 * updates and owners' answers fed in, swapped whole when the folder is re-read.
 */
export type PolicyIndex = Pick<
  PolicyQaService,
  'findPassages' | 'searchPassages' | 'replaceDocuments' | 'upsertUpdate' | 'removeUpdate' | 'stats'
> & {
  /** The engine a turn answers from; read once per question so a swap never mixes two indexes. */
  readonly engine: RetrievalEngine;
};

/**
 * Pathway guidance cites the same few queries (one per pathway) on every concern: their passages
 * are kept until the index changes. Bounded, in case a caller sends queries of its own.
 */
function createCitedPassages() {
  const found = new Map<string, readonly Citation[]>();
  return {
    find(query: string, limit: number, search: () => readonly Citation[]): Citation[] {
      const key = `${limit}\u0000${query}`;
      let citations = found.get(key);
      if (!citations) {
        citations = search();
        if (found.size >= MAX_CACHED_QUERIES) found.clear();
        found.set(key, citations);
      }
      return citations.map((citation) => ({ ...citation }));
    },
    clear: () => found.clear(),
  };
}

function toPassageHit(p: RetrievedPassage): PassageHit {
  return {
    id: p.sectionId,
    title: p.title,
    section: p.section,
    snippet: p.display,
    source: p.source,
    score: Math.round(p.coverage * 1000) / 1000,
  };
}

export function createPolicyIndex(deps: PolicyIndexDeps): PolicyIndex {
  const { logger, now, cleanQuery } = deps;
  const started = now();
  const newEngine = () =>
    createRetrievalEngine({
      resources: deps.resources,
      threshold: deps.threshold ?? DEFAULT_THRESHOLD,
      ranking: deps.ranking,
    });
  // Updates and owners' answers are kept apart so a re-read of the knowledge folder keeps them.
  const fedDocuments = new Map<string, KnowledgeDocument>();
  let engine = newEngine();
  engine.addDocuments(deps.documents);
  const citedPassages = createCitedPassages();
  const indexChanged = () => citedPassages.clear();
  let buildMs = Math.round((now() - started) * 10) / 10;
  logger.info('policy index built', {
    documents: engine.stats.documents,
    sections: engine.stats.sections,
    buildMs,
  });

  return {
    get engine() {
      return engine;
    },
    findPassages(query: string, limit: number): Citation[] {
      return citedPassages.find(query, limit, () =>
        engine.passages(cleanQuery(query), limit).map(({ title, section, quote, source }) => ({
          title,
          section,
          quote,
          source,
        })),
      );
    },
    searchPassages(query: string, limit: number): PassageHit[] {
      return engine.passages(cleanQuery(query), limit).map(toPassageHit);
    },
    async replaceDocuments(documents: readonly KnowledgeDocument[]): Promise<void> {
      // Built aside and swapped in one assignment: a turn answers from the old or the new index, never a mix.
      const t0 = now();
      const next = newEngine();
      // One addDocuments call, as at start-up: the compound lexicon must be complete before any word
      // is split, so a batched build would index differently. Synchronous, so nothing changes midway.
      next.addDocuments([...documents, ...fedDocuments.values()]);
      engine = next;
      indexChanged();
      buildMs = Math.round((now() - t0) * 10) / 10;
      logger.info('policy index replaced', {
        documents: next.stats.documents,
        sections: next.stats.sections,
        buildMs,
      });
    },
    upsertUpdate(update: PublishedUpdateDocument): void {
      const document = updateDocument(update);
      fedDocuments.set(document.meta.id, document);
      engine.addDocuments([document]);
      indexChanged();
      logger.info('policy update indexed', { updateId: update.id, sections: engine.stats.sections });
    },
    removeUpdate(id: string): void {
      fedDocuments.delete(UPDATE_ID_PREFIX + id);
      const removed = engine.removeDocument(UPDATE_ID_PREFIX + id);
      indexChanged();
      logger.info('policy update removed', { updateId: id, removed });
    },
    get stats() {
      return { documents: engine.stats.documents, sections: engine.stats.sections, buildMs };
    },
  };
}

/** A published knowledge update as a searchable document, cited as kind 'update'. */
export function updateDocument(update: PublishedUpdateDocument): KnowledgeDocument {
  const id = UPDATE_ID_PREFIX + update.id;
  const body =
    update.tags.length > 0
      ? `${update.bodyMarkdown}\n\nEmner: ${update.tags.join(', ')}.`
      : update.bodyMarkdown;
  return buildDocument(
    {
      id,
      title: update.title,
      source: update.link ?? id,
      date: update.publishedAt,
      kind: 'update',
      authorRole: update.authorRole,
    },
    markdownBlocks(body),
  );
}
