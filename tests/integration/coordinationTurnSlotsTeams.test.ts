/**
 * What coordination needs beyond send/update through the turn port, over HTTP and the real router.
 * Member lookups: with none injected, the form's colleague list and the participants named by
 * e-mail come from the conversation's roster that the local Bot Connector answers (GET
 * .../pagedmembers and .../members/{id}), as in Teams. File consent: the journal file's accept
 * and decline reach coordination through the route table's fileConsent slot.
 */
import { createChannelDirectory } from '@src/domain/threads/channels';
import type { CoordinationThread } from '@src/domain/threads/model';
import { MemoryStorage } from '@src/infrastructure/storage/memory/memoryStorage';
import { COLLECTIONS } from '@src/services/coordination/coordinationService';
import { createBotAdapter } from '@src/teams/adapter';
import { COORDINATION_VERBS } from '@src/teams/cards/coordination/verbs';
import { createCoordinationCapability } from '@src/teams/handlers/coordination';
import { createBotConnectorMessenger } from '@src/teams/outbound/botConnectorMessenger';
import { da } from '@src/teams/texts/da';
import type { ReceivedCall } from '../helpers/connectorServer';
import { startTeamsHarness, type TeamsHarness } from '../helpers/teamsHarness';
import { makeService, ManualClock, roles, silentLogger } from '../unit/services/coordination/helpers';
import { createCardTemplates } from '../../src/teams/cards/shared/cardTemplates';

const GROUP = { id: 'a:group-roster', type: 'groupChat' as const };
const PIA = {
  id: '29:ppr',
  name: 'Pia Psykolog',
  aadObjectId: 'aad-ppr',
  userPrincipalName: 'pia@herning.dk',
};

let harness: TeamsHarness;
let storage: MemoryStorage;

/** The roster Teams would answer: Pia, and a guest without an Entra object id (never offered). */
function roster(call: ReceivedCall): unknown {
  if (call.method !== 'GET') return undefined;
  if (call.path.includes('/pagedmembers')) {
    return { members: [PIA, { id: '29:guest', name: 'Gæst Udefra' }] };
  }
  const member = /\/members\/([^/?]+)/.exec(call.path)?.[1];
  if (member === undefined) return undefined;
  // Teams matches a UPN whatever its case.
  const id = decodeURIComponent(member).toLowerCase();
  return [PIA.id, PIA.aadObjectId, PIA.userPrincipalName].includes(id) ? PIA : undefined;
}

beforeEach(async () => {
  const clock = new ManualClock(Date.parse('2026-11-29T10:00:00Z'));
  storage = new MemoryStorage(() => clock.ms);
  const logger = silentLogger();
  const bot = createBotAdapter(undefined);
  const messenger = createBotConnectorMessenger({ botId: bot.botId, tokenProvider: bot.tokenProvider });
  const service = makeService(storage, clock, {
    retention: { closedThreadDays: 30, auditDaysAfterDeletion: null },
    messenger,
    logger,
  });
  harness = await startTeamsHarness({
    logger,
    capabilities: {
      coordination: createCoordinationCapability({
        cardTemplates: createCardTemplates(),
        service,
        messenger,
        roles,
        channels: createChannelDirectory({ channels: [] }),
        logger,
        clock,
      }),
    },
  });
  harness.connector.answer = roster;
  // An id the roster does not know: Teams answers 404 MemberNotFoundInConversation.
  harness.connector.script = (call) =>
    call.method === 'GET' && /\/members\//.test(call.path) && roster(call) === undefined
      ? { status: 404 }
      : undefined;
});

afterEach(async () => {
  await harness.close();
});

function formCardOf(replies: { attachments?: { content?: unknown }[] }[]): string {
  return JSON.stringify(replies[0]?.attachments?.[0]?.content);
}

const rosterCalls = () => harness.connector.calls.filter((c) => c.path.includes('/pagedmembers'));

