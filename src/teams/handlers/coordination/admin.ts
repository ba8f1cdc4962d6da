import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { isCaseReference } from '../../../domain/threads/caseReference';
import type { Actor, CoordinationThread } from '../../../domain/threads/model';
import { JournalNotAllowedError } from '../../../services/coordination/coordinationService';
import { renderNoticeCard, type AdaptiveCardJson } from '../../cards/coordination/coordinationCards';
import { journalMarkdown, renderJournalCard } from '../../cards/coordination/journal';
import { turnLogger } from '../../turnContext';
import {
  actorOf,
  InvalidCardData,
  isPersonal,
  openRef,
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
  async function onPurge(context: TurnContext, raw: unknown): Promise<AdaptiveCardJson | string> {
    const { t } = uiOf(context);
    const logger = turnLogger(context, deps.logger);
    const actor = actorOf(context);
    const ref = threadRef.safeParse(raw);
    if (!actor || !ref.success || !isCaseReference(ref.data.threadId)) throw new InvalidCardData();
    const deleted = await deps.service.purgeNow(ref.data.threadId, await withUpn(context, actor));
    if (!deleted) return t.threadDeleted;
    logger.info('coordination thread purged', { threadId: ref.data.threadId });
    return renderNoticeCard(t.card.title(ref.data.threadId), t.purged(ref.data.threadId));
  }

  /** The actor as the service checks an administrator or lead: by object id, else by UPN from Teams. */
  async function withUpn(context: TurnContext, actor: Actor) {
    let user = { aadObjectId: actor.aadObjectId, upn: undefined as string | undefined };
    if (!deps.service.isAdmin(user) && actor.teamsUserId) {
      user = { ...user, upn: (await resolveMember(context, actor.teamsUserId))?.upn };
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
  async function onJournal(context: TurnContext, raw: unknown): Promise<AdaptiveCardJson | string> {
    const ui = uiOf(context);
    const { t } = ui;
    const logger = turnLogger(context, deps.logger);
    const actor = actorOf(context);
    const ref = openRef.safeParse(raw);
    if (!actor || !ref.success || !isCaseReference(ref.data.threadId)) throw new InvalidCardData();
    const known = await deps.service.getThread(ref.data.threadId);
    if (!known) return t.threadUnavailable;
    if (!isPersonal(context) && !belongsToCard(known, context)) {
      logger.warn('coordination journal from a card elsewhere refused', { threadId: known.id });
      return t.threadUnavailable;
    }
    const thread = await deps.service.exportJournal(known.id, await withUpn(context, actor), 'card');
    if (!thread) return t.threadUnavailable;
    const message = journalMessage(ui, thread);
    if (isPersonal(context)) {
      await context.sendActivity({
        type: 'message',
        attachments: [
          { contentType: 'application/vnd.microsoft.card.adaptive', content: message.card },
          ...message.attachments,
        ],
      });
      return t.journal.sentToPersonal;
    }
    if (!deps.direct || !actor.teamsUserId) return t.journal.noDirectChat;
    await deps.direct.postToUser(
      { serviceUrl: context.activity.serviceUrl, userId: actor.teamsUserId, tenantId: tenantOf(context) },
      message,
    );
    return view(ui, thread, actor, t.journal.sentToPersonal);
  }

  /** The person accepted the file: upload the record (checked and audited again) and show the file. */
  async function onFileAccepted(context: TurnContext, value: unknown): Promise<void> {
    const { t, errors, cardContext } = uiOf(context);
    const logger = turnLogger(context, deps.logger);
    const actor = actorOf(context);
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
      await context.sendActivity(errors.invalidCardData);
      return;
    }
    const { uploadInfo } = parsed.data;
    try {
      const thread = await deps.service.exportJournal(
        parsed.data.context.threadId,
        await withUpn(context, actor),
        'file',
      );
      if (!thread) {
        await context.sendActivity(t.threadUnavailable);
        return;
      }
      const markdown = journalMarkdown(thread, cardContext, env.clock.now());
      await (deps.uploadFile ?? putFile)(uploadInfo.uploadUrl, Buffer.from(markdown, 'utf8'));
      await context.sendActivity({
        type: 'message',
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
        await context.sendActivity(t.journal.notAllowed);
        return;
      }
      logger.warn('coordination journal upload failed', { error: (error as Error).name });
      await context.sendActivity(t.journal.uploadFailed);
    }
  }

  return { onPurge, onJournal, onFileAccepted };
}
