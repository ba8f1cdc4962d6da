/**
 * A knowledge owner sends a document to the bot over the real Bot Framework HTTP protocol (the
 * Teams harness: restify, CloudAdapter in anonymous local mode, the teams-ai router). Teams' "file download info"
 * attachment points at a local download server; the bot shows a preview card, and only the confirm
 * writes the file into a temporary knowledge folder and re-indexes it. Every refusal is checked to
 * leave the folder as it was.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKnowledgeOwnerDirectory } from '@src/domain/questions/knowledgeOwners';
import { createHttpFileDownloader } from '@src/infrastructure/download/httpFileDownloader';
import { createKnowledgeFolder } from '@src/infrastructure/knowledge/knowledgeFolder';
import { createKnowledgeReloader } from '@src/services/knowledgeFolder/knowledgeReloader';
import { createKnowledgeUploadService } from '@src/services/knowledgeFolder/knowledgeUploads';
import { createPolicyQaService } from '@src/services/policyQa/policyQaService';
import type { PolicyQaService } from '@src/services/policyQa/types';
import { KNOWLEDGE_UPLOAD_CONFIRM_VERB } from '@src/teams/cards/knowledge/uploadCards';
import { createKnowledgeUploadHandler, FILE_DOWNLOAD_INFO } from '@src/teams/handlers/knowledgeUpload';
import { textsFor } from '@src/teams/texts';
import { da } from '@src/teams/texts/da';
import { validateAdaptiveCard } from '@tests/helpers/adaptiveCards';
import { recordingLogger } from '@tests/helpers/fakes';
import { startTeamsHarness, type TeamsHarness, type TurnOptions } from '@tests/helpers/teamsHarness';
import { createCardTemplates } from '../../src/teams/cards/shared/cardTemplates';

const TENANT = 'tenant-1';
const OWNER = { id: '29:owner', aadObjectId: '00000000-0000-4000-8000-0000000000a1', name: 'Lea Leder' };
const STRANGER = {
  id: '29:stranger',
  aadObjectId: '00000000-0000-4000-8000-00000000c003',
  name: 'Ole Anden',
};
type User = typeof OWNER;
type Place = 'personal' | 'groupChat' | 'channel';
const t = da.knowledgeUpload;

const EXISTING =
  '# Skolepolitik\n\n## Fravær\n\nSkolen kontakter forældrene, når en elev har meget fravær.\n';
const LEJRSKOLE =
  '# Lejrskole\n\n## Tilskud\n\nKommunen giver tilskud til lejrskole i 6. klasse.\n\n## Ansøgning\n\nAnsøgningen sendes til skolelederen senest 1. marts.\n';

const files = new Map<string, { body: Buffer; declareLength?: boolean }>();
let downloads: Server;
let downloadBase: string;
let teams: TeamsHarness;
let dir: string;
let qa: PolicyQaService;
const logger = recordingLogger();
let sequence = 0;

beforeAll(async () => {
  downloads = createServer((request, response) => {
    const file = files.get(request.url ?? '');
    if (!file) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, {
      'content-type': 'application/octet-stream',
      ...(file.declareLength === false ? {} : { 'content-length': String(file.body.length) }),
    });
    response.end(file.body);
  });
  await new Promise<void>((resolve) => downloads.listen(0, '127.0.0.1', resolve));
  downloadBase = `http://127.0.0.1:${(downloads.address() as AddressInfo).port}`;

  dir = mkdtempSync(join(tmpdir(), 'knowledge-upload-'));
  writeFileSync(join(dir, 'skolepolitik.md'), EXISTING);
  const source = createKnowledgeFolder({ dir, logger, debounceMs: 50 });
  qa = createPolicyQaService({
    documents: (await source.read()).documents,
    resources: { synonyms: [], glossary: {}, outOfScope: [] },
    logger,
  });
  const reloader = createKnowledgeReloader({ source, index: qa, logger });
  const service = createKnowledgeUploadService({
    source,
    downloader: createHttpFileDownloader({ timeoutMs: 10_000 }),
    reloader,
    owners: createKnowledgeOwnerDirectory({
      knowledgeOwners: [{ id: OWNER.aadObjectId, role: 'skoleleder' }],
    }),
    logger,
  });
  teams = await startTeamsHarness(
    {
      logger,
      capabilities: {},
      fileUploads: createKnowledgeUploadHandler({
        cardTemplates: createCardTemplates(),
        service,
        texts: textsFor,
        logger,
      }),
      maxMessageLength: 2000,
      texts: textsFor,
    },
    { delivery: 'expectReplies' },
  );
});

afterAll(async () => {
  await teams?.close();
  downloads.closeAllConnections();
  await new Promise((resolve) => downloads.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

function where(user: User, place: Place): TurnOptions {
  return {
    from: user,
    conversation:
      place === 'personal'
        ? { id: `a:personal-${user.id}`, type: 'personal', tenantId: TENANT }
        : { id: `19:${place}@thread.v2`, type: place, tenantId: TENANT },
  };
}

interface Reply {
  readonly text?: string;
  readonly attachments?: { contentType: string; content: Record<string, unknown> }[];
}

/** A file sent to the bot, as Teams delivers it: a download-info attachment and no text. */
async function sendFile(
  user: User,
  name: string,
  body: Buffer | string,
  place: Place = 'personal',
  declareLength = true,
) {
  sequence++;
  const path = `/files/${sequence}/${encodeURIComponent(name)}`;
  files.set(path, { body: Buffer.isBuffer(body) ? body : Buffer.from(body), declareLength });
  const replies = await teams.turn(
    {
      type: 'message',
      text: '',
      attachments: [
        {
          contentType: FILE_DOWNLOAD_INFO,
          contentUrl: `https://contoso.sharepoint.com/personal/${encodeURIComponent(name)}`,
          name,
          content: {
            downloadUrl: `${downloadBase}${path}`,
            uniqueId: `u-${sequence}`,
            fileType: name.split('.').pop(),
          },
        },
      ],
    },
    where(user, place),
  );
  return (replies as Reply[]).filter((a) => a.text || a.attachments);
}

