import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { INDEX_FILE_NAME, loadKnowledgeBase } from '../../../../src/infrastructure/knowledge/loadKnowledgeBase';
import { loadLexicalResources } from '../../../../src/infrastructure/knowledge/lexicalResources';
import { ConfigFileError } from '../../../../src/infrastructure/configFiles/loadYamlConfig';
import type { LogFields, Logger } from '../../../../src/ports/logger';
import type { KnowledgeDocument } from '../../../../src/domain/retrieval/types';

const FIXTURES = join(__dirname, '../../../fixtures/knowledge');

function logger(entries: { message: string; fields?: LogFields }[] = []): Logger {
  const log = (message: string, fields?: LogFields) => void entries.push({ message, fields });
  const l: Logger = { debug: log, info: log, warn: log, error: log, child: () => l };
  return l;
}

/** A one-page PDF with two lines of text, offsets computed so the xref table is valid. */
function tinyPdf(lines: readonly string[]): Buffer {
  const content = `BT /F1 12 Tf 72 720 Td ${lines.map((l, i) => `${i ? '0 -24 Td ' : ''}(${l}) Tj`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A minimal Word document: a "heading 1" paragraph and a body paragraph. */
function tinyDocx(heading: string, text: string): Buffer {
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'word/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${w}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${w}"><w:body>` +
        `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>${heading}</w:t></w:r></w:p>` +
        `<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
    ),
  };
  return Buffer.from(zipSync(files));
}

describe('loadKnowledgeBase', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kb-test-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads Markdown with front matter, plain text and HTML from a folder', async () => {
    const kb = await loadKnowledgeBase({ paths: [FIXTURES], logger: logger() });
    expect(kb.skipped).toEqual([]);
    const byId = new Map(kb.documents.map((d) => [d.meta.id, d]));
    expect(byId.get('skolepolitik.md')?.meta).toMatchObject({
      title: 'Testkommunens skolepolitik',
      source: 'https://example.org/skolepolitik',
      version: '2.1',
      date: '2025-03-01',
    });
    const html = byId.get('dagtilbud.html');
    expect(html?.meta.title).toBe('Dagtilbud i Testkommune');
    expect(html?.sections.map((s) => s.headingPath.join(' > '))).toEqual([
      'Dagtilbud i Testkommune > Sprogvurdering',
      'Dagtilbud i Testkommune > Åbningstider',
    ]);
    expect(JSON.stringify(html)).not.toMatch(/Forside|Kontakt: kommunen/);
    expect(byId.get('kommuneside.txt')?.sections).toHaveLength(2);
  });

  it('reads a PDF file (in plain Node, where pdf.js can start its worker)', () => {
    const file = join(dir, 'sprog.pdf');
    writeFileSync(file, tinyPdf(['Sprogvurdering', 'Alle boern faar en sprogvurdering omkring tre aar.']));
    const output = execFileSync(process.execPath, [require.resolve('tsx/cli'), join(__dirname, 'parseInNode.ts'), file], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    const doc = JSON.parse(output) as KnowledgeDocument;
    expect(doc.meta.id).toBe('sprog.pdf');
    expect(doc.sections.map((s) => s.body).join(' ')).toContain('Alle boern faar en sprogvurdering omkring tre aar.');
  });

  it('reads a DOCX file with its headings', async () => {
    writeFileSync(join(dir, 'samarbejde.docx'), tinyDocx('Samarbejde med PPR', 'Skolen kontakter PPR sammen med forældrene.'));
    const kb = await loadKnowledgeBase({ paths: [dir], logger: logger() });
    expect(kb.skipped).toEqual([]);
    const docx = kb.documents.find((d) => d.meta.id === 'samarbejde.docx');
    expect(docx?.meta.title).toBe('Samarbejde med PPR');
    expect(docx?.sections[0].headingPath).toEqual(['Samarbejde med PPR']);
    expect(docx?.sections[0].body).toBe('Skolen kontakter PPR sammen med forældrene.');
  });

  it('reports a broken file by name and keeps the rest', async () => {
    copyFileSync(join(FIXTURES, 'skolepolitik.md'), join(dir, 'ok.md'));
    writeFileSync(join(dir, 'broken.pdf'), 'this is not a pdf');
    writeFileSync(join(dir, 'broken.docx'), 'not a zip either');
    writeFileSync(join(dir, 'bad-front-matter.md'), '---\n- just\n- a list\n---\n# Titel\n\nTekst her.\n');
    const entries: { message: string; fields?: LogFields }[] = [];
    const kb = await loadKnowledgeBase({ paths: [dir], logger: logger(entries) });
    expect(kb.documents.map((d) => d.meta.id)).toEqual(['ok.md']);
    expect(kb.skipped.map((s) => s.file).sort()).toEqual(
      ['bad-front-matter.md', 'broken.docx', 'broken.pdf'].map((f) => join(dir, f)).sort(),
    );
    expect(entries.filter((e) => e.message === 'knowledge file skipped')).toHaveLength(3);
  });

  it('persists the built index and rebuilds it when a file changes', async () => {
    const docs = join(dir, 'docs');
    const data = join(dir, 'data');
    mkdirSync(docs);
    copyFileSync(join(FIXTURES, 'skolepolitik.md'), join(docs, 'a.md'));
    const first = await loadKnowledgeBase({ paths: [docs], logger: logger(), dataDir: data, persistFromFiles: 1 });
    expect(first.origin).toBe('parsed');
    expect(existsSync(join(data, INDEX_FILE_NAME))).toBe(true);
    const second = await loadKnowledgeBase({ paths: [docs], logger: logger(), dataDir: data, persistFromFiles: 1 });
    expect(second.origin).toBe('cache');
    expect(second.documents).toEqual(first.documents);
    writeFileSync(join(docs, 'a.md'), '# Ny titel\n\nNyt indhold om fravær.\n');
    utimesSync(join(docs, 'a.md'), new Date(), new Date(Date.now() + 5000));
    const third = await loadKnowledgeBase({ paths: [docs], logger: logger(), dataDir: data, persistFromFiles: 1 });
    expect(third.origin).toBe('parsed');
    expect(third.documents[0].meta.title).toBe('Ny titel');
  });
});

describe('loadLexicalResources', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lex-test-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the shipped config files', () => {
    const resources = loadLexicalResources(join(__dirname, '../../../../config'));
    expect(resources.synonyms.some((g) => g.includes('PPR'))).toBe(true);
    expect(resources.glossary.parents).toBe('forældre');
    expect(resources.outOfScopeTopics?.holidays).toContain('sommerferie');
    expect(resources.framing).toContain('står der noget om');
  });

  it('reads an older plain out-of-scope list as one topic', () => {
    writeFileSync(join(dir, 'synonyms.yaml'), 'synonyms: []\noutOfScope: [sommerferie]\n');
    const resources = loadLexicalResources(dir);
    expect(resources.outOfScope).toEqual(['sommerferie']);
    expect(resources.outOfScopeTopics).toEqual({});
  });

  it('rejects a framing phrase that is only a wildcard, naming file and line', () => {
    writeFileSync(join(dir, 'questions.yaml'), 'framing:\n  - står der noget om\n  - "* *"\n');
    expect(() => loadLexicalResources(dir)).toThrow(/questions\.yaml[\s\S]*line 3[\s\S]*framing\.1/);
  });

  it('rejects an out-of-scope topic name that is not one camelCase word', () => {
    writeFileSync(join(dir, 'synonyms.yaml'), 'outOfScope:\n  other municipality: [Aarhus]\n');
    expect(() => loadLexicalResources(dir)).toThrow(ConfigFileError);
  });

  it('names the file, line and field of a mistake', () => {
    writeFileSync(join(dir, 'synonyms.yaml'), 'synonyms:\n  - [PPR, psykolog]\n  - [alene]\noutOfScope: []\n');
    try {
      loadLexicalResources(dir);
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigFileError);
      expect((error as ConfigFileError).message).toMatch(/synonyms\.yaml[\s\S]*line 3[\s\S]*synonyms\.1/);
    }
  });
});
