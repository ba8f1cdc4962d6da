/**
 * End-to-end in a real Teams-like client: the bot and the Microsoft 365 Agents Playground on
 * loopback, driven in Debian Chromium by playwright-core. Each step saves a screenshot under
 * test-output/e2e/ for a person to look at.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadPathwayConfig } from '../../src/infrastructure/configFiles/pathwayConfig';
import { common } from '../../src/teams/texts/da/common';
import { pathway } from '../../src/teams/texts/da/pathway';
import { policy } from '../../src/teams/texts/da/policy';
import { updates } from '../../src/teams/texts/da/updates';
import { coordination } from '../../src/teams/texts/da/coordination';
import { coordination as coordinationEn } from '../../src/teams/texts/en/coordination';
import { COORDINATION_VERBS } from '../../src/teams/cards/coordination/verbs';
import { COLLECTIONS } from '../../src/services/coordination/coordinationService';
import type { CoordinationThread } from '../../src/domain/threads/model';
import { actionExecuteActivity, messageActivity } from '../helpers/activities';
import { launchBrowser, outputFolder, type BrowserSession } from '../helpers/browser';
import { PLAYGROUND_SECOND_USER, startE2E, type RunningE2E } from '../helpers/playground';

const SCREENSHOTS = outputFolder('e2e');
const CONFIG_DIR = join(__dirname, '..', '..', 'config');

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let e2e: RunningE2E;
let browser: BrowserSession;
let page: Page;

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Free text typed in the chat (not command words): none of it may reach a log line. */
const typedTexts: string[] = [];