async function click(user: User, data: Record<string, unknown>, place: Place = 'personal') {
  const { replies, body } = await teams.click(KNOWLEDGE_UPLOAD_CONFIRM_VERB, data, where(user, place));
  expect((replies.find((a) => a.type === 'invokeResponse')?.value as { status: number }).status).toBe(200);
  return JSON.stringify(body);
}

/** A text as it appears inside the JSON of an invoke response. */
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

const folder = () =>
  readdirSync(dir)
    .sort()
    .map((name) => `${name}:${readFileSync(join(dir, name), 'utf8').length}`);

function previewCard(replies: Reply[]): Record<string, unknown> {
  const card = replies
    .flatMap((r) => r.attachments ?? [])
    .find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!card) throw new Error(`no preview card: ${JSON.stringify(replies)}`);
  return card.content;
}

const uploadIdOf = (card: Record<string, unknown>) =>
  (card.actions as { verb: string; data: { uploadId: string } }[]).find(
    (a) => a.verb === KNOWLEDGE_UPLOAD_CONFIRM_VERB,
  )!.data.uploadId;

describe('a knowledge owner adds a document in 1:1', () => {
  it('previews a new Markdown file, saves it only on confirm, and the next question cites it', async () => {
    const before = folder();
    const card = previewCard(await sendFile(OWNER, 'lejrskole.md', LEJRSKOLE));
    expect(validateAdaptiveCard(card)).toEqual([]);
    const shown = JSON.stringify(card);
    expect(shown).toContain('Lejrskole');
    expect(shown).toContain('"value":"2"');
    expect(shown).toContain(t.preview.adds);
    expect(folder()).toEqual(before);
    expect((await qa.ask('tilskud til lejrskole')).citations.some((c) => c.title === 'Lejrskole')).toBe(
      false,
    );

    expect(await click(STRANGER, { uploadId: uploadIdOf(card) })).toContain(inJson(t.refused.notOwner));
    expect(folder()).toEqual(before);

    expect(await click(OWNER, { uploadId: uploadIdOf(card) })).toContain(inJson(t.saved('Lejrskole', false)));
    expect(readFileSync(join(dir, 'lejrskole.md'), 'utf8')).toBe(LEJRSKOLE);
    expect((await qa.ask('tilskud til lejrskole')).citations.some((c) => c.title === 'Lejrskole')).toBe(true);
    // A card is confirmed once.
    expect(await click(OWNER, { uploadId: uploadIdOf(card) })).toContain(inJson(t.refused.expired));
  });

  it('says when a file of that name would be replaced, and replaces it on confirm', async () => {
    const changed = EXISTING.replace('meget fravær', 'mere end ti procent fravær');
    const card = previewCard(await sendFile(OWNER, 'skolepolitik.md', changed));
    expect(JSON.stringify(card)).toContain(inJson(t.preview.replaces));
    expect(await click(OWNER, { uploadId: uploadIdOf(card) })).toContain(
      inJson(t.saved('Skolepolitik', true)),
    );
    expect(readFileSync(join(dir, 'skolepolitik.md'), 'utf8')).toBe(changed);
  });
});

