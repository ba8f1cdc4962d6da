/** The policy Q&A index, the watched knowledge folder and uploads into it. */
import type { AppConfig } from '../config';
import { createHttpFileDownloader } from '../infrastructure/download/httpFileDownloader';
import { createKnowledgeFolder } from '../infrastructure/knowledge/knowledgeFolder';
import { loadKnowledgeBase } from '../infrastructure/knowledge/loadKnowledgeBase';
import { createAnswerGeneratorFromSettings } from '../infrastructure/llm/chatCompletionsGenerator';
import {
  createWorkerRetrievalHost,
  type WorkerRetrievalHost,
} from '../infrastructure/retrieval/workerRetrievalHost';
import type { Logger } from '../ports/logger';
import { createKnowledgeReloader } from '../services/knowledgeFolder/knowledgeReloader';
import { createKnowledgeUploadService } from '../services/knowledgeFolder/knowledgeUploads';
import { createPolicyQaService } from '../services/policyQa/policyQaService';
import type { EditableConfig } from './editableConfig';

export type KnowledgeParts = Awaited<ReturnType<typeof wireKnowledge>>;

export async function wireKnowledge(
  config: AppConfig,
  files: Pick<EditableConfig, 'lexicalResources' | 'knowledgeOwners'>,
  logger: Logger,
) {
  const knowledge = await loadKnowledgeBase({
    paths: [config.knowledgeDir],
    dataDir: config.storage.dataDir,
    logger,
  });
  const retrievalHost = retrievalHostFor(config, logger);
  const policyQa = createPolicyQaService({
    documents: knowledge.documents,
    resources: files.lexicalResources,
    logger,
    generator: createAnswerGeneratorFromSettings(config.llm, { logger }),
    generatorTimeoutMs: llmTimeoutMs(config),
    maxQuestionLength: config.maxMessageLength,
    retrievalHost,
  });
  logger.info('knowledge index ready', {
    documents: policyQa.stats.documents,
    sections: policyQa.stats.sections,
    skippedFiles: knowledge.skipped.length,
    origin: knowledge.origin,
    buildMs: Math.round(policyQa.stats.buildMs),
  });
  // Re-reads reuse the documents parsed (or loaded from the persisted index) at start-up.
  const knowledgeFolder = createKnowledgeFolder({
    dir: config.knowledgeDir,
    logger,
    debounceMs: config.knowledgeWatchDebounceMs,
    initial: knowledge.documents,
  });
  const knowledgeReloader = createKnowledgeReloader({ source: knowledgeFolder, index: policyQa, logger });
  const knowledgeUploads = createKnowledgeUploadService({
    source: knowledgeFolder,
    downloader: createHttpFileDownloader(),
    reloader: knowledgeReloader,
    owners: files.knowledgeOwners,
    logger,
  });
  return { policyQa, knowledgeReloader, knowledgeUploads, retrievalHost };
}

/**
 * Worker threads that answer policy questions when the machine has CPUs to spare; without them the
 * policy index answers in this thread. Their workers start when told (see startBot); this thread
 * answers until they have built their copy of the index.
 */
function retrievalHostFor(
  config: Pick<AppConfig, 'retrievalThreads'>,
  logger: Logger,
): WorkerRetrievalHost | undefined {
  if (config.retrievalThreads === 0) return undefined;
  return createWorkerRetrievalHost({ threads: config.retrievalThreads, logger });
}

/** Without an LLM there is nothing to wait for, so no timeout applies. */
export function llmTimeoutMs(config: Pick<AppConfig, 'llm'>): number | undefined {
  return config.llm.provider === 'none' ? undefined : config.llm.timeoutMs;
}
