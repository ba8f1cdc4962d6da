import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import type { KnowledgeDocument } from '../../domain/retrieval/types';
import type { Logger } from '../../ports/logger';
import { KnowledgeFileError, parseKnowledgeFile, SUPPORTED_EXTENSIONS } from './parsers';

/**
 * Bump when parsing or sectioning changes, so persisted indexes are rebuilt
 * (4: CPR numbers are removed from parsed documents; an older index may still hold them).
 */
export const KNOWLEDGE_FORMAT_VERSION = 4;
export const INDEX_FILE_NAME = 'knowledge-index.json';

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export interface KnowledgeBase {
  readonly documents: readonly KnowledgeDocument[];
  readonly skipped: readonly SkippedFile[];
  readonly files: number;
  readonly fingerprint: string;
  /** 'cache' when the persisted index matched the files; 'parsed' otherwise. */
  readonly origin: 'cache' | 'parsed';
}

export interface LoadKnowledgeOptions {
  /** Files or folders (searched recursively). */
  readonly paths: readonly string[];
  readonly logger: Logger;
  /** Folder for the persisted index; omit to never persist. */
  readonly dataDir?: string;
  /** Write the persisted index only when at least this many files are found (default 20). */
  readonly persistFromFiles?: number;
  /** Ignore the persisted index and parse every file. */
  readonly rebuild?: boolean;
}

interface FileEntry {
  readonly path: string;
  readonly id: string;
  readonly size: number;
  readonly mtimeMs: number;
}

function listFiles(paths: readonly string[], skipped: SkippedFile[]): FileEntry[] {
  const out: FileEntry[] = [];
  const seen = new Set<string>();
  const visit = (path: string, root: string): void => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      skipped.push({ file: path, reason: 'not found' });
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        const child = join(path, name);
        const childStat = statSync(child, { throwIfNoEntry: false });
        if (childStat?.isDirectory() || SUPPORTED_EXTENSIONS.includes(extname(name).toLowerCase() as never)) visit(child, root);
      }
      return;
    }
    const abs = resolve(path);
    if (seen.has(abs)) return;
    seen.add(abs);
    const rel = relative(root, abs) || abs.split(/[\\/]/).pop() || abs;
    out.push({ path, id: rel.split('\\').join('/'), size: stat.size, mtimeMs: Math.round(stat.mtimeMs) });
  };
  for (const p of paths) {
    const abs = resolve(p);
    const isDir = statSync(abs, { throwIfNoEntry: false })?.isDirectory() ?? false;
    visit(p, isDir ? abs : resolve(abs, '..'));
  }
  return out;
}

export function fingerprintOf(files: readonly { path: string; size: number; mtimeMs: number }[]): string {
  const hash = createHash('sha256');
  hash.update(`v${KNOWLEDGE_FORMAT_VERSION}\n`);
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) hash.update(`${resolve(f.path)}\t${f.size}\t${f.mtimeMs}\n`);
  return hash.digest('hex').slice(0, 32);
}

interface PersistedIndex {
  readonly format: number;
  readonly fingerprint: string;
  readonly documents: KnowledgeDocument[];
  readonly skipped: SkippedFile[];
}

function readPersisted(file: string, fingerprint: string): PersistedIndex | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as PersistedIndex;
    if (data.format === KNOWLEDGE_FORMAT_VERSION && data.fingerprint === fingerprint && Array.isArray(data.documents)) return data;
  } catch {
    // Missing or unreadable: rebuild.
  }
  return undefined;
}

/**
 * Reads every supported file under the given paths into sectioned documents. A file that cannot be
 * read is reported by name and skipped. With a dataDir, large collections are persisted and reused
 * until a file is added, removed or changed (fingerprint of paths, sizes and modification times).
 */
export async function loadKnowledgeBase(options: LoadKnowledgeOptions): Promise<KnowledgeBase> {
  const skipped: SkippedFile[] = [];
  const files = listFiles(options.paths, skipped);
  const fingerprint = fingerprintOf(files);
  const persist = options.dataDir !== undefined && files.length >= (options.persistFromFiles ?? 20);
  const indexFile = options.dataDir ? join(options.dataDir, INDEX_FILE_NAME) : undefined;
  // A persisted index that matches is always used (e.g. one written by `npm run ingest`).
  if (indexFile && !options.rebuild) {
    const cached = readPersisted(indexFile, fingerprint);
    if (cached) {
      options.logger.info('knowledge index loaded from disk', { documents: cached.documents.length, files: files.length });
      return { documents: cached.documents, skipped: [...skipped, ...cached.skipped], files: files.length, fingerprint, origin: 'cache' };
    }
  }
  const documents: KnowledgeDocument[] = [];
  const fileSkips: SkippedFile[] = [];
  for (const file of files) {
    try {
      const doc = await parseKnowledgeFile({ id: file.id, path: file.path }, readFileSync(file.path));
      if (doc.sections.length === 0) {
        fileSkips.push({ file: file.path, reason: 'no text found' });
        options.logger.warn('knowledge file skipped', { file: file.path, reason: 'no text found' });
        continue;
      }
      documents.push(doc);
    } catch (error) {
      const reason = error instanceof KnowledgeFileError ? error.reason : error instanceof Error ? error.message : 'unreadable';
      fileSkips.push({ file: file.path, reason });
      options.logger.warn('knowledge file skipped', { file: file.path, reason });
    }
  }
  if (persist && indexFile && options.dataDir) {
    try {
      mkdirSync(options.dataDir, { recursive: true });
      const tmp = `${indexFile}.${process.pid}.tmp`;
      const data: PersistedIndex = { format: KNOWLEDGE_FORMAT_VERSION, fingerprint, documents, skipped: fileSkips };
      writeFileSync(tmp, JSON.stringify(data));
      renameSync(tmp, indexFile);
    } catch (error) {
      options.logger.warn('knowledge index not persisted', { error: error instanceof Error ? error.name : 'unknown' });
    }
  }
  options.logger.info('knowledge parsed', { documents: documents.length, skipped: fileSkips.length, files: files.length });
  return { documents, skipped: [...skipped, ...fileSkips], files: files.length, fingerprint, origin: 'parsed' };
}