describe('refusals change nothing', () => {
  const cases: [string, () => Promise<Reply[]>, string][] = [
    ['a non-owner', () => sendFile(STRANGER, 'ny.md', LEJRSKOLE), t.refused.notOwner],
    ['a channel', () => sendFile(OWNER, 'ny.md', LEJRSKOLE, 'channel'), t.refused.notPersonal],
    ['a group chat', () => sendFile(OWNER, 'ny.md', LEJRSKOLE, 'groupChat'), t.refused.notPersonal],
    ['an .exe file', () => sendFile(OWNER, 'program.exe', 'MZ\u0000\u0000'), t.refused.extension],
    [
      'a broken PDF',
      () => sendFile(OWNER, 'brudt.pdf', '%PDF-1.4\nthis is not a pdf body'),
      t.refused.unreadable,
    ],
    [
      'a file over 20 MB (declared)',
      () => sendFile(OWNER, 'stor.md', Buffer.alloc(20 * 1024 * 1024 + 1, 0x61)),
      t.refused.tooLarge,
    ],
    [
      'a file over 20 MB (streamed, no Content-Length)',
      () => sendFile(OWNER, 'stor2.md', Buffer.alloc(20 * 1024 * 1024 + 1, 0x61), 'personal', false),
      t.refused.tooLarge,
    ],
    [
      'a CPR number in the document',
      () =>
        sendFile(
          OWNER,
          'sag.md',
          '# Sag\n\n## Notat\n\nEleven har CPR-nummer 010203-1234 og går i 3. klasse.\n',
        ),
      t.refused.cpr,
    ],
    ['a file name with a folder', () => sendFile(OWNER, '../ud.md', LEJRSKOLE), t.refused.badName],
  ];

  it.each(cases)('%s', async (_name, send, message) => {
    const before = folder();
    const replies = await send();
    expect(replies.map((r) => r.text)).toEqual([message]);
    expect(folder()).toEqual(before);
  });

  it('never echoes or logs a CPR number', async () => {
    await sendFile(OWNER, 'sag2.md', '# Sag\n\n## Notat\n\nCPR 010203-1234.\n');
    expect(JSON.stringify(logger.lines)).not.toContain('010203');
  });

  it('refuses a confirm with a tampered upload id', async () => {
    expect(await click(OWNER, { uploadId: 'not-a-uuid' })).toContain(inJson(t.refused.expired));
  });
});
