/**
 * A knowledge owner sends a PDF, Word or Markdown file to the bot in 1:1. Teams delivers it as a
 * "file download info" attachment; the bot shows what it would add or replace and saves it only
 * when the owner confirms on the card.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { UserIdentity } from '../../domain/updates/publishers';
import type { Logger } from '../../ports/logger';
import type { KnowledgeUploadService } from '../../services/knowledgeFolder/knowledgeUploads';
import { KNOWLEDGE_UPLOAD_CONFIRM_VERB, renderUploadPreviewCard } from '../cards/knowledge/uploadCards';
import { renderQuestionNotice } from '../cards/questions/questionCards';
import { answerForThisUser } from '../invokeAnswer';
import type { Language, Texts } from '../texts';
import { conversationKind, turnLogger } from '../turnContext';

export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

const downloadInfoSchema = z.object({
  downloadUrl: z.string().min(1).max(4000),
  uniqueId: z.string().max(200).optional(),
  fileType: z.string().max(20).optional(),
});
const confirmSchema = z.object({ uploadId: z.string().uuid() });

export interface KnowledgeUploadHandler {
  /** True for a message that carries a file sent to the bot. */
  claims(context: TurnContext): boolean;
  onFile(context: TurnContext): Promise<void>;
  registerRoutes(app: Application<TurnState>): void;
}

export function createKnowledgeUploadHandler(deps: {
  readonly service: KnowledgeUploadService;
  readonly texts: (language: Language) => Texts;
  readonly logger: Logger;
}): KnowledgeUploadHandler {
  // Knowledge owners work in Danish, like the update publishers.
  const t = deps.texts('da').knowledgeUpload;
  const identityOf = (context: TurnContext): UserIdentity => {
    const aadObjectId = context.activity.from?.aadObjectId;
    return aadObjectId ? { aadObjectId } : {};
  };
  const files = (context: TurnContext) =>
    (context.activity.attachments ?? []).filter((a) => a.contentType === FILE_DOWNLOAD_INFO);

  return {
    claims: (context) => files(context).length > 0,

    async onFile(context) {
      const logger = turnLogger(context, deps.logger);
      const attachments = files(context);
      if (attachments.length !== 1) {
        await context.sendActivity(t.oneFileAtATime);
        return;
      }
      const attachment = attachments[0]!;
      const info = downloadInfoSchema.safeParse(attachment.content);
      if (!info.success) {
        await context.sendActivity(t.refused.downloadFailed);
        return;
      }
      const receipt = await deps.service.receive({
        identity: identityOf(context),
        personalChat: conversationKind(context) === 'personal',
        fileName: attachment.name ?? '',
        downloadUrl: info.data.downloadUrl,
      });
      logger.info('knowledge file received', {
        outcome: receipt.kind === 'preview' ? 'preview' : receipt.reason,
      });
      if (receipt.kind === 'refused') {
        await context.sendActivity(t.refused[receipt.reason]);
        return;
      }
      await context.sendActivity({
        attachments: [CardFactory.adaptiveCard(renderUploadPreviewCard(t, receipt))],
      });
    },

    registerRoutes(app) {
      app.adaptiveCards.actionExecute(KNOWLEDGE_UPLOAD_CONFIRM_VERB, async (context) =>
        answerForThisUser(
          context,
          (async () => {
            const data = confirmSchema.safeParse(context.activity.value?.action?.data);
            if (!data.success) return renderQuestionNotice(t.refused.expired);
            if (conversationKind(context) !== 'personal') return renderQuestionNotice(t.refused.notPersonal);
            const result = await deps.service.confirm(data.data.uploadId, identityOf(context));
            return renderQuestionNotice(
              result.kind === 'saved' ? t.saved(result.title, result.replaced) : t.refused[result.reason],
            );
          })(),
        ),
      );
    },
  };
}
