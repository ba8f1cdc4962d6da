/**
 * Builds or refreshes the persisted knowledge index (DATA_DIR/knowledge-index.json) from
 * KNOWLEDGE_DIR (default knowledge/) and prints a JSON summary:
 *   npm run ingest [-- --knowledge PATH]... [--rebuild]
 */
import { join, resolve } from 'node:path';
import { loadKnowledgeBase, INDEX_FILE_NAME } from '../infrastructure/knowledge/loadKnowledgeBase';
import { loadLexicalResources } from '../infrastructure/knowledge/lexicalResources';
import { loadToolSettings } from '../config';
import { createStderrLogger } from '../infrastructure/knowledge/stderrLogger';
import { createPolicyQaService } from '../services/policyQa/policyQaService';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const paths: string[] = [];
  let rebuild = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--knowledge' && argv[i + 1] !== undefined) paths.push(argv[++i]);
    else if (argv[i] === '--rebuild') rebuild = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  const settings = loadToolSettings(process.env, { logLevel: 'warn' });
  const logger = createStderrLogger(settings.logLevel);
  const knowledgePaths = paths.length > 0 ? paths : [settings.knowledgeDir];
  const dataDir = resolve(settings.dataDir);
  const started = performance.now();
  const kb = await loadKnowledgeBase({
    paths: knowledgePaths,
    logger,
    dataDir,
    persistFromFiles: 0,
    rebuild: true,
  });
  const resources = loadLexicalResources(resolve(settings.configDir));
  const service = createPolicyQaService({ documents: kb.documents, resources, logger });
  process.stdout.write(
    `${JSON.stringify(
      {
        knowledge: knowledgePaths,
        index: join(dataDir, INDEX_FILE_NAME),
        fingerprint: kb.fingerprint,
        rebuilt: rebuild || kb.origin === 'parsed',
        files: kb.files,
        documents: kb.documents.length,
        sections: service.stats.sections,
        skipped: kb.skipped,
        parseMs: Math.round(performance.now() - started - service.stats.buildMs),
        indexMs: service.stats.buildMs,
      },
      null,
      2,
    )}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`ingest: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
