/**
 * The journal note: the lead or an administrator gets the thread's record in their 1:1 chat, as
 * Markdown in a card and as a file through Teams' file consent flow (uploaded to a local server
 * speaking the upload protocol). Every export is audited; anyone else is refused.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DirectRecipient, OutboundMessage } from '@src/ports/outboundMessenger';
import { COORDINATION_VERBS } from '@src/teams/cards/coordination/verbs';
import { uploadBytes } from '@src/teams/handlers/coordination';
import { da } from '@src/teams/texts/da';
import { ADMIN_ID } from '@tests/unit/services/coordination/helpers';
import {
  FORM,
  OWNER,
  PPR,
  coordinationHarness,
  createThread,
  json,
  type User,
} from '@tests/helpers/coordinationSetup';

const ID = 'BU-2026-0001';
const J = da.coordination.journal;
const ADMIN: User = { id: '29:admin', aadObjectId: ADMIN_ID, name: 'Ada Admin' };

interface Upload {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: Server;
let uploadUrl: string;
const uploads: Upload[] = [];

beforeAll(async () => {
  // Speaks the OneDrive upload session protocol: one PUT with Content-Range; 201 with the item.
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      uploads.push({
        method: req.method ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'item-1', name: 'journalnotat.md' }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  uploadUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload/session-1`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function thread() {
  const sent: { recipient: DirectRecipient; message: OutboundMessage }[] = [];
  const h = coordinationHarness({
    direct: {
      postToUser: async (recipient, message) => {
        sent.push({ recipient, message });
        return { conversationId: 'a:1on1', activityId: 'j1' };
      },
    },
    uploadFile: uploadBytes,
  });
  await createThread(h, FORM, [PPR]);
  await h.click(COORDINATION_VERBS.addDecision, {
    threadId: ID,
    version: 2,
    decisionText: 'PPR observerer i klassen',
  });
  await h.click(COORDINATION_VERBS.addTask, {
    threadId: ID,
    version: 3,
    taskTitle: 'Ring til forældrene',
    taskDue: '2026-12-04',
  });
  return { h, sent };
}

function acceptFile(h: Awaited<ReturnType<typeof thread>>['h'], user: User, threadId = ID) {
  return h.turn({
    ...h.base(user, { conversationId: `a:personal-${user.id}`, conversationType: 'personal' }),
    type: 'invoke',
    name: 'fileConsent/invoke',
    value: {
      type: 'fileUpload',
      action: 'accept',
      context: { threadId },
      uploadInfo: {
        name: `journalnotat-${threadId}.md`,
        uploadUrl,
        contentUrl: 'https://contoso.sharepoint.com/personal/x/journalnotat.md',
        uniqueId: 'unique-1',
        fileType: 'md',
      },
    },
  });
}

describe('the journal note', () => {
  it('sends the lead the record in 1:1: Markdown in a card and a file consent card; audited', async () => {
    const { h, sent } = await thread();
    const answer = await h.click(COORDINATION_VERBS.journal, { threadId: ID, version: 4 });
    expect(json(answer.card)).toContain(J.sentToPersonal);
    expect(sent).toHaveLength(1);
    expect(sent[0].recipient).toMatchObject({ userId: OWNER.id });
    const markdown = String(
      (sent[0].message.card?.body as { id?: string; value?: string }[]).find(
        (b) => b.id === 'journalMarkdown',
      )?.value,
    );
    for (const part of [
      J.heading(ID),
      da.coordination.legalBases.anonymous,
      'PPR-psykolog',
      'Lærer',
      'PPR observerer i klassen',
      'Ring til forældrene',
      da.coordination.events.decisionAdded,
      J.pending,
    ]) {
      expect(markdown).toContain(part);
    }
    const consent = sent[0].message.attachments?.[0];
    expect(consent?.contentType).toBe('application/vnd.microsoft.teams.card.file.consent');
    expect(consent?.content).toMatchObject({
      sizeInBytes: Buffer.byteLength(markdown, 'utf8'),
      acceptContext: { threadId: ID },
    });
    // Nothing of it in the shared conversation.
    for (const call of h.messenger.calls) expect(json(call)).not.toContain('PPR observerer');
    const audit = await h.storage.auditLog.read(`coordination-audit.${ID}`);
    expect(audit.filter((e) => e.action === 'journalExported')).toEqual([
      expect.objectContaining({ actor: 'aad-owner', subject: 'card' }),
    ]);
  });

  it('lets an administrator export, and refuses a participant who is not the lead (audited)', async () => {
    const { h, sent } = await thread();
    const refused = await h.click(COORDINATION_VERBS.journal, { threadId: ID, version: 4 }, PPR);
    expect(refused.message).toBe(J.notAllowed);
    expect(sent).toHaveLength(0);
    const admin = await h.click(COORDINATION_VERBS.journal, { threadId: ID, version: 4 }, ADMIN);
    expect(admin.message ?? json(admin.card)).toContain(J.sentToPersonal);
    expect(sent).toHaveLength(1);
    const audit = await h.storage.auditLog.read(`coordination-audit.${ID}`);
    expect(audit.map((e) => [e.action, e.actor])).toEqual(
      expect.arrayContaining([
        ['journalExportRefused', 'aad-ppr'],
        ['journalExported', ADMIN_ID],
      ]),
    );
  });

  it('opens nothing for a forged thread id or a card from another chat', async () => {
    const { h, sent } = await thread();
    const elsewhere = await h.click(COORDINATION_VERBS.journal, { threadId: ID, version: 4 }, OWNER, {
      conversationId: 'a:other-chat',
    });
    expect(elsewhere.message).toBe(da.coordination.threadUnavailable);
    const forged = await h.click(COORDINATION_VERBS.journal, { threadId: '../../etc', version: 4 });
    expect(forged.message).toBe(da.common.errors.invalidCardData);
    expect(sent).toHaveLength(0);
  });

  it('uploads the file when the lead accepts: one PUT with Content-Range to the URL Teams gave; audited', async () => {
    const { h } = await thread();
    uploads.splice(0);
    const replies = await acceptFile(h, OWNER);
    expect(replies.find((a) => a.type === 'invokeResponse')?.value).toMatchObject({ status: 200 });
    expect(uploads).toHaveLength(1);
    const [upload] = uploads;
    const size = Buffer.byteLength(upload.body, 'utf8');
    expect(upload.method).toBe('PUT');
    expect(upload.headers['content-range']).toBe(`bytes 0-${size - 1}/${size}`);
    expect(upload.headers['content-length']).toBe(String(size));
    expect(upload.body).toContain(J.heading(ID));
    expect(upload.body).toContain('PPR observerer i klassen');
    const info = replies.find((a) => a.type === 'message');
    expect(json(info)).toContain('application/vnd.microsoft.teams.card.file.info');
    const audit = await h.storage.auditLog.read(`coordination-audit.${ID}`);
    expect(audit.find((e) => e.action === 'journalExported')).toMatchObject({ subject: 'file' });
  });

  it('uploads nothing for someone who is neither lead nor administrator', async () => {
    const { h } = await thread();
    uploads.splice(0);
    const replies = await acceptFile(h, PPR);
    expect(uploads).toHaveLength(0);
    expect(json(replies)).toContain(J.notAllowed);
  });
});
