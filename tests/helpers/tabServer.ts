/**
 * The bot with the Overblik tab built into a temporary folder and the tab fixture seeded: for the
 * tab's browser tests and its HTTP tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seedTabFixture, type TabFixtureOptions } from '../../src/cli/tabFixture';
import { loadConfig } from '../../src/config';
import { startBot, type RunningBot } from '../../src/index';

const ROOT = resolve(__dirname, '..', '..');

/** Builds the tab bundle with the project's own build script; returns its folder. */
export function buildTabInto(folder = mkdtempSync(join(tmpdir(), 'tab-build-'))): string {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'buildTab.mjs'), folder], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  return folder;
}

export interface RunningTab {
  readonly bot: RunningBot;
  readonly baseUrl: string;
  stop(): Promise<void>;
}

export async function startTabServer(
  env: Record<string, string>,
  fixture: TabFixtureOptions | undefined,
  assetsDir?: string,
): Promise<RunningTab> {
  const bot = await startBot(
    loadConfig({
      STORAGE: 'memory',
      PORT: '0',
      LOG_LEVEL: 'silent',
      SCHEDULERS_ENABLED: 'false',
      CONFIG_DIR: join(ROOT, 'config'),
      KNOWLEDGE_DIR: join(ROOT, 'knowledge'),
      ...(assetsDir ? { TAB_ASSETS_DIR: assetsDir } : {}),
      ...env,
    }),
  );
  if (fixture) await seedTabFixture(bot.storage, { configDir: join(ROOT, 'config'), ...fixture });
  return {
    bot,
    baseUrl: `http://127.0.0.1:${bot.port}`,
    async stop() {
      await bot.stop();
      if (assetsDir) rmSync(assetsDir, { recursive: true, force: true });
    },
  };
}
