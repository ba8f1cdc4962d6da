/**
 * The bot plus the Microsoft 365 Agents Playground on loopback, for browser end-to-end tests.
 *
 * Differs from `npm run playground` (src/cli/playground.ts) in three ways a test needs:
 * - the Playground runs in a temporary folder with its own `.m365agentsplayground.yml`, so its users
 *   carry real GUID object ids (its built-in defaults are not valid GUIDs);
 * - the bot reads a temporary CONFIG_DIR: a copy of config/ with the Playground's current user added
 *   as a publisher (so `videndeling` can be exercised);
 * - every bot log line is captured for the privacy assertions.
 */
import type { ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnAgentsPlayground } from '../../src/cli/playground';
import { loadConfig } from '../../src/config';
import { startBot, type RunningBot } from '../../src/index';
import { freePort } from './azurite';
import { capturingLogger } from './logCapture';

const ROOT = resolve(__dirname, '..', '..');

export interface PlaygroundUser {
  readonly id: string;
  readonly name: string;
  readonly upn: string;
  readonly aadObjectId: string;
}

/**
 * The Playground's own defaults (tenant, bot, users, chats, team), except that each user's object id
 * is a real GUID: the built-in ones have a 13-digit last group that Entra (and our config) rejects.
 * Changing other defaults (bot id, names) made the Playground exit on the first bot reply.
 */
const OBJECT_ID_PREFIX = '3d5f0c1e-7a2b-4c8d-9e0f-1a2b3c4d5e';

/** The user the Playground sends as (its "current user"). Listed as a publisher in the test config. */
export const PLAYGROUND_CURRENT_USER: PlaygroundUser = {
  id: 'user-id-0',
  name: 'Alex Wilber',
  upn: 'alexw@example.com',
  aadObjectId: `${OBJECT_ID_PREFIX}20`,
};

const OTHER_USERS: PlaygroundUser[] = [
  { id: 'user-id-1', name: 'Megan Bowen', upn: 'meganb@example.com', aadObjectId: `${OBJECT_ID_PREFIX}21` },
  { id: 'user-id-2', name: 'Adele Vance', upn: 'adelev@example.com', aadObjectId: `${OBJECT_ID_PREFIX}22` },
  { id: 'user-id-3', name: 'Isaiah Langer', upn: 'isaiah@example.com', aadObjectId: `${OBJECT_ID_PREFIX}23` },
  {
    id: 'user-id-4',
    name: 'Patti Fernandez',
    upn: 'pattif@example.com',
    aadObjectId: `${OBJECT_ID_PREFIX}24`,
  },
  { id: 'user-id-5', name: 'Lynne Robbins', upn: 'lynner@example.com', aadObjectId: `${OBJECT_ID_PREFIX}25` },
];

/** A second staff member in the Playground's roster (driven over HTTP: the Playground cannot switch user). */
export const PLAYGROUND_SECOND_USER: PlaygroundUser = OTHER_USERS[0]!;

/** The team's second channel; a real Teams channel id so config/channels.yaml accepts it. */
export const PLAYGROUND_CHANNEL_ID = '19:e2eannouncements@thread.tacv2';
export const PLAYGROUND_TEAM_ID = 'team-id';

export const PLAYGROUND_TENANT_ID = '00000000-0000-0000-0000-0000000000001';

