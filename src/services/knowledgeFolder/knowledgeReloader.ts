import type { KnowledgeDocument } from '../../domain/retrieval/types';
import type { KnowledgeSource } from '../../ports/knowledgeSource';
import type { Logger } from '../../ports/logger';

export interface ReplaceableIndex {
  replaceDocuments(documents: readonly KnowledgeDocument[]): Promise<void> | void;
}

export interface KnowledgeReloader {
  /** Re-reads the folder and swaps the new index in; concurrent calls share one pass plus one more. */
  reload(): Promise<{ documents: number; skipped: number }>;
  start(): void;
  stop(): void;
}

/** Keeps the Q&A index in step with the knowledge folder, without a restart. */
export function createKnowledgeReloader(deps: {
  readonly source: KnowledgeSource;
  readonly index: ReplaceableIndex;
  readonly logger: Logger;
}): KnowledgeReloader {
  const logger = deps.logger.child({ component: 'knowledgeReloader' });
  let running: Promise<{ documents: number; skipped: number }> | undefined;
  let again: Promise<{ documents: number; skipped: number }> | undefined;
  let stopWatching: (() => void) | undefined;

  async function pass(): Promise<{ documents: number; skipped: number }> {
    const started = performance.now();
    const snapshot = await deps.source.read();
    await deps.index.replaceDocuments(snapshot.documents);
    const result = { documents: snapshot.documents.length, skipped: snapshot.skipped };
    logger.info('knowledge folder re-indexed', { ...result, ms: Math.round(performance.now() - started) });
    return result;
  }

  function reload(): Promise<{ documents: number; skipped: number }> {
    if (!running) {
      running = pass().finally(() => {
        running = undefined;
      });
      return running;
    }
    // A change during a pass is read by one more pass after it, however many changes came in.
    again ??= running
      .catch(() => undefined)
      .then(() => {
        again = undefined;
        return reload();
      });
    return again;
  }

  return {
    reload,
    start() {
      stopWatching ??= deps.source.watch(() => {
        reload().catch((error: unknown) =>
          logger.error('knowledge folder re-index failed', {
            error: error instanceof Error ? error.name : 'unknown',
          }),
        );
      });
    },
    stop() {
      stopWatching?.();
      stopWatching = undefined;
    },
  };
}
