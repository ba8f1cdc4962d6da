/**
 * Policy Q&A from the command line (contract used by evaluation tools; keep it stable):
 *   npm run --silent ask -- --json [--knowledge PATH]... [QUESTION]
 * Prints one JSON object per question on its own line and nothing else on stdout.
 */
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { LexicalResources } from '../domain/retrieval/expansion';
import { loadKnowledgeBase, type KnowledgeBase } from '../infrastructure/knowledge/loadKnowledgeBase';
import { loadLexicalResources } from '../infrastructure/knowledge/lexicalResources';
import { loadToolSettings } from '../config';
import { createStderrLogger } from '../infrastructure/knowledge/stderrLogger';
import type { Logger } from '../ports/logger';
import { createPolicyQaService } from '../services/policyQa/policyQaService';
import type { PolicyAnswer, PolicyQaService } from '../services/policyQa/types';

export interface PolicyQaSetup {
  readonly service: PolicyQaService;
  readonly knowledge: KnowledgeBase;
  readonly resources: LexicalResources;
}

/** Builds the service the way the bot does, from files and config. Shared by the CLIs. */
export async function setUpPolicyQa(options: {
  knowledgePaths?: readonly string[];
  configDir?: string;
  dataDir?: string;
  logger: Logger;
}): Promise<PolicyQaSetup> {
  const settings = loadToolSettings();
  const configDir = options.configDir ?? settings.configDir;
  const resources = loadLexicalResources(resolve(configDir));
  const paths = options.knowledgePaths?.length ? options.knowledgePaths : [settings.knowledgeDir];
  const knowledge = await loadKnowledgeBase({
    paths,
    logger: options.logger,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  });
  const service = createPolicyQaService({
    documents: knowledge.documents,
    resources,
    logger: options.logger,
  });
  return { service, knowledge, resources };
}

export function toContractJson(answer: PolicyAnswer): string {
  return JSON.stringify({
    question: answer.question,
    answered: answer.kind === 'answer',
    confidence: Math.round(answer.confidence * 1000) / 1000,
    answer: answer.answer,
    citations: answer.citations.map((c) => ({
      title: c.title,
      section: c.section,
      quote: c.quote,
      source: c.source,
    })),
  });
}

function toText(answer: PolicyAnswer): string {
  if (answer.kind === 'noAnswer') {
    const topics = answer.closestTopics.length ? `\nNærmeste emner: ${answer.closestTopics.join('; ')}` : '';
    return `Dokumenterne besvarer ikke spørgsmålet (${answer.reason}).${topics}\n`;
  }
  const cites = answer.citations
    .map((c, i) => `[${i + 1}] ${c.title} — ${c.section}\n    ${c.source}`)
    .join('\n');
  return `${answer.answer}\n\n${cites}\n(sikkerhed ${answer.confidence.toFixed(2)})\n`;
}

export function parseArgs(argv: readonly string[]): {
  json: boolean;
  knowledge: string[];
  question?: string;
  help: boolean;
} {
  const knowledge: string[] = [];
  const words: string[] = [];
  let json = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--knowledge') {
      const next = argv[++i];
      if (next === undefined) throw new Error('--knowledge needs a path');
      knowledge.push(next);
    } else if (a.startsWith('--knowledge=')) knowledge.push(a.slice('--knowledge='.length));
    else if (a === '--help' || a === '-h') help = true;
    else words.push(a);
  }
  const question = words.join(' ').trim();
  return { json, knowledge, help, ...(question ? { question } : {}) };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stderr.write('Brug: npm run --silent ask -- [--json] [--knowledge STI]... [SPØRGSMÅL]\n');
    return;
  }
  const settings = loadToolSettings(process.env, { logLevel: 'warn' });
  const logger = createStderrLogger(settings.logLevel);
  const dataDir = args.knowledge.length || !settings.dataDirGiven ? undefined : settings.dataDir;
  const { service } = await setUpPolicyQa({
    knowledgePaths: args.knowledge,
    logger,
    ...(dataDir ? { dataDir } : {}),
  });
  const print = (answer: PolicyAnswer) =>
    process.stdout.write(args.json ? `${toContractJson(answer)}\n` : toText(answer));
  if (args.question !== undefined) {
    print(await service.ask(args.question));
    return;
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim().length === 0) continue;
    print(await service.ask(line));
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`ask: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