export function playgroundConfigYaml(): string {
  const user = (u: PlaygroundUser, indent: string) =>
    [
      `${indent}id: ${u.id}`,
      `${indent}name: ${u.name}`,
      `${indent}userPrincipleName: ${u.upn}`,
      `${indent}aadObjectId: ${u.aadObjectId}`,
      `${indent}givenName: ${u.name.split(' ')[0]}`,
      `${indent}surname: ${u.name.split(' ')[1]}`,
      `${indent}email: ${u.upn}`,
    ].join('\n');
  return [
    'version: "0.1.1"',
    `tenantId: ${PLAYGROUND_TENANT_ID}`,
    'bot:',
    '  id: 00000000-0000-0000-0000-00000000000011',
    '  name: Test Bot',
    'currentUser:',
    user(PLAYGROUND_CURRENT_USER, '  '),
    'users:',
    ...OTHER_USERS.map((u) => user(u, '    ').replace(/^ {4}/, '  - ')),
    'personalChat:',
    '  id: __PERSONAL_CHAT_ID__',
    'groupChat:',
    '  id: __GROUP_CHAT_ID__',
    '  name: Group Chat',
    'team:',
    '  id: team-id',
    '  name: My Team',
    '  aadGroupId: 00000000-0000-0000-0000-000000000031',
    '  channels:',
    `    - id: ${PLAYGROUND_CHANNEL_ID}`,
    '      name: Announcements',
    '',
  ].join('\n');
}

/**
 * A copy of config/ with the Playground's current user added as a publisher (a school leader) and
 * one channel, the Playground team's Announcements channel, reached through the Playground's own
 * connector on loopback (so nothing is ever sent to the real Teams service).
 */
export function createTestConfigDir(serviceUrl: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-config-'));
  cpSync(join(ROOT, 'config'), dir, { recursive: true });
  appendFileSync(
    join(dir, 'publishers.yaml'),
    `  - id: ${PLAYGROUND_CURRENT_USER.aadObjectId}\n    role: skoleleder\n    unit: Testskolen\n`,
  );
  writeFileSync(
    join(dir, 'channels.yaml'),
    [
      `defaultServiceUrl: ${serviceUrl}`,
      'channels:',
      '  - id: e2e-announcements',
      '    name: Announcements',
      '    kind: unit',
      `    teamId: ${PLAYGROUND_TEAM_ID}`,
      `    channelId: "${PLAYGROUND_CHANNEL_ID}"`,
      '    usedFor: [coordination, updates]',
      '',
    ].join('\n'),
  );
  return dir;
}

export interface RunningE2E {
  /** The Playground's web UI. */
  readonly url: string;
  /** The bot's base URL (http://127.0.0.1:port). */
  readonly botUrl: string;
  /** The Playground's mocked Bot Connector (replies from HTTP-driven turns land in the chat). */
  readonly serviceUrl: string;
  readonly bot: RunningBot;
  readonly logLines: Record<string, unknown>[];
  stop(): Promise<void>;
}

export async function startE2E(env: Record<string, string> = {}): Promise<RunningE2E> {
  const playgroundPort = await freePort();
  const serviceUrl = `http://127.0.0.1:${playgroundPort}/_connector/`;
  const configDir = createTestConfigDir(serviceUrl);
  const workDir = mkdtempSync(join(tmpdir(), 'e2e-playground-'));
  writeFileSync(join(workDir, '.m365agentsplayground.yml'), playgroundConfigYaml());

  const { logger, lines: logLines } = capturingLogger('info');
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    STORAGE: 'memory',
    LOG_LEVEL: 'info',
    CONFIG_DIR: configDir,
    KNOWLEDGE_DIR: join(ROOT, 'knowledge'),
    SCHEDULERS_ENABLED: 'false',
    ...env,
  });
  const bot = await startBot(config, { logger });
  let output = '';
  const child: ChildProcess = spawnAgentsPlayground({ botPort: bot.port, playgroundPort, cwd: workDir });
  child.stdout?.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-4000)));
  child.stderr?.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${playgroundPort}`;
  const stopAll = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    await bot.stop();
    rmSync(configDir, { recursive: true, force: true });
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    await waitForHttp(url, 60_000, child, () => output);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return {
    url,
    botUrl: `http://127.0.0.1:${bot.port}`,
    serviceUrl,
    bot,
    logLines,
    stop: stopAll,
  };
}

async function waitForHttp(
  url: string,
  timeoutMs: number,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await new Promise((r) => setTimeout(r, 300)); // let stdout/stderr drain
      throw new Error(`The Agents Playground exited (${child.exitCode}): ${output()}`);
    }
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The Agents Playground did not answer on ${url}: ${output()}`);
}
