/** What every updates card is rendered with, and the button and field labels they share. */
import type { AudienceDirectory } from '../../../domain/updates';
import type { Texts } from '../../texts';

export type UpdatesTexts = Texts['updates'];

export interface UpdatesCardContext {
  readonly texts: UpdatesTexts;
  readonly audiences: AudienceDirectory;
}

export function labelsOf(t: UpdatesTexts) {
  return {
    title: t.compose.titleLabel,
    titlePlaceholder: t.compose.titlePlaceholder,
    titleRequired: t.compose.titleRequired,
    body: t.compose.bodyLabel,
    bodyPlaceholder: t.compose.bodyPlaceholder,
    bodyRequired: t.compose.bodyRequired,
    tags: t.compose.tagsLabel,
    audience: t.compose.audienceLabel,
    audienceRequired: t.compose.audienceRequired,
    link: t.compose.linkLabel,
    linkPlaceholder: t.compose.linkPlaceholder,
    knowledgeBaseHeading: t.compose.knowledgeBaseHeading,
    knowledgeBase: t.compose.knowledgeBaseLabel,
    sendTime: t.compose.sendTimeLabel,
    sendDateField: t.compose.sendDateField,
    sendClockField: t.compose.sendClockField,
    save: t.compose.save,
    preview: t.compose.preview,
    publish: t.compose.publish,
    saveEdit: t.compose.saveEdit,
    myUpdates: t.compose.myUpdates,
    acknowledge: t.post.acknowledge,
    readMore: t.post.readMore,
    authorOnly: t.post.authorOnly,
    whoAcknowledged: t.post.whoAcknowledged,
    export: t.post.export,
    edit: t.post.edit,
    retract: t.post.retract,
    refresh: t.post.refresh,
    resend: t.post.resend,
    more: t.post.more,
    delete: t.post.delete,
    open: t.list.open,
    newUpdate: t.list.newUpdate,
    next: t.export.next,
    back: t.export.back,
  };
}
