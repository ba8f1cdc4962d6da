/**
 * The Overblik tab in Debian Chromium: built with the project's build script, served by the bot on
 * loopback in anonymous local mode (the development identity), with realistic seeded data. Each
 * view is saved as a screenshot under test-output/tab/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { LONG_TITLE, OTHER_USERS_TASK, RTL_TITLE, TAB_USER } from '../../src/cli/tabFixture';
import { da } from '../../web/src/texts/da';
import { en } from '../../web/src/texts/en';
import { launchBrowser, outputFolder, type BrowserSession } from '../helpers/browser';
import { buildTabInto, startTabServer, type RunningTab } from '../helpers/tabServer';

const SCREENSHOTS = outputFolder('tab');
const VIEWS = ['cases', 'updates', 'gaps', 'usage'] as const;

let tab: RunningTab;
let browser: BrowserSession;
let page: Page;

beforeAll(async () => {
  const assets = buildTabInto();
  tab = await startTabServer(
    { TAB_DEV_USER_ID: TAB_USER, TAB_DEV_USER_NAME: 'Lokal udvikler' },
    { threads: 40, posts: 3, acknowledgementsPerPost: 14 },
    assets,
  );
  browser = await launchBrowser();
  page = browser.page;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await tab?.stop();
});

async function open(query = ''): Promise<void> {
  await page.goto(`${tab.baseUrl}/tab/overblik${query}`);
  await page.getByRole('main').waitFor();
}

async function showView(view: (typeof VIEWS)[number], texts = da): Promise<void> {
  await page.getByRole('tab', { name: texts.views[view] }).click();
  await page.getByTestId(`view-${view}`).waitFor();
  await page.getByRole('heading', { level: 2, name: texts.views[view] }).waitFor();
}

/** True when nothing on the page is wider than the window (no sideways scrolling). */
async function fitsWidth(): Promise<boolean> {
  // Evaluated in the page (the test's TypeScript has no DOM types).
  return (await page.evaluate(
    'document.documentElement.scrollWidth <= document.documentElement.clientWidth',
  )) as boolean;
}

test('Mine sager: my threads and tasks, overdue first, each linking to its message in Teams', async () => {
  await open();
  await showView('cases');
  expect(await page.getByTestId('development-identity').innerText()).toContain('Lokal udvikler');
  const threads = page.getByTestId('threads').locator('tbody tr');
  expect(await threads.count()).toBe(4);
  const tasks = page.getByTestId('tasks').locator('tbody tr');
  expect(await tasks.count()).toBe(8);
  // Overdue first: every overdue badge comes before every on-time row.
  const states = await tasks.locator('td:nth-child(4)').allInnerTexts();
  const firstOnTime = states.indexOf(da.cases.onTime);
  expect(firstOnTime).toBeGreaterThan(0);
  expect(states.slice(0, firstOnTime).every((s) => s === da.cases.overdue)).toBe(true);
  expect(states.slice(firstOnTime).every((s) => s === da.cases.onTime)).toBe(true);
  const href = await page.getByTestId('threads').getByRole('link').first().getAttribute('href');
  expect(href).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/message\//);
  expect(await page.getByText(OTHER_USERS_TASK).count()).toBe(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'mine-sager.png'), fullPage: true });
});

