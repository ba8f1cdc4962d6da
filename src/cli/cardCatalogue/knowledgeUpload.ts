/** A knowledge owner's preview of a document sent to the bot: a new file, and one that replaces another. */
import { renderUploadPreviewCard } from '../../teams/cards/knowledge/uploadCards';
import { textsFor } from '../../teams/texts';
import type { CatalogueCard } from './catalogueCard';
import { createCardTemplates } from '../../teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

export function knowledgeUploadCards(): CatalogueCard[] {
  const t = textsFor('da').knowledgeUpload;
  const view = {
    uploadId: '6f1c2b9e-0d4a-4c53-9a57-2f0e8b1d7c11',
    fileName: 'Retningslinjer for lejrskole.docx',
    title: 'Retningslinjer for lejrskole og ekskursioner',
    sections: 7,
  };
  return [
    {
      name: 'knowledge-upload-preview-new',
      template: 'knowledge/uploadPreviewCard.json',
      renderer: 'renderUploadPreviewCard',
      card: renderUploadPreviewCard(cardTemplates, t, { ...view, replaces: false }),
    },
    {
      name: 'knowledge-upload-preview-replaces',
      template: 'knowledge/uploadPreviewCard.json',
      renderer: 'renderUploadPreviewCard',
      card: renderUploadPreviewCard(cardTemplates, t, { ...view, replaces: true }),
    },
  ];
}