describe('coordination member lookups through the turn port', () => {
  it("offers the group chat's members with an Entra object id on the form, and reads no roster in a 1:1 chat", async () => {
    const inGroup = formCardOf(await harness.say('ny tråd', { conversation: GROUP }));
    expect(inGroup).toContain('"title":"Pia Psykolog","value":"aad-ppr"');
    expect(inGroup).not.toContain('Gæst Udefra');
    expect(rosterCalls()).toHaveLength(1);
    expect(rosterCalls()[0]!.path).toContain(
      `/v3/conversations/${encodeURIComponent(GROUP.id)}/pagedmembers`,
    );

    const inPersonal = formCardOf(await harness.say('ny tråd', { conversation: 'personal' }));
    expect(inPersonal).toContain('BU-2026-0002');
    expect(inPersonal).not.toContain('Pia Psykolog');
    expect(rosterCalls()).toHaveLength(1);
  });

  it('finds a participant named by e-mail in the roster, and shows the form again for one it does not know', async () => {
    const form = {
      ageOrGrade: '2. klasse',
      pathway: 'skole',
      summary: 'Eleven har svært ved at komme i skole om morgenen.',
      legalBasis: 'anonymous',
      ownerRole: 'laerer',
      p1Role: 'ppr-psykolog',
      p1User: 'none',
      placement: 'here',
      meetingDate: '2026-12-03',
      meetingTime: '14:30',
    };
    await harness.say('ny tråd', { conversation: GROUP });
    const unknown = await harness.click(
      COORDINATION_VERBS.create,
      { ...form, caseRef: 'BU-2026-0001', p1Email: 'ukendt@herning.dk' },
      { conversation: GROUP, replyToId: 'form-1' },
    );
    expect(JSON.stringify(unknown.card)).toContain(
      JSON.stringify(da.coordination.fieldErrors.participants).slice(1, -1),
    );
    expect(await storage.documents.get(COLLECTIONS.threads, 'BU-2026-0001')).toBeUndefined();

    const created = await harness.click(
      COORDINATION_VERBS.create,
      { ...form, caseRef: 'BU-2026-0001', p1Email: 'Pia@herning.dk' },
      { conversation: GROUP, replyToId: 'form-1' },
    );
    expect(created.card).toBeDefined();
    const thread = (await storage.documents.get<CoordinationThread>(COLLECTIONS.threads, 'BU-2026-0001'))
      ?.value;
    expect(thread?.participants.map((p) => [p.aadObjectId, p.teamsUserId])).toContainEqual([
      'aad-ppr',
      '29:ppr',
    ]);
  });
});

describe('the journal file consent through the route table', () => {
  const PERSONAL = { id: 'a:personal-roster', type: 'personal' as const };
  const consent = (value: Record<string, unknown>) =>
    harness.turn({ type: 'invoke', name: 'fileConsent/invoke', value }, { conversation: PERSONAL });
  const texts = (replies: { type?: string; text?: string }[]) =>
    replies.filter((a) => a.type === 'message').map((a) => a.text);

  it('answers a declined file with the declined message, and the invoke with 200', async () => {
    const replies = await consent({
      type: 'fileUpload',
      action: 'decline',
      context: { threadId: 'BU-2026-0001' },
    });
    expect(texts(replies)).toEqual([da.coordination.journal.declined]);
    expect(replies.at(-1)).toMatchObject({ type: 'invokeResponse', value: { status: 200 } });
  });

  it('refuses an accepted file with bad data, and one for a thread that does not exist', async () => {
    const bad = await consent({
      type: 'fileUpload',
      action: 'accept',
      context: { threadId: 'BU-2026-0001' },
    });
    expect(texts(bad)).toEqual([da.common.errors.invalidCardData]);
    const missing = await consent({
      type: 'fileUpload',
      action: 'accept',
      context: { threadId: 'BU-2026-0009' },
      uploadInfo: { name: 'journalnotat.md', uploadUrl: 'https://contoso.sharepoint.com/upload/1' },
    });
    expect(texts(missing)).toEqual([da.coordination.threadUnavailable]);
    expect(harness.connector.calls.some((c) => c.method === 'PUT')).toBe(false);
  });
});