test('Videndeling: per post a chart over time, audiences, who acknowledged, and a CSV download', async () => {
  await open();
  await showView('updates');
  const posts = page.getByTestId('post');
  expect(await posts.count()).toBe(3);
  const first = posts.first();
  expect(await first.locator('svg').count()).toBeGreaterThan(0);
  expect(await first.locator('tbody tr').count()).toBeGreaterThan(14);
  const download = page.waitForEvent('download');
  await first.getByRole('button', { name: /CSV/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^laest-og-forstaaet-.*\.csv$/);
  await page.screenshot({ path: join(SCREENSHOTS, 'videndeling.png'), fullPage: true });
});

test('Videnshuller: negative feedback per week, topics, tickets and comments', async () => {
  await open();
  await showView('gaps');
  expect(await page.locator('main svg').count()).toBeGreaterThan(0);
  expect(await page.getByText('Fandt ikke noget om SSP-samarbejdet.').first().isVisible()).toBe(true);
  await page.screenshot({ path: join(SCREENSHOTS, 'videnshuller.png'), fullPage: true });
});

test('Brug: counts per week with every figure under 5 shown as "under 5"', async () => {
  await open();
  await showView('usage');
  const rows = page.getByTestId('usage-weeks').locator('tbody tr');
  expect(await rows.count()).toBe(12);
  const closed = await rows.locator('td:nth-child(6)').allInnerTexts();
  expect(closed).toContain(da.usage.suppressed);
  expect(closed.some((value) => value === '2')).toBe(false);
  const pathways = await page.getByTestId('usage-pathways').locator('tbody').innerText();
  // skolestart was never suggested: 0 is shown as 0, not hidden.
  expect(pathways).toContain('0');
  await page.screenshot({ path: join(SCREENSHOTS, 'brug.png'), fullPage: true });
});

/**
 * The page's tab stops: every link, button and select, except that a chart legend (a listbox of
 * options, moved through with the arrow keys) is one stop.
 */
const TAB_STOPS = `[...document.querySelectorAll(
  'main a[href], main button:not([disabled]):not([role="option"]), main select, main [role="listbox"]')]`;

test('keyboard: Tab reaches every control of every view, arrow keys move within legends and views', async () => {
  await open();
  for (const view of VIEWS) {
    await showView(view);
    const stops = (await page.evaluate(`${TAB_STOPS}.length`)) as number;
    if (view === 'cases' || view === 'updates') expect(stops).toBeGreaterThan(0);
    await page.locator('h1').click();
    const reached = new Set<number>();
    for (let i = 0; i < stops + 40; i++) {
      await page.keyboard.press('Tab');
      const index = (await page.evaluate(
        `${TAB_STOPS}.indexOf(document.activeElement.closest('[role="listbox"]') ?? document.activeElement)`,
      )) as number;
      if (index >= 0) reached.add(index);
    }
    expect(reached.size).toBe(stops);
  }
  await showView('gaps');
  const legend = page.locator('main [role="listbox"]').first().getByRole('option');
  await legend.first().focus();
  await page.keyboard.press('ArrowRight');
  expect(await legend.nth(1).evaluate((option) => option === option.ownerDocument.activeElement)).toBe(true);
  await page.getByRole('tab', { name: da.views.gaps }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.getByTestId('view-usage').waitFor();
  expect(await page.getByRole('heading', { level: 2, name: da.views.usage }).isVisible()).toBe(true);
});

test('long titles and right-to-left text wrap inside every table at Teams and phone widths', async () => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await open();
    for (const view of VIEWS) {
      await showView(view);
      expect(await fitsWidth()).toBe(true);
    }
    await showView('cases');
    expect(await page.getByRole('cell', { name: LONG_TITLE }).getAttribute('dir')).toBe('auto');
    expect(await page.getByRole('cell', { name: RTL_TITLE }).getAttribute('dir')).toBe('auto');
    if (width === 360)
      await page.screenshot({ path: join(SCREENSHOTS, 'mine-sager-360.png'), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('themes and language follow Teams: dark, high contrast, English', async () => {
  const background = async () =>
    (await page.evaluate(
      "getComputedStyle(document.querySelector('main').parentElement).backgroundColor",
    )) as string;
  await open();
  const light = await background();
  await open('?theme=dark');
  const dark = await background();
  await page.screenshot({ path: join(SCREENSHOTS, 'mine-sager-dark.png'), fullPage: true });
  await open('?theme=contrast');
  const contrast = await background();
  await page.screenshot({ path: join(SCREENSHOTS, 'mine-sager-high-contrast.png'), fullPage: true });
  expect(new Set([light, dark, contrast]).size).toBe(3);
  await open('?lang=en');
  expect(await page.getByRole('heading', { level: 2, name: en.views.cases }).isVisible()).toBe(true);
  expect(await page.getByRole('tab', { name: en.views.updates }).isVisible()).toBe(true);
  expect(await page.evaluate('document.documentElement.lang')).toBe('en');
  await page.screenshot({ path: join(SCREENSHOTS, 'mine-sager-en.png'), fullPage: true });
});
