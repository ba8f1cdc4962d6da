/**
 * Debian Chromium driven by playwright-core, with a fresh profile per launch. Only loopback URLs are
 * ever opened by the tests that use it.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/cli/chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

export interface BrowserSession {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Launches Chromium with a throw-away user-data-dir and one page. */
export async function launchBrowser(viewport = { width: 1280, height: 900 }): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'da-DK',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Folder for screenshots and rendered cards (git-ignored). */
export function outputFolder(...parts: string[]): string {
  const folder = resolve(__dirname, '..', '..', 'test-output', ...parts);
  mkdirSync(folder, { recursive: true });
  return folder;
}
