import type { Citation } from '../../domain/citations';
import {
  DEFAULT_THRESHOLD,
  type RankingParams,
  type RetrievalEngine,
  type RetrievalEngineOptions,
  type RetrievalResult,
  type RetrievedPassage,
} from '../../domain/retrieval/engine';
import type { LexicalResources } from '../../domain/retrieval/expansion';
import { createRetrievalIndex, type IndexBuild, type IndexChange } from '../../domain/retrieval/indexChanges';
import { buildDocument, markdownBlocks } from '../../domain/retrieval/sectioning';
import type { KnowledgeDocument } from '../../domain/retrieval/types';
import type { Logger } from '../../ports/logger';
import type { RetrievalHost } from '../../ports/retrievalHost';
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
  /**
   * Answers questions elsewhere (worker threads) once it is ready; it is told every change this
   * index makes. Without one, or while it cannot answer, questions are answered in this thread.
   */
  readonly retrievalHost?: RetrievalHost;
}

/**
 * The searchable side of the Q&A service: the retrieval engine over the knowledge folder plus the
 * updates and owners' answers fed in, swapped whole when the folder is re-read.
 */
export type PolicyIndex = Pick<
  PolicyQaService,
  'findPassages' | 'searchPassages' | 'replaceDocuments' | 'upsertUpdate' | 'removeUpdate' | 'stats'
> & {
  /** Answered by the retrieval host when it is ready, else (and when it fails) in this thread. */
  answer(question: string): Promise<RetrievalResult>;
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

/** Milliseconds since `started`, to a tenth. */
function msSince(started: number, now: () => number): number {
  return Math.round((now() - started) * 10) / 10;
}

/** From the host when it is ready, else, or when it fails, from this thread's own engine. */
async function answerWithFallback(
  question: string,
  engine: Pick<RetrievalEngine, 'answer'>,
  host: RetrievalHost | undefined,
  logger: Logger,
): Promise<RetrievalResult> {
  if (!host?.ready) return engine.answer(question);
  try {
    return await host.answer(question);
  } catch (error) {
    // The host's copy went through the same changes as this engine: the answer is the same.
    logger.warn('policy retrieval answered in this thread instead', {
      errorName: (error as Error)?.name ?? 'Error',
    });
    return engine.answer(question);
  }
}

export function createPolicyIndex(deps: PolicyIndexDeps): PolicyIndex {
  const { logger, now, cleanQuery, retrievalHost } = deps;
  const engineOptions: RetrievalEngineOptions = {
    resources: deps.resources,
    threshold: deps.threshold ?? DEFAULT_THRESHOLD,
    ranking: deps.ranking,
  };
  // Updates and owners' answers are kept apart so a re-read of the knowledge folder keeps them.
  const fedDocuments = new Map<string, KnowledgeDocument>();
  const citedPassages = createCitedPassages();
  const firstBuild: IndexBuild = { kind: 'build', options: engineOptions, documents: deps.documents };
  const startedAt = now();
  const own = createRetrievalIndex(firstBuild);
  let buildMs = msSince(startedAt, now);
  retrievalHost?.apply(firstBuild);
  /** Made here first, then by the host: its copy goes through the same changes in the same order. */
  function change(next: IndexChange): boolean {
    const started = now();
    const result = own.apply(next);
    // This thread's own work: handing the change to the host is not part of building.
    if (next.kind === 'build') buildMs = msSince(started, now);
    retrievalHost?.apply(next);
    citedPassages.clear();
    return result;
  }
  logger.info('policy index built', {
    documents: own.engine.stats.documents,
    sections: own.engine.stats.sections,
    buildMs,
  });

  return {
    answer: (question: string) => answerWithFallback(question, own.engine, retrievalHost, logger),
    findPassages(query: string, limit: number): Citation[] {
      return citedPassages.find(query, limit, () =>
        own.engine.passages(cleanQuery(query), limit).map(({ title, section, quote, source }) => ({
          title,
          section,
          quote,
          source,
        })),
      );
    },
    searchPassages(query: string, limit: number): PassageHit[] {
      return own.engine.passages(cleanQuery(query), limit).map(toPassageHit);
    },
    async replaceDocuments(documents: readonly KnowledgeDocument[]): Promise<void> {
      // One addDocuments call, as at start-up: the compound lexicon must be complete before any word
      // is split, so a batched build would index differently. Synchronous, so nothing changes midway.
      change({ kind: 'build', options: engineOptions, documents: [...documents, ...fedDocuments.values()] });
      logger.info('policy index replaced', {
        documents: own.engine.stats.documents,
        sections: own.engine.stats.sections,
        buildMs,
      });
    },
    upsertUpdate(update: PublishedUpdateDocument): void {
      const document = updateDocument(update);
      fedDocuments.set(document.meta.id, document);
      change({ kind: 'add', documents: [document] });
      logger.info('policy update indexed', { updateId: update.id, sections: own.engine.stats.sections });
    },
    removeUpdate(id: string): void {
      fedDocuments.delete(UPDATE_ID_PREFIX + id);
      const removed = change({ kind: 'remove', documentId: UPDATE_ID_PREFIX + id });
      logger.info('policy update removed', { updateId: id, removed });
    },
    get stats() {
      return { documents: own.engine.stats.documents, sections: own.engine.stats.sections, buildMs };
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
