/**
 * A knowledge owner sends a PDF, Word or Markdown file to the bot in 1:1. Teams delivers it as a
 * "file download info" attachment; the bot shows what it would add or replace and saves it only
 * when the owner confirms on the card.
 */
import type { CardTemplates } from '../cards/shared/cardTemplates';
import { z } from 'zod';
import type { UserIdentity } from '../../domain/shared/listedPeople';
import type { Logger } from '../../ports/logger';
import type { KnowledgeUploadService } from '../../services/knowledgeFolder/knowledgeUploads';
import { KNOWLEDGE_UPLOAD_CONFIRM_VERB, renderUploadPreviewCard } from '../cards/knowledge/uploadCards';
import { renderQuestionNotice } from '../cards/questions/questionCards';
import type { Language, Texts } from '../texts';
import type { CapabilityRoutes } from '../turn/routes';
import { cardMessage, type Turn } from '../turn/turn';

export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

const downloadInfoSchema = z.object({
  downloadUrl: z.string().min(1).max(4000),
  uniqueId: z.string().max(200).optional(),
  fileType: z.string().max(20).optional(),
});
const confirmSchema = z.object({ uploadId: z.string().uuid() });

export interface KnowledgeUploadHandler {
  /** True for a message that carries a file sent to the bot. */
  claims(turn: Turn): boolean;
  onFile(turn: Turn): Promise<void>;
  /** The confirm verb on the preview card. */
  readonly routes: CapabilityRoutes;
}

export function createKnowledgeUploadHandler(deps: {
  /** The card templates the wiring made for this bot. */
  readonly cardTemplates: CardTemplates;
  readonly service: KnowledgeUploadService;
  readonly texts: (language: Language) => Texts;
  readonly logger: Logger;
}): KnowledgeUploadHandler {
  // Knowledge owners work in Danish, like the update publishers.
  const t = deps.texts('da').knowledgeUpload;
  const identityOf = (turn: Turn): UserIdentity => {
    const aadObjectId = turn.activity.from.aadObjectId;
    return aadObjectId ? { aadObjectId } : {};
  };
  const files = (turn: Turn) => turn.activity.attachments.filter((a) => a.contentType === FILE_DOWNLOAD_INFO);

  return {
    claims: (turn) => files(turn).length > 0,

    async onFile(turn) {
      const logger = turn.logger;
      const attachments = files(turn);
      if (attachments.length !== 1) {
        await turn.send(t.oneFileAtATime);
        return;
      }
      const attachment = attachments[0]!;
      const info = downloadInfoSchema.safeParse(attachment.content);
      if (!info.success) {
        await turn.send(t.refused.downloadFailed);
        return;
      }
      const receipt = await deps.service.receive({
        identity: identityOf(turn),
        personalChat: turn.activity.conversation.kind === 'personal',
        fileName: attachment.name ?? '',
        downloadUrl: info.data.downloadUrl,
      });
      logger.info('knowledge file received', {
        outcome: receipt.kind === 'preview' ? 'preview' : receipt.reason,
      });
      if (receipt.kind === 'refused') {
        await turn.send(t.refused[receipt.reason]);
        return;
      }
      await turn.send(cardMessage(renderUploadPreviewCard(deps.cardTemplates, t, receipt)));
    },

    routes: {
      cardActions: {
        async [KNOWLEDGE_UPLOAD_CONFIRM_VERB](turn, raw) {
          const data = confirmSchema.safeParse(raw);
          if (!data.success) return renderQuestionNotice(deps.cardTemplates, t.refused.expired);
          if (turn.activity.conversation.kind !== 'personal')
            return renderQuestionNotice(deps.cardTemplates, t.refused.notPersonal);
          const result = await deps.service.confirm(data.data.uploadId, identityOf(turn));
          return renderQuestionNotice(
            deps.cardTemplates,
            result.kind === 'saved' ? t.saved(result.title, result.replaced) : t.refused[result.reason],
          );
        },
      },
    },
  };
}
