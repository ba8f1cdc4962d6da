import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKnowledgeFolder } from '../../../../src/infrastructure/knowledge/knowledgeFolder';
import { loadKnowledgeBase } from '../../../../src/infrastructure/knowledge/loadKnowledgeBase';
import {
  createKnowledgeReloader,
  type KnowledgeReloader,
} from '../../../../src/services/knowledgeFolder/knowledgeReloader';
import { createPolicyQaService } from '../../../../src/services/policyQa/policyQaService';
import type { PolicyQaService } from '../../../../src/services/policyQa/types';
import { recordingLogger } from '../../../helpers/fakes';

const resources = { synonyms: [], glossary: {}, outOfScope: [] };
const DEBOUNCE_MS = 100;

const BASE = '# Skolepolitik\n\n## Fravær\n\nSkolen kontakter forældrene, når en elev har meget fravær.\n';
const NEW_DOC =
  '# Lejrskole\n\n## Tilskud til lejrskole\n\nKommunen giver tilskud til lejrskole i 6. klasse; ansøgningen sendes til skolelederen.\n';

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const cites = async (qa: PolicyQaService, question: string, title: string) =>
  (await qa.ask(question)).citations.some((c) => c.title === title);

describe('knowledge folder: watched and re-indexed without a restart', () => {
  let dir: string;
  let reloader: KnowledgeReloader | undefined;
  let qa: PolicyQaService;
  let logger: ReturnType<typeof recordingLogger>;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'knowledge-watch-'));
    writeFileSync(join(dir, 'skolepolitik.md'), BASE);
    logger = recordingLogger();
    const knowledge = await loadKnowledgeBase({ paths: [dir], logger });
    qa = createPolicyQaService({ documents: knowledge.documents, resources, logger });
    reloader = createKnowledgeReloader({
      source: createKnowledgeFolder({ dir, logger, debounceMs: DEBOUNCE_MS, initial: knowledge.documents }),
      index: qa,
      logger,
    });
    reloader.start();
  });

  afterEach(() => {
    reloader?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('cites a new file after the debounce, and forgets it once deleted', async () => {
    const question = 'hvor meget tilskud giver kommunen til lejrskole';
    expect(await cites(qa, question, 'Lejrskole')).toBe(false);
    writeFileSync(join(dir, 'lejrskole.md'), NEW_DOC);
    await until(() => cites(qa, question, 'Lejrskole'));
    expect(await cites(qa, 'kontakter skolen forældrene ved fravær', 'Skolepolitik')).toBe(true);
    unlinkSync(join(dir, 'lejrskole.md'));
    await until(async () => !(await cites(qa, question, 'Lejrskole')));
    expect(qa.stats.documents).toBe(1);
  });

  it('waits for the quiet time: many writes give one re-index', async () => {
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, 'lejrskole.md'), `${NEW_DOC}\nÆndring ${i}.\n`);
    await until(() => logger.lines.some((l) => l.message === 'knowledge folder re-indexed'));
    await new Promise((r) => setTimeout(r, DEBOUNCE_MS * 4));
    expect(logger.lines.filter((l) => l.message === 'knowledge folder re-indexed')).toHaveLength(1);
  });

  it('skips a broken file with a log line naming only the file, and keeps its last good version', async () => {
    writeFileSync(join(dir, 'lejrskole.md'), NEW_DOC);
    await until(() => cites(qa, 'tilskud til lejrskole', 'Lejrskole'));
    const secret = 'Anna Jensen fortalte om sin søn';
    writeFileSync(join(dir, 'lejrskole.md'), Buffer.concat([Buffer.from(secret), Buffer.from([0, 0, 1])]));
    writeFileSync(join(dir, 'brud.pdf'), 'not a pdf at all');
    await until(() =>
      logger.lines.some(
        (l) => l.message === 'knowledge file skipped' && JSON.stringify(l.fields).includes('brud.pdf'),
      ),
    );
    await until(() => logger.lines.filter((l) => l.message === 'knowledge folder re-indexed').length >= 2);
    const skipped = logger.lines.filter((l) => l.message === 'knowledge file skipped');
    expect(skipped.map((l) => (l.fields as { file: string }).file).sort()).toEqual([
      'brud.pdf',
      'lejrskole.md',
    ]);
    expect(JSON.stringify(skipped)).not.toContain('Anna');
    expect(skipped.find((l) => (l.fields as { file: string }).file === 'lejrskole.md')?.fields).toMatchObject(
      {
        keptPrevious: true,
      },
    );
    expect(await cites(qa, 'tilskud til lejrskole', 'Lejrskole')).toBe(true);
    expect(qa.stats.documents).toBe(2);
  });

  it('keeps updates and owners\u2019 answers fed into the index across a re-index', async () => {
    qa.upsertUpdate({
      id: 'u1',
      title: 'Ny frist for tilmelding til svømning',
      bodyMarkdown: 'Tilmelding til svømmeundervisning skal ske senest fredag.',
      tags: [],
      publishedAt: '2026-11-01',
      authorRole: 'Skoleleder',
    } as never);
    await reloader!.reload();
    expect(await cites(qa, 'frist for tilmelding til svømning', 'Ny frist for tilmelding til svømning')).toBe(
      true,
    );
  });
});

describe('knowledge index swap', () => {
  it('shows every turn a whole index while overlapping re-indexes run', async () => {
    const logger = recordingLogger();
    const dir = mkdtempSync(join(tmpdir(), 'knowledge-swap-'));
    try {
      for (let i = 0; i < 40; i++)
        writeFileSync(
          join(dir, `dok-${i}.md`),
          `# Dokument ${i}\n\n## Emne ${i}\n\nFælles regel om mødetider for alle skoler, nummer ${i}.\n`,
        );
      const source = createKnowledgeFolder({ dir, logger });
      const qa = createPolicyQaService({ documents: (await source.read()).documents, resources, logger });
      const reloader = createKnowledgeReloader({ source, index: qa, logger });
      const counts = new Set<number>();
      const passes = Array.from({ length: 5 }, async (_, i) => {
        writeFileSync(
          join(dir, `dok-${i}.md`),
          `# Dokument ${i}\n\n## Emne ${i}\n\nÆndret regel om mødetider, version ${i}.\n`,
        );
        await reloader.reload();
        counts.add(qa.stats.documents);
      });
      await Promise.all(passes);
      expect([...counts]).toEqual([40]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
