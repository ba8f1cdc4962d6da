/**
 * The videndeling capability in the real router and server, driven over HTTP by the Teams harness:
 * messages and Action.Execute invokes as Teams sends them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryStorage } from '@src/infrastructure/storage/memory/memoryStorage';
import { createKnowledgeUpdatesService, POSTS } from '@src/services/knowledgeUpdates';
import { createUpdateCardRenderer } from '@src/teams/cards/updates/updatesCards';
import { ALL_UPDATES_VERBS, UPDATES_VERBS } from '@src/teams/cards/updates/verbs';
import { createKnowledgeUpdatesCapability } from '@src/teams/handlers/knowledgeUpdates';
import { da } from '@src/teams/texts/da';
import { validateAdaptiveCard } from '@tests/helpers/adaptiveCards';
import { startTeamsHarness, type TeamsHarness, type TurnOptions } from '@tests/helpers/teamsHarness';
import {
  AUTHOR_OID,
  OTHER_PUBLISHER_OID,
  testAudiences,
  testPublishers,
} from '@tests/unit/domain/updates/fixtures';
import { RecordingMessenger } from '@tests/helpers/fakes';
import { silentLogger, TestClock } from '@tests/unit/services/knowledgeUpdates/helpers';
import { createCardTemplates } from '../../../../src/teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

interface User {
  id: string;
  name: string;
  aadObjectId: string;
}
const AUTHOR: User = { id: '29:author', name: 'Anna Leder', aadObjectId: AUTHOR_OID };
const OTHER_LEADER: User = { id: '29:other', name: 'Ole Leder', aadObjectId: OTHER_PUBLISHER_OID };
const STAFF: User = {
  id: '29:staff',
  name: 'Pia Pædagog',
  aadObjectId: '00000000-0000-4000-9000-000000000001',
};
const UPN_LEADER: User = {
  id: '29:chef',
  name: 'Cecilie Chef',
  aadObjectId: '00000000-0000-4000-9000-0000000000cc',
};

const FORM = {
  title: 'Ny skabelon til overleveringsmøder',
  bodyMarkdown: 'Fra januar bruger vi **samme skema**.',
  tags: 'leg-og-laering',
  audienceIds: 'kanal-1,kanal-2',
  link: '',
  addToKnowledgeBase: 'true',
  sendDate: '',
  sendTime: '',
};

const running: TeamsHarness[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((h) => h.close()));
});

async function setup() {
  const clock = new TestClock(Date.parse('2026-03-02T09:00:00Z'));
  const storage = new MemoryStorage(() => clock.now().getTime());
  const messenger = new RecordingMessenger();
  const audiences = testAudiences(3);
  const service = createKnowledgeUpdatesService({
    storage,
    messenger,
    renderer: createUpdateCardRenderer(cardTemplates, { texts: da.updates, audiences }),
    publishers: testPublishers(),
    audiences,
    clock,
    logger: silentLogger,
    delivery: { retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 }, sendsPerSecond: 0 },
    ackRefreshDelayMs: 5,
  });
  const capability = createKnowledgeUpdatesCapability({
    cardTemplates: createCardTemplates(),
    service,
    audiences,
    logger: silentLogger,
    resolveUpn: async (context) =>
      context.activity.from.id === UPN_LEADER.id ? 'chef@herning.example' : undefined,
  });
  const teams = await startTeamsHarness({
    logger: silentLogger,
    capabilities: { knowledgeUpdates: capability },
    maxMessageLength: 4000,
  });
  running.push(teams);

  function place(user: User, kind: 'personal' | 'channel' = 'personal'): TurnOptions {
    return {
      from: user,
      conversation:
        kind === 'personal'
          ? { id: `a:${user.id}`, type: 'personal' }
          : { id: '19:kanal1@thread.tacv2;messageid=1', type: 'channel' },
    };
  }

  async function say(text: string, user: User = AUTHOR, kind: 'personal' | 'channel' = 'personal') {
    return teams.say(text, place(user, kind));
  }

  async function click(
    verb: string,
    data: Record<string, unknown>,
    user: User = AUTHOR,
    kind: 'personal' | 'channel' = 'personal',
  ) {
    const { card, message } = await teams.click(verb, data, { ...place(user, kind), replyToId: 'card-1' });
    if (card) {
      expect(validateAdaptiveCard(card)).toEqual([]);
      return { card, text: JSON.stringify(card), message: undefined };
    }
    return { card: undefined, text: '', message };
  }

  async function postsStored() {
    return (await storage.documents.list<{ version: number; status: string }>(POSTS)).map((d) => d.value);
  }

  async function publishedPost(form: Record<string, unknown> = FORM) {
    const published = await click(UPDATES_VERBS.publish, { postId: '', version: 0, ...form });
    expect(published.message).toBeUndefined();
    await service.whenIdle();
    const [post] = (await storage.documents.list<{ id: string; version: number }>(POSTS)).map((d) => d.value);
    return post;
  }

  return { clock, storage, messenger, service, say, click, postsStored, publishedPost };
}

describe('videndeling: who may post', () => {
  it('refuses staff who are not configured publishers, in plain Danish', async () => {
    const { say, click, postsStored } = await setup();
    const [reply] = await say('videndeling', STAFF);
    expect(reply.text).toBe(da.updates.refusals.notPublisher);
    const forged = await click(UPDATES_VERBS.publish, { postId: '', version: 0, ...FORM }, STAFF);
    expect(forged.message).toBe(da.updates.errors.NOT_PUBLISHER);
    expect(await postsStored()).toEqual([]);
  });

  it('asks for a 1:1 chat when used in a channel', async () => {
    const { say } = await setup();
    const [reply] = await say('videndeling', AUTHOR, 'channel');
    expect(reply.text).toBe(da.updates.refusals.personalOnly);
  });

  it('gives a publisher the compose card, also one configured by UPN', async () => {
    const { say } = await setup();
    for (const user of [AUTHOR, UPN_LEADER]) {
      const [reply] = await say('videndeling Nyt kursus', user);
      const card = reply.attachments?.[0]?.content as Record<string, unknown>;
      expect(validateAdaptiveCard(card)).toEqual([]);
      expect(JSON.stringify(card)).toContain('Nyt kursus');
      expect(JSON.stringify(card)).toContain(UPDATES_VERBS.publish);
    }
  });
});

describe('videndeling: drafts, preview and publish', () => {
  it('saves a draft, previews it to the author only, and lists it', async () => {
    const { click, postsStored, messenger } = await setup();
    const saved = await click(UPDATES_VERBS.save, { postId: '', version: 0, ...FORM });
    expect(saved.text).toContain(da.updates.notices.saved);
    const [draft] = (await postsStored()) as unknown as { id: string; version: number }[];
    const preview = await click(UPDATES_VERBS.preview, { postId: draft.id });
    expect(preview.text).toContain('Forhåndsvisning');
    expect(preview.text).toContain('samme skema');
    const list = await click(UPDATES_VERBS.list, {});
    expect(list.text).toContain(FORM.title);
    expect(list.text).toContain('Kladde');
    expect(messenger.posts.size).toBe(0);
    const resaved = await click(UPDATES_VERBS.save, {
      postId: draft.id,
      version: draft.version,
      ...FORM,
      title: 'Ny titel',
    });
    expect(resaved.text).toContain('Ny titel');
    const deleted = await click(UPDATES_VERBS.delete, { postId: draft.id, version: draft.version + 1 });
    expect(deleted.text).toContain(da.updates.notices.deleted);
    expect(await postsStored()).toEqual([]);
  });

  it('publishes to every audience channel with the "Læst og forstået" button', async () => {
    const { click, messenger, service } = await setup();
    const published = await click(UPDATES_VERBS.publish, { postId: '', version: 0, ...FORM });
    expect(published.text).toContain('på vej til 2 kanaler');
    await service.whenIdle();
    expect([...messenger.posts.values()]).toEqual([1, 1]);
    // The delivery report reaches the author's 1:1 chat.
    expect(messenger.direct).toEqual([
      { conversationId: `a:${AUTHOR.id}`, text: expect.stringContaining('leveret i alle 2 kanaler') },
    ]);
    for (const card of messenger.cards.values()) {
      expect(validateAdaptiveCard(card)).toEqual([]);
      expect(JSON.stringify(card)).toContain(UPDATES_VERBS.ack);
      expect(JSON.stringify(card)).toContain('Ingen har markeret');
    }
  });

  it('schedules a post with a send time, and publishes it when due', async () => {
    const { click, messenger, service, clock } = await setup();
    const scheduled = await click(UPDATES_VERBS.publish, {
      postId: '',
      version: 0,
      ...FORM,
      sendDate: '2026-03-03',
      sendTime: '07:30',
    });
    expect(scheduled.text).toContain('3. marts 2026 kl. 07.30');
    expect(messenger.posts.size).toBe(0);
    clock.advance(24 * 60 * 60 * 1000);
    expect((await service.runScheduledPass()).published).toHaveLength(1);
    expect(messenger.posts.size).toBe(2);
  });
});

describe('videndeling: bad input changes nothing', () => {
  it.each([
    ['an empty title', { title: '  ' }, da.updates.errors.EMPTY_TITLE],
    [
      'a body over the Teams message size',
      { bodyMarkdown: 'ø'.repeat(60_000) },
      'for lang til en Teams-besked',
    ],
    ['an unknown audience', { audienceIds: 'kanal-1,hemmelig-kanal' }, da.updates.errors.UNKNOWN_AUDIENCE],
    [
      'a send time in the past',
      { sendDate: '2026-03-01', sendTime: '08:00' },
      da.updates.errors.SEND_TIME_IN_PAST,
    ],
    ['half a send time', { sendDate: '2026-03-05', sendTime: '' }, da.updates.errors.INVALID_SEND_TIME],
  ])('returns the form with a message for %s', async (_label, change, expected) => {
    const { click, postsStored, messenger } = await setup();
    const result = await click(UPDATES_VERBS.publish, { postId: '', version: 0, ...FORM, ...change });
    expect(result.text).toContain(expected);
    expect(result.text).toContain(FORM.title);
    expect(Buffer.byteLength(result.text)).toBeLessThan(28 * 1024);
    expect(await postsStored()).toEqual([]);
    expect(messenger.posts.size).toBe(0);
  });

  it('refuses a CPR number and does not echo it back', async () => {
    const { click, postsStored } = await setup();
    const result = await click(UPDATES_VERBS.save, {
      postId: '',
      version: 0,
      ...FORM,
      bodyMarkdown: 'Barnet 010203-1234 ...',
    });
    expect(result.text).toContain('CPR-nummer');
    expect(result.text).not.toContain('010203-1234');
    expect(await postsStored()).toEqual([]);
  });

  it('refuses tampered data, a stale version, another leader, and an unknown verb', async () => {
    const { click, publishedPost, postsStored } = await setup();
    const post = await publishedPost();
    expect((await click(UPDATES_VERBS.retractConfirm, { postId: '../../etc', version: 1 })).message).toBe(
      da.common.errors.invalidCardData,
    );
    expect((await click(UPDATES_VERBS.retractConfirm, { postId: post.id, version: 'x' })).message).toBe(
      da.common.errors.invalidCardData,
    );
    expect(
      (await click(UPDATES_VERBS.retractConfirm, { postId: post.id, version: post.version - 1 })).message,
    ).toBe(da.updates.errors.STALE_VERSION);
    expect(
      (await click(UPDATES_VERBS.retractConfirm, { postId: post.id, version: post.version }, OTHER_LEADER))
        .message,
    ).toBe(da.updates.errors.NOT_AUTHOR);
    expect((await click(UPDATES_VERBS.export, { postId: post.id }, STAFF)).message).toBe(
      da.updates.errors.NOT_PUBLISHER,
    );
    expect((await click('updates.bogus', { postId: post.id })).message).toBe(da.common.errors.unknownAction);
    expect((await postsStored()).map((p) => p.status)).toEqual(['published']);
  });
});

describe('videndeling: acknowledgements, edit and retract', () => {
  it('records "Læst og forstået", shows each user their state and the author who read it', async () => {
    const { click, publishedPost, messenger, service } = await setup();
    const post = await publishedPost();
    const acked = await click(UPDATES_VERBS.ack, { postId: post.id }, STAFF, 'channel');
    expect(acked.text).toContain('Du markerede');
    expect(acked.text).not.toContain(UPDATES_VERBS.ack);
    expect(acked.text).not.toContain('Pia Pædagog');
    const again = await click(UPDATES_VERBS.ack, { postId: post.id }, STAFF, 'channel');
    expect(again.text).toContain('1 har markeret');
    const other = await click(UPDATES_VERBS.refresh, { postId: post.id }, OTHER_LEADER, 'channel');
    expect(other.text).toContain(UPDATES_VERBS.ack);
    expect(other.text).not.toContain('Pia Pædagog');
    const authorView = await click(UPDATES_VERBS.refresh, { postId: post.id }, AUTHOR, 'channel');
    expect(authorView.text).toContain('Pia Pædagog');
    expect(authorView.text).toContain('Leveret i 2 af 2 kanaler');
    await service.whenIdle();
    for (const card of messenger.cards.values()) expect(JSON.stringify(card)).toContain('1 har markeret');
    const resent = await click(UPDATES_VERBS.resend, { postId: post.id });
    expect(resent.text).toContain(da.updates.notices.resent(0));
    expect((await click(UPDATES_VERBS.resend, { postId: post.id }, STAFF)).message).toBe(
      da.updates.errors.NOT_PUBLISHER,
    );
    const exported = await click(UPDATES_VERBS.export, { postId: post.id, page: 1 });
    expect(exported.text).toContain('Pia Pædagog,29:staff'.replace('29:staff', STAFF.aadObjectId));
  });

  it('edits every copy in place and retracts them after confirmation', async () => {
    const { click, publishedPost, messenger, service } = await setup();
    const post = await publishedPost();
    const form = await click(UPDATES_VERBS.open, { postId: post.id });
    expect(form.text).toContain(UPDATES_VERBS.saveEdit);
    const edited = await click(UPDATES_VERBS.saveEdit, {
      postId: post.id,
      version: post.version,
      ...FORM,
      title: 'Rettet overskrift',
    });
    expect(edited.text).toContain(da.updates.notices.edited);
    await service.whenIdle();
    for (const card of messenger.cards.values()) expect(JSON.stringify(card)).toContain('Rettet overskrift');
    const confirm = await click(UPDATES_VERBS.retract, { postId: post.id, version: post.version + 1 });
    expect(confirm.text).toContain(UPDATES_VERBS.retractConfirm);
    const done = await click(UPDATES_VERBS.retractConfirm, { postId: post.id, version: post.version + 1 });
    expect(done.text).toContain(da.updates.notices.retracted);
    await service.whenIdle();
    for (const card of messenger.cards.values()) {
      expect(JSON.stringify(card)).toContain(da.updates.withdrawn.title);
      expect(JSON.stringify(card)).not.toContain('Rettet overskrift');
    }
    const late = await click(UPDATES_VERBS.ack, { postId: post.id }, STAFF, 'channel');
    expect(late.message).toBe(da.updates.errors.POST_RETRACTED);
    const reader = await click(UPDATES_VERBS.refresh, { postId: post.id }, STAFF, 'channel');
    expect(reader.text).toContain(da.updates.withdrawn.title);
  });
});

describe('videndeling: verbs', () => {
  it('registers a handler for every verb, and every verb used in a template is registered', () => {
    const audiences = testAudiences();
    const registered = Object.keys(
      createKnowledgeUpdatesCapability({
        cardTemplates: createCardTemplates(),
        service: {} as never,
        audiences,
        logger: silentLogger,
      }).routes?.cardActions ?? {},
    );
    expect([...registered].sort()).toEqual([...ALL_UPDATES_VERBS].sort());
    const dir = join(__dirname, '../../../../src/teams/cards/updates');
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/"\$\{verbs\.(\w+)\}"/g)) {
        used.add(UPDATES_VERBS[match[1] as keyof typeof UPDATES_VERBS]);
      }
    }
    expect(used.size).toBeGreaterThanOrEqual(10);
    for (const verb of used) expect(registered).toContain(verb);
  });
});
