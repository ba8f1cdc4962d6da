import { UpdateRuleError } from '../../../domain/updates';
import { renderExportCard, renderNoticeCard } from '../../cards/updates/updatesCards';
import { UPDATES_VERBS, type UpdatesVerbName } from '../../cards/updates/verbs';
import { exportSchema, parse, refSchema, versionedRefSchema } from './forms';
import { actorOf, authorOrReaderCard, publisherActor, type UpdatesEnv } from './updatesTurn';
import type { VerbHandler } from './verbHandler';

/** Verbs on a sent post: read it, mark it read, retract it, resend it, export who read it. */
export function postVerbs(
  env: UpdatesEnv,
): Pick<
  Record<UpdatesVerbName, VerbHandler>,
  'retract' | 'retractConfirm' | 'ack' | 'refresh' | 'resend' | 'export'
> {
  const { ctx, t, service } = env;
  return {
    retract: async (turn, data) => {
      const actor = await publisherActor(env, turn);
      const ref = parse(versionedRefSchema, data);
      const post = await service.getOwn(actor, ref.postId);
      if (post.status === 'retracted') throw new UpdateRuleError('POST_RETRACTED');
      if (post.version !== ref.version) throw new UpdateRuleError('STALE_VERSION');
      return renderNoticeCard(
        env.cardTemplates,
        t.confirmRetract.title,
        t.confirmRetract.text(post.title, post.audienceIds.length),
        [
          {
            title: t.confirmRetract.confirm,
            verb: UPDATES_VERBS.retractConfirm,
            style: 'destructive',
            postId: post.id,
            version: post.version,
          },
          { title: t.confirmRetract.cancel, verb: UPDATES_VERBS.refresh, postId: post.id },
        ],
      );
    },
    retractConfirm: async (turn, data) => {
      const actor = await publisherActor(env, turn);
      const ref = parse(versionedRefSchema, data);
      const { post } = await service.retract(actor, ref.postId, ref.version);
      return authorOrReaderCard(env, await service.view(actor, post.id), t.notices.retracted);
    },
    ack: async (turn, data) => {
      const actor = await actorOf(env, turn, false);
      return authorOrReaderCard(env, await service.acknowledge(actor, parse(refSchema, data).postId));
    },
    refresh: async (turn, data) => {
      const actor = await actorOf(env, turn, true);
      return authorOrReaderCard(env, await service.view(actor, parse(refSchema, data).postId));
    },
    resend: async (turn, data) => {
      const actor = await publisherActor(env, turn);
      const postId = parse(refSchema, data).postId;
      const { channels } = await service.resendUnconfirmed(actor, postId);
      return authorOrReaderCard(env, await service.view(actor, postId), t.notices.resent(channels));
    },
    export: async (turn, data) => {
      const actor = await publisherActor(env, turn);
      const ref = parse(exportSchema, data);
      const { post, csv, count } = await service.exportAcknowledgements(actor, ref.postId, t.export.headers);
      return renderExportCard(env.cardTemplates, ctx, post, csv, count, ref.page ?? 1);
    },
  };
}
