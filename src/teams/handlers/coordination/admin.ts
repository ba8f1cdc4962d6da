import { z } from 'zod';
import { isCaseReference } from '../../../domain/threads/caseReference';
import type { Actor, CoordinationThread } from '../../../domain/threads/model';
import { JournalNotAllowedError } from '../../../services/coordination/coordinationService';
import { renderNoticeCard, type AdaptiveCardJson } from '../../cards/coordination/coordinationCards';
import { journalMarkdown, renderJournalCard } from '../../cards/coordination/journal';
import { adaptiveCardAttachment, type Turn } from '../../turn/turn';
import {
  actorOf,
  InvalidCardData,
  isPersonal,
  openRef,
  serviceUrlOf,
  tenantOf,
  threadRef,
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

/** What an administrator or the lead may do beside the thread: delete it now, take the journal note. */
export function createAdminVerbs(env: CoordinationEnv, views: Views) {
  const { deps, uiOf, resolveMember } = env;
  const { view, belongsToCard } = views;

  /** An administrator deletes a thread now (the service checks and audits; a refusal changes nothing). */
  async function onPurge(turn: Turn, raw: unknown): Promise<AdaptiveCardJson | string> {
    const { t } = uiOf(turn);
    const logger = turn.logger;
    const actor = actorOf(turn);
    const ref = threadRef.safeParse(raw);
    if (!actor || !ref.success || !isCaseReference(ref.data.threadId)) throw new InvalidCardData();
    const deleted = await deps.service.purgeNow(ref.data.threadId, await withUpn(turn, actor));
    if (!deleted) return t.threadDeleted;
    logger.info('coordination thread purged', { threadId: ref.data.threadId });
    return renderNoticeCard(t.card.title(ref.data.threadId), t.purged(ref.data.threadId));
  }

  /** The actor as the service checks an administrator or lead: by object id, else by UPN from Teams. */
  async function withUpn(turn: Turn, actor: Actor) {
    let user = { aadObjectId: actor.aadObjectId, upn: undefined as string | undefined };
    if (!deps.service.isAdmin(user) && actor.teamsUserId) {
      user = { ...user, upn: (await resolveMember(turn, actor.teamsUserId))?.upn };
    }
    return user;
  }

  function journalMessage(ui: Ui, thread: CoordinationThread) {
    const { t, cardContext } = ui;
    const markdown = journalMarkdown(thread, cardContext, env.clock.now());
    return {
      card: renderJournalCard(thread, cardContext, markdown),
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
  async function onJournal(turn: Turn, raw: unknown): Promise<AdaptiveCardJson | string> {
    const ui = uiOf(turn);
    const { t } = ui;
    const logger = turn.logger;
    const actor = actorOf(turn);
    const ref = openRef.safeParse(raw);
    if (!actor || !ref.success || !isCaseReference(ref.data.threadId)) throw new InvalidCardData();
    const known = await deps.service.getThread(ref.data.threadId);
    if (!known) return t.threadUnavailable;
    if (!isPersonal(turn) && !belongsToCard(known, turn)) {
      logger.warn('coordination journal from a card elsewhere refused', { threadId: known.id });
      return t.threadUnavailable;
    }
    const thread = await deps.service.exportJournal(known.id, await withUpn(turn, actor), 'card');
    if (!thread) return t.threadUnavailable;
    const message = journalMessage(ui, thread);
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
    return view(ui, thread, actor, t.journal.sentToPersonal);
  }

  /** The person accepted the file: upload the record (checked and audited again) and show the file. */
  async function onFileAccepted(turn: Turn, value: unknown): Promise<void> {
    const { t, errors, cardContext } = uiOf(turn);
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
        await withUpn(turn, actor),
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

  return { onPurge, onJournal, onFileAccepted };
}
