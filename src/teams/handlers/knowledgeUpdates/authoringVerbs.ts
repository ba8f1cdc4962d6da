import type { Turn } from '../../turn/turn';
import { formatDanishDateTime, UpdateRuleError } from '../../../domain/updates';
import { renderComposeCard, renderNoticeCard, renderPostCard } from '../../cards/updates/updatesCards';
import { UPDATES_VERBS, type UpdatesVerbName } from '../../cards/updates/verbs';
import { contentOf, formValues, hasForm, parse, refSchema, versionedRefSchema } from './forms';
import { authorOrReaderCard, listCard, publisherActor, saveFromForm, type UpdatesEnv } from './updatesTurn';
import type { VerbHandler } from './verbHandler';

/** Publishes the form's draft (saved first) or a stored one; a notice says when it goes out. */
async function publish(env: UpdatesEnv, turn: Turn, data: unknown) {
  const { t } = env;
  const actor = await publisherActor(env, turn);
  let ref: { postId: string; version: number };
  if (hasForm(data)) {
    const saved = await saveFromForm(env, actor, data);
    ref = { postId: saved.id, version: saved.version };
  } else {
    ref = parse(versionedRefSchema, data);
  }
  const { post } = await env.service.publish(actor, ref.postId, ref.version);
  const actions = [
    { title: t.post.refresh, verb: UPDATES_VERBS.refresh, postId: post.id },
    { title: t.compose.myUpdates, verb: UPDATES_VERBS.list },
  ];
  if (post.status === 'scheduled') {
    return renderNoticeCard(
      env.cardTemplates,
      post.title,
      t.notices.scheduled(formatDanishDateTime(post.sendAt ?? post.updatedAt)),
      actions,
    );
  }
  return renderNoticeCard(
    env.cardTemplates,
    post.title,
    t.notices.published(post.audienceIds.length),
    actions,
  );
}

/** The author's verbs before and around publishing: compose, save, preview, publish, edit, delete. */
export function authoringVerbs(
  env: UpdatesEnv,
): Pick<
  Record<UpdatesVerbName, VerbHandler>,
  'compose' | 'save' | 'preview' | 'publish' | 'open' | 'delete' | 'list' | 'saveEdit'
> {
  const { ctx, t, service } = env;
  return {
    compose: async (turn) => {
      await publisherActor(env, turn);
      return renderComposeCard(env.cardTemplates, ctx, {});
    },
    save: async (turn, data) => {
      const post = await saveFromForm(env, await publisherActor(env, turn), data);
      return renderComposeCard(env.cardTemplates, ctx, { post, notice: t.notices.saved });
    },
    preview: async (turn, data) => {
      const actor = await publisherActor(env, turn);
      const post = hasForm(data)
        ? await saveFromForm(env, actor, data)
        : await service.getOwn(actor, parse(refSchema, data).postId);
      if (post.status === 'published' || post.status === 'retracted') {
        return authorOrReaderCard(env, await service.view(actor, post.id));
      }
      return renderPostCard(env.cardTemplates, ctx, post, { mode: 'preview', ackCount: 0 });
    },
    publish: (turn, data) => publish(env, turn, data),
    open: async (turn, data) => {
      const actor = await publisherActor(env, turn);
      const post = await service.getOwn(actor, parse(refSchema, data).postId);
      if (post.status === 'retracted') throw new UpdateRuleError('POST_RETRACTED');
      return renderComposeCard(env.cardTemplates, ctx, { post });
    },
    delete: async (turn, data) => {
      const actor = await publisherActor(env, turn);
      const ref = parse(versionedRefSchema, data);
      await service.deleteDraft(actor, ref.postId, ref.version);
      return listCard(env, actor, t.notices.deleted);
    },
    list: async (turn) => listCard(env, await publisherActor(env, turn)),
    saveEdit: async (turn, data) => {
      const actor = await publisherActor(env, turn);
      const ref = parse(versionedRefSchema, data);
      const content = contentOf({ ...formValues(data), sendDate: '', sendTime: '' });
      const { post } = await service.editPublished(actor, ref.postId, ref.version, content);
      return authorOrReaderCard(env, await service.view(actor, post.id), t.notices.edited);
    },
  };
}
