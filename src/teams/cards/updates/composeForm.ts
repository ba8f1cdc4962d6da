/** The compose form: a new update, a draft, or a published update being edited. */
import type { CardTemplates } from '../shared/cardTemplates';
import {
  isoToLocal,
  MAX_BODY_BYTES,
  MAX_TITLE_CHARS,
  THEME_TAGS,
  type KnowledgePost,
} from '../../../domain/updates';
import { templateSafe, type AdaptiveCardJson } from '../shared/expandTemplate';
import { withOverflowMenu } from '../shared/overflowMenu';
import { labelsOf, type UpdatesCardContext } from './cardLabels';
import composeTemplate from './composeCard.json';
import { UPDATES_VERBS } from './verbs';

/** Up to this many channels the form shows check boxes, above it a compact multi-select list. */
export const MAX_EXPANDED_AUDIENCES = 12;

/** What the compose form shows; raw strings as the user typed them. */
export interface ComposeValues {
  readonly title?: string;
  readonly bodyMarkdown?: string;
  readonly tags?: string;
  readonly audienceIds?: string;
  readonly link?: string;
  readonly addToKnowledgeBase?: string;
  readonly sendDate?: string;
  readonly sendTime?: string;
}

export function composeValuesOf(post: KnowledgePost): ComposeValues {
  const local = post.sendAt ? isoToLocal(post.sendAt) : undefined;
  return {
    title: post.title,
    bodyMarkdown: post.bodyMarkdown,
    tags: post.tags.join(','),
    audienceIds: post.audienceIds.join(','),
    link: post.link ?? '',
    addToKnowledgeBase: post.addToKnowledgeBase ? 'true' : 'false',
    sendDate: local?.date ?? '',
    sendTime: local?.time ?? '',
  };
}

export function renderComposeCard(
  cardTemplates: CardTemplates,
  ctx: UpdatesCardContext,
  options: { post?: KnowledgePost; values?: ComposeValues; error?: string; notice?: string },
): AdaptiveCardJson {
  const t = ctx.texts;
  const post = options.post;
  const mode = post && (post.status === 'published' || post.status === 'retracted') ? 'published' : 'draft';
  const values = options.values ?? (post ? composeValuesOf(post) : {});
  const audienceNames = (post?.audienceIds ?? []).map((id) => ctx.audiences.get(id)?.name ?? id).join(', ');
  const card = cardTemplates.expand(composeTemplate, {
    heading:
      mode === 'published' ? t.compose.titlePublishedEdit : post ? t.compose.titleEdit : t.compose.titleNew,
    intro: mode === 'published' ? t.compose.publishedEditNote : t.compose.intro,
    error: templateSafe(options.error),
    notice: templateSafe(options.notice),
    mode,
    postId: post?.id ?? '',
    version: post?.version ?? 0,
    values: {
      title: templateSafe(values.title),
      bodyMarkdown: templateSafe(values.bodyMarkdown),
      tags: templateSafe(values.tags),
      audienceIds: templateSafe(values.audienceIds),
      link: templateSafe(values.link),
      addToKnowledgeBase: values.addToKnowledgeBase === 'true' ? 'true' : 'false',
      sendDate: templateSafe(values.sendDate),
      sendTime: templateSafe(values.sendTime),
    },
    limits: { title: MAX_TITLE_CHARS, body: MAX_BODY_BYTES },
    tagChoices: THEME_TAGS.map((tag) => ({ title: tag.label, value: tag.id })),
    audienceChoices: ctx.audiences
      .list()
      .map((audience) => ({ title: templateSafe(audience.name), value: audience.id })),
    // Check boxes for a handful of channels; a compact multi-select list for many.
    audienceStyle: ctx.audiences.list().length <= MAX_EXPANDED_AUDIENCES ? 'expanded' : 'compact',
    audienceFixedText: templateSafe(t.compose.audienceFixed(audienceNames)),
    labels: labelsOf(t),
    verbs: UPDATES_VERBS,
  });
  return withOverflowMenu(card);
}