/** Types into the Playground's compose box and sends, as a user would. */
async function send(text: string, freeText = true): Promise<void> {
  if (freeText) typedTexts.push(text);
  const box = page.locator('div[role="textbox"]').first();
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Waits until the chat shows `text` (the bot's reply) and returns its locator. */
async function expectInChat(text: string | RegExp, timeout = 20_000) {
  const locator = page.getByText(text).first();
  await locator.waitFor({ state: 'visible', timeout });
  return locator;
}

/** Count of bot messages in the chat (each reply is one article-like block with the bot's name). */
async function botMessageCount(): Promise<number> {
  return page.getByText('Test Bot', { exact: true }).count();
}

async function waitForNewBotMessage(before: number, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if ((await botMessageCount()) > before) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the bot did not answer in the Playground');
}

beforeAll(async () => {
  e2e = await startE2E();
  browser = await launchBrowser();
  page = browser.page;
  await page.goto(e2e.url);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await e2e?.stop();
});

test('the welcome appears when the Playground installs the bot in a personal chat', async () => {
  const firstSentence = common.welcome.personal.split('.')[0]!;
  await expectInChat(firstSentence);
  await screenshot('01-welcome');
});

test('"hjælp" lists every command with its Danish description', async () => {
  const before = await botMessageCount();
  await send('hjælp', false);
  await waitForNewBotMessage(before);
  await expectInChat(common.help.title);
  for (const command of common.help.commands) await expectInChat(command.description);
  await expectInChat(common.help.privacy);
  await screenshot('02-help');
});

test('a policy question is answered from the policy with a quoted, cited source', async () => {
  const question = 'hvilke temaer har børne- og ungepolitikken?';
  const before = await botMessageCount();
  await send(question);
  await waitForNewBotMessage(before);
  await expectInChat(policy.answer.intro);
  // The four themes of the policy, quoted, with the citation marker.
  for (const theme of ['Dannelse', 'Leg og læring', 'Forældre og netværk', 'Vores fælles børn og unge']) {
    await expectInChat(theme);
  }
  await expectInChat(/\[1\]/);
  await screenshot('03-policy-answer-with-citation');

  // The Playground (0.2.x) drops the citation list from the Message entity when it shows a reply,
  // so the pop-up behind [1] cannot be seen there. The same question over HTTP shows what Teams gets.
  const response = await fetch(`${e2e.botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(messageActivity(question, { serviceUrl: e2e.serviceUrl, expectReplies: true })),
  });
  const replies = ((await response.json()) as { activities: Record<string, unknown>[] }).activities;
  const entity = replies
    .flatMap((a) => (a.entities as Record<string, unknown>[] | undefined) ?? [])
    .find((e) => Array.isArray(e.citation));
  const claims = (entity?.citation ?? []) as { position: number; appearance: { name: string } }[];
  expect(claims[0]?.position).toBe(1);
  expect(claims[0]?.appearance.name).toMatch(/Børne- og [Uu]ngepolitikken/);
});

test('an out-of-scope question is abstained, with no invented answer', async () => {
  const before = await botMessageCount();
  await send('hvornår har kantinen åbent?');
  await waitForNewBotMessage(before);
  await expectInChat(
    new RegExp(
      `${escape(policy.noAnswer.outOfScope.slice(0, 40))}|${escape(policy.noAnswer.noMatch.slice(0, 40))}`,
    ),
  );
  await screenshot('04-out-of-scope-abstained');
});

test('a concern about violence raises the duty-to-notify banner on the pathway card', async () => {
  const { notify, acute } = loadPathwayConfig(CONFIG_DIR).safety.levels;
  const before = await botMessageCount();
  await send('en elev i 8. klasse fortæller at hendes stedfar slår hende');
  await waitForNewBotMessage(before);
  await expectInChat(pathway.answer.startThread);
  const banner = await expectInChat(notify.title.da);
  expect(await page.getByText(acute.title.da).count()).toBe(0);
  await banner.scrollIntoViewIfNeeded();
  await screenshot('05-concern-duty-to-notify-banner');
});

test('a coordination thread started from the pathway card, joined and accepted by a second user', async () => {
  // The pathway card from the concern above carries a pseudonymous summary into the form.
  await page.getByRole('button', { name: pathway.answer.startThread, exact: true }).last().click();
  const submit = page.getByRole('button', { name: coordination.form.submit, exact: true }).last();
  await submit.waitFor({ timeout: 20_000 });
  expect(await page.getByPlaceholder(coordination.form.ageOrGradePlaceholder).last().inputValue()).toBe(
    '8. klasse',
  );
  const pick = async (label: string, option: string) => {
    await page
      .getByRole('combobox', { name: new RegExp(label) })
      .last()
      .click();
    await page.getByRole('option', { name: option, exact: true }).first().click();
  };
  await pick(coordination.form.pathway, coordination.pathways.skole);
  await pick(coordination.form.ownerRole, 'Lærer');
  await screenshot('06-coordination-form-prefilled');
  // The prefilled summary is pseudonymous (labels only), so no name warning stops the submit.
  await submit.click();
  await expectInChat(/BU-\d{4}-\d{4}/);
  const threads = await e2e.bot.storage.documents.list<CoordinationThread>(COLLECTIONS.threads);
  expect(threads).toHaveLength(1);
  const thread = threads[0]!.value;
  await screenshot('07-coordination-thread-created');

  // The Playground cannot switch user: the second user (Megan, in its roster) clicks over HTTP,
  // into the same chat through the Playground's connector, exactly as Teams would send it.
  const location = thread.location as unknown as {
    serviceUrl: string;
    conversationId: string;
    tenantId?: string;
  };
  /** The chat's tenant, as Teams puts it on every activity from that chat. */
  const inTenant = (activity: Record<string, unknown>): Record<string, unknown> => {
    if (location.tenantId === undefined) return activity;
    (activity.conversation as Record<string, unknown>).tenantId = location.tenantId;
    activity.channelData = { ...(activity.channelData as object), tenant: { id: location.tenantId } };
    return activity;
  };
  const megan = async (verb: string, data: Record<string, unknown>) => {
    const activity = actionExecuteActivity(verb, data, {
      serviceUrl: location.serviceUrl,
      conversationId: location.conversationId,
      userId: PLAYGROUND_SECOND_USER.id,
      userName: PLAYGROUND_SECOND_USER.name,
    });
    (activity.from as Record<string, unknown>).aadObjectId = PLAYGROUND_SECOND_USER.aadObjectId;
    const response = await fetch(`${e2e.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(inTenant(activity)),
    });
    expect(response.status).toBe(200);
    return response.text();
  };
  await megan(COORDINATION_VERBS.requestJoin, {
    threadId: thread.id,
    version: thread.version,
    joinRole: 'skoleleder',
  });
  // A join request changes nothing every member of the chat may see, so the shared message stays
  // as it is, and the Playground has no per-user refresh to show the owner the request. The owner
  // approves over HTTP (as Teams would send the click from the owner's refreshed card).
  const requested = (await e2e.bot.storage.documents.get<CoordinationThread>(COLLECTIONS.threads, thread.id))!
    .value;
  const lead = requested.participants.find((p) => p.aadObjectId === requested.ownerId)!;
  const approveActivity = actionExecuteActivity(
    COORDINATION_VERBS.approveJoin,
    { threadId: thread.id, version: requested.version, aadObjectId: PLAYGROUND_SECOND_USER.aadObjectId },
    {
      serviceUrl: location.serviceUrl,
      conversationId: location.conversationId,
      userId: lead.teamsUserId ?? lead.aadObjectId,
      userName: 'Tovholder',
    },
  );
  (approveActivity.from as Record<string, unknown>).aadObjectId = lead.aadObjectId;
  const approved = await fetch(`${e2e.botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(inTenant(approveActivity)),
  });
  expect(approved.status).toBe(200);
  const afterApprove = (await e2e.bot.storage.documents.get<CoordinationThread>(
    COLLECTIONS.threads,
    thread.id,
  ))!.value;
  const joined = afterApprove.participants.find((p) => p.aadObjectId === PLAYGROUND_SECOND_USER.aadObjectId);
  expect(joined).toBeDefined();
  if (joined!.state !== 'accepted') {
    await megan(COORDINATION_VERBS.accept, { threadId: thread.id, version: afterApprove.version });
  }
  const final = (await e2e.bot.storage.documents.get<CoordinationThread>(COLLECTIONS.threads, thread.id))!
    .value;
  expect(final.participants.find((p) => p.aadObjectId === PLAYGROUND_SECOND_USER.aadObjectId)?.state).toBe(
    'accepted',
  );
  // The participant count changed, so the chat's message became the minimal shared card: no roles,
  // no description. It is in the creator's language (the Danish pathway card's). The owner opens
  // their own view with "Vis sagen" and sees the new participant; an own view follows the clicking
  // user's Teams locale, which is en-US in the Playground.
  await expectInChat(coordination.shared.open);
  await screenshot('08-coordination-shared-card');
  await page.getByRole('button', { name: coordination.shared.open, exact: true }).last().click();
  const accepted = coordinationEn.participantStates.accepted;
  await expectInChat(new RegExp(`School leader.*${accepted}|${accepted}.*School leader`));
  await screenshot('09-coordination-accepted-by-second-user');
});

test('a manager publishes an update to a channel, and a reader acknowledges it there', async () => {
  const title = 'Ny skabelon til overleveringsmøder';
  const body = 'Fra januar bruger alle skoler samme skema ved overlevering fra dagtilbud.';
  typedTexts.push(body);
  const before = await botMessageCount();
  await send('videndeling', false);
  await waitForNewBotMessage(before);
  await expectInChat(updates.compose.titleNew);
  await page.getByPlaceholder(updates.compose.titlePlaceholder).last().fill(title);
  await page.getByPlaceholder(updates.compose.bodyPlaceholder).last().fill(body);
  await page.getByRole('checkbox', { name: 'Leg og læring' }).last().check();
  await page.getByRole('checkbox', { name: 'Announcements' }).last().check();
  await screenshot('10-update-compose-filled');
  await page.getByRole('button', { name: updates.compose.publish, exact: true }).last().click();

  // The post arrives in the team's Announcements channel (the Playground's connector on loopback).
  await page.getByText('Announcements', { exact: true }).first().click();
  await expectInChat(title);
  await expectInChat(updates.post.count(0));
  await screenshot('11-update-in-channel');
  await page.getByRole('button', { name: updates.post.acknowledge, exact: true }).last().click();
  await expectInChat(updates.post.count(1));
  await screenshot('12-update-acknowledged');
  await page.getByText('Personal Chat', { exact: true }).first().click();
});

test('no log line carries what the user typed', () => {
  expect(e2e.logLines.length).toBeGreaterThan(0);
  const serialised = JSON.stringify(e2e.logLines).toLowerCase();
  for (const text of typedTexts) expect(serialised).not.toContain(text.toLowerCase());
  // Every chat turn was logged as completed, without a single failure.
  expect(e2e.logLines.filter((l) => l.level === 'error')).toEqual([]);
});
