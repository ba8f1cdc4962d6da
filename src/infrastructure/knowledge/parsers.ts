import { basename, extname } from 'node:path';
import { parse as parseHtml, type HTMLElement, NodeType, type Node } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { redactCpr } from '../../domain/privacy/cpr';
import { buildDocument as buildSections, firstHeading, markdownBlocks, plainTextBlocks } from '../../domain/retrieval/sectioning';
import type { Block, DocumentMeta, KnowledgeDocument } from '../../domain/retrieval/types';

export const SUPPORTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', '.pdf', '.docx'] as const;

export class KnowledgeFileError extends Error {
  readonly code = 'KNOWLEDGE_FILE_UNREADABLE';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'KnowledgeFileError';
  }
}

/**
 * Every parsed document goes through here: a CPR number in a file (a pasted case note, an
 * uploaded letter) is removed before anything is indexed, quoted or persisted.
 */
function buildDocument(
  meta: DocumentMeta,
  blocks: readonly Block[],
  options: { readonly plainText?: boolean } = {},
): KnowledgeDocument {
  const clean = blocks.map((block) => (block.kind === 'break' ? block : { ...block, text: redactCpr(block.text) }));
  return buildSections({ ...meta, title: redactCpr(meta.title) }, clean, options);
}

interface FileMeta {
  readonly id: string;
  readonly path: string;
}

function titleFromName(path: string): string {
  const name = basename(path, extname(path)).replace(/[-_]+/g, ' ').trim();
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function metaOf(file: FileMeta, fields: Record<string, unknown>, blocks: readonly Block[]): DocumentMeta {
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : undefined);
  const version = str(fields.version);
  const date = str(fields.date) ?? str(fields.updated);
  return {
    id: file.id,
    title: str(fields.title) ?? firstHeading(blocks) ?? titleFromName(file.path),
    source: str(fields.source) ?? str(fields.url) ?? file.path,
    ...(version ? { version } : {}),
    ...(date ? { date } : {}),
    kind: 'policy',
  };
}

/** Markdown with optional YAML front matter (title, source, version, date). */
export function parseMarkdown(file: FileMeta, text: string): KnowledgeDocument {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let fields: Record<string, unknown> = {};
  let body = normalised;
  const fm = /^---\n([\s\S]*?)\n---\s*(?:\n|$)/.exec(normalised);
  if (fm) {
    const parsed: unknown = parseYaml(fm[1]);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) fields = parsed as Record<string, unknown>;
    else if (parsed !== null && parsed !== undefined) throw new KnowledgeFileError(file.path, 'front matter is not a YAML map');
    body = normalised.slice(fm[0].length);
  }
  const blocks = markdownBlocks(body);
  return buildDocument(metaOf(file, fields, blocks), blocks);
}

export function parsePlainText(file: FileMeta, text: string): KnowledgeDocument {
  const blocks = plainTextBlocks(text.replace(/^\uFEFF/, ''));
  return buildDocument(metaOf(file, {}, blocks), blocks, { plainText: true });
}

const BLOCK_TAGS = new Set(['p', 'li', 'dd', 'dt', 'blockquote', 'pre', 'td', 'th', 'caption', 'figcaption']);
const SKIP_TAGS = new Set(['script', 'style', 'nav', 'header', 'footer', 'noscript', 'template', 'svg', 'form', 'button', 'aside']);

/** HTML: headings h1-h6 structure the sections; navigation, scripts and footers are dropped. */
export function htmlBlocks(html: string): { blocks: Block[]; title?: string } {
  const root = parseHtml(html, { blockTextElements: { script: false, style: false, pre: true } });
  const blocks: Block[] = [];
  const text = (n: Node) => n.textContent.replace(/\s+/g, ' ').trim();
  const walk = (node: Node): void => {
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = (el.tagName ?? '').toLowerCase();
    if (SKIP_TAGS.has(tag)) return;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      const t = text(el);
      if (t) blocks.push({ kind: 'heading', level: Number(heading[1]), text: t });
      return;
    }
    if (BLOCK_TAGS.has(tag)) {
      const t = text(el);
      if (t && !el.querySelector('p, li, h1, h2, h3, h4, h5, h6')) {
        blocks.push({ kind: 'text', text: tag === 'li' ? `- ${t}` : t });
        if (tag !== 'li') blocks.push({ kind: 'break' });
        return;
      }
    }
    for (const child of el.childNodes) walk(child);
    if (tag === 'ul' || tag === 'ol') blocks.push({ kind: 'break' });
  };
  const body = root.querySelector('body') ?? root;
  for (const child of body.childNodes) walk(child);
  const title = root.querySelector('title')?.textContent.trim();
  return { blocks, ...(title ? { title } : {}) };
}

export function parseHtmlDocument(file: FileMeta, html: string, extra: Record<string, unknown> = {}): KnowledgeDocument {
  const { blocks, title } = htmlBlocks(html);
  const fields: Record<string, unknown> = { ...(title ? { title } : {}), ...extra };
  return buildDocument(metaOf(file, fields, blocks), blocks);
}

export async function parsePdf(file: FileMeta, data: Buffer): Promise<KnowledgeDocument> {
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    const [result, info] = await Promise.all([parser.getText(), parser.getInfo().catch(() => undefined)]);
    const text = redactCpr(result.text.replace(/\f/g, '\n\n').replace(/^-- \d+ of \d+ --$/gm, ''));
    const blocks = plainTextBlocks(text);
    const infoTitle = (info as { info?: { Title?: unknown } } | undefined)?.info?.Title;
    const fields = typeof infoTitle === 'string' && infoTitle.trim() ? { title: infoTitle } : {};
    return buildDocument(metaOf(file, fields, blocks), blocks, { plainText: true });
  } finally {
    await parser.destroy();
  }
}

export async function parseDocx(file: FileMeta, data: Buffer): Promise<KnowledgeDocument> {
  const mammoth = await import('mammoth');
  const result = await mammoth.convertToHtml({ buffer: data });
  return parseHtmlDocument(file, result.value);
}

/** Parses one knowledge file by its extension. Throws KnowledgeFileError when it cannot. */
export async function parseKnowledgeFile(file: FileMeta, data: Buffer): Promise<KnowledgeDocument> {
  const ext = extname(file.path).toLowerCase();
  try {
    switch (ext) {
      case '.md':
      case '.markdown':
        return parseMarkdown(file, decodeUtf8(file.path, data));
      case '.txt':
        return parsePlainText(file, decodeUtf8(file.path, data));
      case '.html':
      case '.htm':
        return parseHtmlDocument(file, decodeUtf8(file.path, data));
      case '.pdf':
        return await parsePdf(file, data);
      case '.docx':
        return await parseDocx(file, data);
      default:
        throw new KnowledgeFileError(file.path, `unsupported file type ${ext || '(none)'}`);
    }
  } catch (error) {
    if (error instanceof KnowledgeFileError) throw error;
    throw new KnowledgeFileError(file.path, error instanceof Error ? error.message.split('\n')[0] : 'unreadable');
  }
}

function decodeUtf8(path: string, data: Buffer): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
  if (text.includes('\u0000')) throw new KnowledgeFileError(path, 'binary content in a text file');
  // Before the text is split into blocks: a number broken over two lines is still one number.
  return redactCpr(text);
}
