import { z } from 'zod';
import { isCaseReference } from '../../../domain/threads/caseReference';
import type { CoordinationThread } from '../../../domain/threads/model';
import { JournalNotAllowedError } from '../../../services/coordination/coordinationService';
import type { AdaptiveCardJson } from '../../cards/coordination/coordinationCards';
import { journalMarkdown, renderJournalCard } from '../../cards/coordination/journal';
import { adaptiveCardAttachment, type Turn } from '../../turn/turn';
import { withUpn } from './admin';
import {
  actorOf,
  InvalidCardData,
  isPersonal,
  openRef,
  serviceUrlOf,
  tenantOf,
  type CoordinationEnv,
  type Ui,
} from './env';
import type { Views } from './views';

const FILE_CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
const FILE_INFO = 'application/vnd.microsoft.teams.card.file.info';

/**
 * Teams' file upload protocol: one PUT of all the bytes to the session URL, with Content-Range.
 * Only https: the URL comes from Teams (OneDrive), never from card data.
 */
async function putFile(uploadUrl: string, bytes: Buffer): Promise<void> {
  if (new URL(uploadUrl).protocol !== 'https:') throw new Error('upload URL is not https');
  await uploadBytes(uploadUrl, bytes);
}

export async function uploadBytes(uploadUrl: string, bytes: Buffer): Promise<void> {
  const response = await fetch(uploadUrl, {
    method: 'PUT',
    headers: {
      'content-type': 'application/octet-stream',
      'content-length': String(bytes.length),
      'content-range': `bytes 0-${bytes.length - 1}/${bytes.length}`,
    },
    body: bytes,
    signal: AbortSignal.timeout(15_000),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`upload answered ${response.status}`);
}

function journalMessage(env: CoordinationEnv, ui: Ui, thread: CoordinationThread) {
  const { t, cardContext } = ui;
  const markdown = journalMarkdown(thread, cardContext, env.clock.now());
  return {
    card: renderJournalCard(env.cardTemplates, thread, cardContext, markdown),
    attachments: [
      {
        contentType: FILE_CONSENT,
        name: `journalnotat-${thread.caseRef}.md`,
        content: {
          description: t.journal.fileDescription(thread.caseRef),
          sizeInBytes: Buffer.byteLength(markdown, 'utf8'),
          acceptContext: { threadId: thread.id },
          declineContext: { threadId: thread.id },
        },
      },
    ],
  };
}

/** "Journalnotat": the record goes to the person's 1:1 chat, never to the shared conversation. */
async function journal(
  env: CoordinationEnv,
  views: Views,
  turn: Turn,
  raw: unknown,
): Promise<AdaptiveCardJson | string> {
  const { deps } = env;
  const ui = env.uiOf(turn);
  const { t } = ui;
  const logger = turn.logger;
  const actor = actorOf(turn);
  const ref = openRef.safeParse(raw);
  if (!actor || !ref.success || !isCaseReference(ref.data.threadId)) throw new InvalidCardData();
  const known = await deps.service.getThread(ref.data.threadId);
  if (!known) return t.threadUnavailable;
  if (!isPersonal(turn) && !views.belongsToCard(known, turn)) {
    logger.warn('coordination journal from a card elsewhere refused', { threadId: known.id });
    return t.threadUnavailable;
  }
  const thread = await deps.service.exportJournal(known.id, await withUpn(env, turn, actor), 'card');
  if (!thread) return t.threadUnavailable;
  const message = journalMessage(env, ui, thread);
  if (isPersonal(turn)) {
    await turn.send({
      attachments: [adaptiveCardAttachment(message.card), ...message.attachments],
    });
    return t.journal.sentToPersonal;
  }
  if (!deps.direct || !actor.teamsUserId) return t.journal.noDirectChat;
  await deps.direct.postToUser(
    { serviceUrl: serviceUrlOf(turn), userId: actor.teamsUserId, tenantId: tenantOf(turn) },
    message,
  );
  return views.view(ui, thread, actor, t.journal.sentToPersonal);
}

/** The person accepted the file: upload the record (checked and audited again) and show the file. */
async function fileAccepted(env: CoordinationEnv, turn: Turn, value: unknown): Promise<void> {
  const { deps } = env;
  const { t, errors, cardContext } = env.uiOf(turn);
  const logger = turn.logger;
  const actor = actorOf(turn);
  const parsed = z
    .object({
      context: z.object({ threadId: z.string().max(40) }),
      uploadInfo: z.object({
        name: z.string().max(300),
        uploadUrl: z.string().url().max(4000),
        contentUrl: z.string().max(4000).optional(),
        uniqueId: z.string().max(200).optional(),
        fileType: z.string().max(20).optional(),
      }),
    })
    .safeParse(value);
  if (!actor || !parsed.success || !isCaseReference(parsed.data.context.threadId)) {
    await turn.send(errors.invalidCardData);
    return;
  }
  const { uploadInfo } = parsed.data;
  try {
    const thread = await deps.service.exportJournal(
      parsed.data.context.threadId,
      await withUpn(env, turn, actor),
      'file',
    );
    if (!thread) {
      await turn.send(t.threadUnavailable);
      return;
    }
    const markdown = journalMarkdown(thread, cardContext, env.clock.now());
    await (deps.uploadFile ?? putFile)(uploadInfo.uploadUrl, Buffer.from(markdown, 'utf8'));
    await turn.send({
      text: t.journal.uploaded,
      attachments: [
        {
          contentType: FILE_INFO,
          contentUrl: uploadInfo.contentUrl,
          name: uploadInfo.name,
          content: { uniqueId: uploadInfo.uniqueId, fileType: uploadInfo.fileType },
        },
      ],
    });
  } catch (error) {
    if (error instanceof JournalNotAllowedError) {
      await turn.send(t.journal.notAllowed);
      return;
    }
    logger.warn('coordination journal upload failed', { error: (error as Error).name });
    await turn.send(t.journal.uploadFailed);
  }
}

/**
 * The journal note ("Journalnotat") for the lead or an administrator: sent as a card and a file to
 * the person's own 1:1 chat, never to the shared conversation.
 */
export function createJournalVerbs(env: CoordinationEnv, views: Views) {
  return {
    onJournal: (turn: Turn, raw: unknown) => journal(env, views, turn, raw),
    onFileAccepted: (turn: Turn, value: unknown) => fileAccepted(env, turn, value),
  };
}
