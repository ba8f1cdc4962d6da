import type { CardTemplates } from '../shared/cardTemplates';
import type { Texts } from '../../texts';
import { templateSafe, type AdaptiveCardJson } from '../shared/expandTemplate';
import uploadPreviewTemplate from './uploadPreviewCard.json';

export const KNOWLEDGE_UPLOAD_CONFIRM_VERB = 'knowledge.upload.confirm';

export interface UploadPreviewView {
  readonly uploadId: string;
  readonly fileName: string;
  readonly title: string;
  readonly sections: number;
  readonly replaces: boolean;
}

/** What an uploaded document would add or replace, with the confirm button; shown only in the owner's 1:1 chat. */
export function renderUploadPreviewCard(
  cardTemplates: CardTemplates,
  t: Texts['knowledgeUpload'], view: UploadPreviewView): AdaptiveCardJson {
  return cardTemplates.expand(uploadPreviewTemplate, {
    title: t.preview.title,
    intro: t.preview.intro,
    labels: {
      fileName: t.preview.fileName,
      documentTitle: t.preview.documentTitle,
      sections: t.preview.sections,
      action: t.preview.action,
    },
    fileName: templateSafe(view.fileName),
    documentTitle: templateSafe(view.title),
    sections: String(view.sections),
    action: view.replaces ? t.preview.replaces : t.preview.adds,
    confirm: t.preview.confirm,
    uploadId: view.uploadId,
  });
}
