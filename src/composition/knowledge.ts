/** The policy Q&A index, the watched knowledge folder and uploads into it. */
import type { AppConfig } from '../config';
import { createHttpFileDownloader } from '../infrastructure/download/httpFileDownloader';
import { createKnowledgeFolder } from '../infrastructure/knowledge/knowledgeFolder';
import { loadKnowledgeBase } from '../infrastructure/knowledge/loadKnowledgeBase';
import { createAnswerGeneratorFromSettings } from '../infrastructure/llm/chatCompletionsGenerator';
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
  const policyQa = createPolicyQaService({
    documents: knowledge.documents,
    resources: files.lexicalResources,
    logger,
    generator: createAnswerGeneratorFromSettings(config.llm, { logger }),
    generatorTimeoutMs: llmTimeoutMs(config),
    maxQuestionLength: config.maxMessageLength,
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
  return { policyQa, knowledgeReloader, knowledgeUploads };
}

/** Without an LLM there is nothing to wait for, so no timeout applies. */
export function llmTimeoutMs(config: Pick<AppConfig, 'llm'>): number | undefined {
  return config.llm.provider === 'none' ? undefined : config.llm.timeoutMs;
}
