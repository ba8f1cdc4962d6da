/**
 * Fault: two bot instances (separate processes) on one Azure storage (Azurite), with 40 staff
 * acknowledging a published update through both; one instance is killed (SIGKILL) mid-run and its
 * users retry on the other, as Teams' load balancer would send them. No acknowledgement is lost or
 * doubled, the surviving instance shows the right count, and the channel copies are not re-sent.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createStorage } from '../../../src/infrastructure/storage/createStorage';
import type { Storage } from '../../../src/ports/storage';
import { ACKS } from '../../../src/services/knowledgeUpdates/records';
import { UPDATES_VERBS } from '../../../src/teams/cards/updates/verbs';
import { da } from '../../../src/teams/texts/da';
import { actionExecuteActivity } from '../../helpers/activities';
import { startAzurite, type AzuriteInstance } from '../../helpers/azurite';
import { startConnectorServer, type ConnectorServer } from '../../helpers/connectorServer';

const ROOT = resolve(__dirname, '..', '..', '..');
const PUBLISHER_OID = '00000000-0000-4000-8000-0000000000a1';
const CONTAINER = 'faults-two-instances';
const USERS = 40;

let azurite: AzuriteInstance;
let connector: ConnectorServer;
let configDir: string;
let dataDir: string;
let storage: Storage;
const children: ChildProcess[] = [];

async function startInstance(
  name: string,
): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'botProcess.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      STORAGE: 'azure-blob',
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      AZURE_STORAGE_CONTAINER: CONTAINER,
      CONFIG_DIR: configDir,
      DATA_DIR: dataDir,
      SCHEDULERS_ENABLED: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start: ${output}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /BOT_PORT=(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}): ${output}`)));
  });
  return { url: `http://127.0.0.1:${port}/api/messages`, child, output: () => output };
}

beforeAll(async () => {
  azurite = await startAzurite({ persistent: true });
  connector = await startConnectorServer();
  dataDir = mkdtempSync(join(tmpdir(), 'two-instances-data-'));
  configDir = mkdtempSync(join(tmpdir(), 'two-instances-config-'));
  cpSync(join(ROOT, 'config'), configDir, { recursive: true });
  // Every channel goes to the local connector: nothing leaves the machine.
  writeFileSync(
    join(configDir, 'channels.yaml'),
    [
      `defaultServiceUrl: ${connector.serviceUrl}`,
      'channels:',
      '  - id: skole-a',
      '    name: Skole A',
      '    teamId: team-a',
      '    channelId: "19:skolea@thread.tacv2"',
      '    usedFor: [updates]',
      '  - id: skole-b',
      '    name: Skole B',
      '    teamId: team-b',
      '    channelId: "19:skoleb@thread.tacv2"',
      '    usedFor: [updates]',
      '',
    ].join('\n'),
  );
  storage = await createStorage({
    kind: 'azure-blob',
    dataDir,
    connectionString: azurite.connectionString,
    container: CONTAINER,
  });
}, 60_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await storage?.close();
  await connector?.close();
  await azurite?.stop();
  rmSync(configDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

async function invoke(
  url: string,
  verb: string,
  data: Record<string, unknown>,
  user: { id: string; aad: string },
) {
  const activity = actionExecuteActivity(verb, data, {
    serviceUrl: connector.serviceUrl,
    conversationId: `a:user-${user.id}`,
    userId: `29:${user.id}`,
  });
  (activity.from as Record<string, unknown>).aadObjectId = user.aad;
  // Teams sends the id of the message that holds the card with every Action.Execute.
  activity.replyToId = `card-message-${user.id}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  return { status: response.status, text: await response.text() };
}

test('one instance killed mid-run: every acknowledgement kept once, no channel post re-sent', async () => {
  const a = await startInstance('A');
  const b = await startInstance('B');
  const publisher = { id: 'leder', aad: PUBLISHER_OID };
  const published = await invoke(
    a.url,
    UPDATES_VERBS.publish,
    {
      title: 'Fælles skema til overlevering',
      bodyMarkdown: 'Fra januar bruger vi samme skema ved overlevering fra dagtilbud til skole.',
      tags: 'leg-og-laering',
      audienceIds: 'skole-a,skole-b',
      link: '',
      addToKnowledgeBase: 'false',
      sendDate: '',
      sendTime: '',
    },
    publisher,
  );
  expect(published.status).toBe(200);
  const postId = /"postId":"([^"]+)"/.exec(published.text)?.[1];
  expect(postId).toBeDefined();
  await connector.waitForActivities(2, 10_000);
  const channelPostsBefore = connector.calls.filter(
    (c) => c.method === 'POST' && /\/v3\/conversations\/?$/.test(c.path),
  ).length;
  expect(channelPostsBefore).toBe(2);

  // 40 staff acknowledge, alternating between the instances; A is killed after the first third.
  let killed = false;
  let retriedOnB = 0;
  const results = await Promise.all(
    Array.from({ length: USERS }, async (_, i) => {
      const user = {
        id: `staff-${i}`,
        aad: `8d3e2f10-4b5c-4d6e-9f70-8192a3b4c${String(i).padStart(3, '0')}`,
      };
      await new Promise((r) => setTimeout(r, i * 40));
      if (i === Math.floor(USERS / 3)) {
        a.child.kill('SIGKILL');
        killed = true;
      }
      const target = i % 2 === 0 ? a.url : b.url;
      try {
        return await invoke(target, UPDATES_VERBS.ack, { postId }, user);
      } catch {
        // The instance is gone (connection refused or reset): the user's next click lands on B.
        retriedOnB++;
        return invoke(b.url, UPDATES_VERBS.ack, { postId }, user);
      }
    }),
  );
  expect(killed).toBe(true);
  expect(retriedOnB).toBeGreaterThan(0);
  expect(results.map((r) => r.status)).toEqual(Array(USERS).fill(200));
  expect(results.filter((r) => r.text.includes(da.common.errors.generic))).toEqual([]);

  // Every acknowledgement stored exactly once (one document per user and post).
  const acks = await storage.documents.list<{ userId: string }>(ACKS, { prefix: `${postId}.` });
  expect(new Set(acks.map((d) => d.value.userId)).size).toBe(USERS);
  expect(acks).toHaveLength(USERS);

  // The surviving instance shows the right count to the author.
  const view = await invoke(b.url, UPDATES_VERBS.refresh, { postId }, publisher);
  expect(view.text).toContain(JSON.stringify(da.updates.post.count(USERS)).slice(1, -1));

  // A second click by a user who already acknowledged does not count twice.
  await invoke(
    b.url,
    UPDATES_VERBS.ack,
    { postId },
    { id: 'staff-1', aad: '8d3e2f10-4b5c-4d6e-9f70-8192a3b4c001' },
  );
  expect(await storage.documents.list(ACKS, { prefix: `${postId}.` })).toHaveLength(USERS);

  // No channel post was sent again by the surviving instance.
  await new Promise((r) => setTimeout(r, 1000));
  const channelPostsAfter = connector.calls.filter(
    (c) => c.method === 'POST' && /\/v3\/conversations\/?$/.test(c.path),
  ).length;
  expect(channelPostsAfter).toBe(channelPostsBefore);
  process.stdout.write(
    `two instances: ${USERS} acknowledgements, ${retriedOnB} retried on B after A was killed, 0 lost, 0 doubled\n`,
  );
}, 90_000);
