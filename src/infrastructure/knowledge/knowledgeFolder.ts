import { existsSync, type FSWatcher, readFileSync, readdirSync, renameSync, statSync, watch, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { KnowledgeDocument } from '../../domain/retrieval/types';
import { CPR_MASK } from '../../domain/privacy/cpr';
import type { KnowledgeFileInspection, KnowledgeSnapshot, KnowledgeSource } from '../../ports/knowledgeSource';
import type { Logger } from '../../ports/logger';
import { KnowledgeFileError, parseKnowledgeFile, SUPPORTED_EXTENSIONS } from './parsers';

export interface KnowledgeFolderOptions {
  readonly dir: string;
  readonly logger: Logger;
  /** Quiet time after the last change before onChange is called (editors write a file in several steps). */
  readonly debounceMs?: number;
  /** Documents already parsed at start-up (e.g. from the persisted index), reused until their file changes. */
  readonly initial?: readonly KnowledgeDocument[];
}

interface CachedFile {
  readonly size: number;
  readonly mtimeMs: number;
  readonly document: KnowledgeDocument | undefined;
}

function listSupported(dir: string): { id: string; path: string; size: number; mtimeMs: number }[] {
  const out: { id: string; path: string; size: number; mtimeMs: number }[] = [];
  const visit = (folder: string): void => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(folder, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) visit(path);
      else if (SUPPORTED_EXTENSIONS.includes(extname(name).toLowerCase() as never))
        out.push({ id: relative(dir, path).split('\\').join('/'), path, size: stat.size, mtimeMs: stat.mtimeMs });
    }
  };
  visit(dir);
  return out;
}

/**
 * The knowledge folder on disk. A re-read parses only files whose size or modification time
 * changed; a file that no longer parses is logged by name and its last good version is kept.
 */
export function createKnowledgeFolder(options: KnowledgeFolderOptions): KnowledgeSource {
  const logger = options.logger.child({ component: 'knowledgeFolder' });
  const debounceMs = options.debounceMs ?? 500;
  const cache = new Map<string, CachedFile>();
  const initialById = new Map((options.initial ?? []).map((d) => [d.meta.id, d]));
  // Taken as they stand now, right after start-up read them; a later change re-parses the file.
  for (const file of initialById.size > 0 ? listSupported(options.dir) : []) {
    const document = initialById.get(file.id);
    if (document) cache.set(file.id, { size: file.size, mtimeMs: file.mtimeMs, document });
  }

  return {
    read: () => readFolder(options.dir, cache, logger),
    watch: (onChange) => watchFolder(options.dir, debounceMs, logger, onChange),
    inspect: (fileName, data) => inspectFile(options.dir, fileName, data),
    write: (fileName, data) => writeFile(options.dir, fileName, data),
  };
}

/** Parses the files that changed since the cache saw them; a file that no longer parses keeps its last good version. */
async function readFolder(dir: string, cache: Map<string, CachedFile>, logger: Logger): Promise<KnowledgeSnapshot> {
  const files = listSupported(dir);
  const documents: KnowledgeDocument[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const file of files) {
    seen.add(file.id);
    const cached = cache.get(file.id);
    if (cached && cached.size === file.size && cached.mtimeMs === file.mtimeMs) {
      if (cached.document) documents.push(cached.document);
      continue;
    }
    try {
      const document = await parseKnowledgeFile({ id: file.id, path: file.path }, readFileSync(file.path));
      if (document.sections.length === 0) throw new KnowledgeFileError(file.path, 'no text found');
      cache.set(file.id, { size: file.size, mtimeMs: file.mtimeMs, document });
      documents.push(document);
    } catch (error) {
      skipped += 1;
      const reason = error instanceof KnowledgeFileError ? error.reason : 'unreadable';
      const previous = cached?.document;
      // The file name and the parser's reason only: never the file's text.
      logger.warn('knowledge file skipped', { file: file.id, reason, keptPrevious: previous !== undefined });
      cache.set(file.id, { size: file.size, mtimeMs: file.mtimeMs, document: previous });
      if (previous) documents.push(previous);
    }
  }
  for (const id of [...cache.keys()]) if (!seen.has(id)) cache.delete(id);
  return { documents, skipped };
}

/** Calls onChange once the folder has been quiet for debounceMs; returns the stop function. */
function watchFolder(dir: string, debounceMs: number, logger: Logger, onChange: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  const changed = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, debounceMs);
  };
  try {
    watcher = watch(dir, { recursive: true, persistent: false }, changed);
    watcher.on('error', (error) => logger.warn('knowledge folder watch failed', { error: error.name }));
  } catch (error) {
    logger.warn('knowledge folder not watched', { error: error instanceof Error ? error.name : 'unknown' });
  }
  return () => {
    if (timer) clearTimeout(timer);
    watcher?.close();
  };
}

async function inspectFile(dir: string, fileName: string, data: Buffer): Promise<KnowledgeFileInspection> {
  try {
    const document = await parseKnowledgeFile({ id: fileName, path: fileName }, data);
    if (document.sections.length === 0) return { kind: 'unreadable' };
    // The parsers mask CPR numbers as they read; a mask in the result means the file held one.
    const containsCpr =
      document.meta.title.includes(CPR_MASK) ||
      document.sections.some((s) => s.body.includes(CPR_MASK) || s.headingPath.some((h) => h.includes(CPR_MASK)));
    return {
      kind: 'readable',
      title: document.meta.title,
      sections: document.sections.length,
      exists: existsSync(join(dir, fileName)),
      containsCpr,
    };
  } catch {
    return { kind: 'unreadable' };
  }
}

async function writeFile(dir: string, fileName: string, data: Buffer): Promise<{ replaced: boolean }> {
  const target = join(dir, fileName);
  const replaced = existsSync(target);
  // Written beside and renamed, so the watcher never reads half a file; the dot hides it from a re-read.
  const temporary = join(dir, `.${fileName}.${process.pid}.upload`);
  writeFileSync(temporary, data);
  renameSync(temporary, target);
  return { replaced };
}

