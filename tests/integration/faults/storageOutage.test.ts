/**
 * Fault: the Azure storage (Azurite, started here with data on disk) stops in the middle of a load
 * run and comes back. While it is down, users who need storage get a clear Danish message, questions
 * that need no storage are still answered, no request gets a 5xx and nothing is half-written; once
 * it is back, the bot recovers by itself (no restart) and stores again.
 */
import { POLICY_FEEDBACK_HELPFUL_VERB } from '../../../src/teams/cards/policy/policyCards';
import { da } from '../../../src/teams/texts/da';
import { actionExecuteActivity, messageActivity } from '../../helpers/activities';
import { startAzurite, type AzuriteInstance } from '../../helpers/azurite';
import { startConnectorServer, type ConnectorServer } from '../../helpers/connectorServer';
import { startTestBot, type TestBot } from '../../helpers/testBot';

let azurite: AzuriteInstance;
let bot: TestBot;
let connector: ConnectorServer;

beforeAll(async () => {
  azurite = await startAzurite({ persistent: true });
  connector = await startConnectorServer();
  bot = await startTestBot({
    STORAGE: 'azure-blob',
    AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    AZURE_STORAGE_CONTAINER: 'faults-outage',
    LOG_LEVEL: 'info',
    SCHEDULERS_ENABLED: 'false',
  });
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await connector?.close();
  await azurite?.stop();
});

type Outcome = { kind: 'question' | 'feedback'; status: number; text: string; phase: Phase };
type Phase = 'before' | 'down' | 'after';

async function feedback(n: number) {
  const invoke = actionExecuteActivity(
    POLICY_FEEDBACK_HELPFUL_VERB,
    { comment: `kommentar nummer ${n}` },
    { serviceUrl: connector.serviceUrl, conversationId: `a:outage-${n % 5}` },
  );
  return bot.post(invoke);
}

async function question(n: number) {
  return bot.post(
    messageActivity('hvilke temaer har børne- og ungepolitikken?', {
      serviceUrl: connector.serviceUrl,
      expectReplies: true,
      conversationId: `a:outage-q-${n % 5}`,
    }),
  );
}

async function ready(): Promise<number> {
  const response = await fetch(`${bot.url}/readyz`);
  await response.text();
  return response.status;
}

test('an outage mid-run: Danish message, no 5xx, nothing half-written, recovery without restart', async () => {
  const t = da.policy.feedback;
  const outcomes: Outcome[] = [];
  let phase: Phase = 'before';
  let n = 0;
  let running = true;

  // Eight users keep sending feedback clicks and questions throughout.
  const users = Array.from({ length: 8 }, async () => {
    while (running) {
      const i = n++;
      const kind = i % 2 === 0 ? 'feedback' : 'question';
      const at = phase;
      const result = kind === 'feedback' ? await feedback(i) : await question(i);
      outcomes.push({ kind, status: result.status, text: result.text, phase: at === phase ? at : 'down' });
    }
  });

  await new Promise((r) => setTimeout(r, 2500));
  phase = 'down';
  await azurite.stop();
  await new Promise((r) => setTimeout(r, 4000));
  const readyWhileDown = await ready();
  await azurite.restart();
  phase = 'after';
  await new Promise((r) => setTimeout(r, 4000));
  running = false;
  await Promise.all(users);

  // No request failed at the HTTP level: the bot answered every one.
  expect(outcomes.filter((o) => o.status >= 500)).toEqual([]);
  expect(outcomes.every((o) => o.status === 200)).toBe(true);
  expect(readyWhileDown).toBe(503);
  expect(await ready()).toBe(200);

  const byPhase = (p: Phase, kind: Outcome['kind']) =>
    outcomes.filter((o) => o.phase === p && o.kind === kind);
  // Before: stored and thanked.
  expect(byPhase('before', 'feedback').length).toBeGreaterThan(0);
  expect(byPhase('before', 'feedback').every((o) => o.text.includes(t.thanks))).toBe(true);
  // While down: a clear Danish "not stored" for feedback; questions still answered from the index.
  const down = byPhase('down', 'feedback');
  expect(down.length).toBeGreaterThan(0);
  expect(down.some((o) => o.text.includes(t.notStored))).toBe(true);
  expect(down.every((o) => o.text.includes(t.notStored) || o.text.includes(t.thanks))).toBe(true);
  expect(byPhase('down', 'question').every((o) => o.text.includes(da.policy.answer.intro))).toBe(true);
  // After: recovered by itself.
  const after = byPhase('after', 'feedback');
  expect(after.length).toBeGreaterThan(3);
  expect(after.slice(-3).every((o) => o.text.includes(t.thanks))).toBe(true);

  // Nothing half-written: every stored feedback is complete; every thanked click is stored.
  const stored = await bot.bot.storage.documents.list<Record<string, unknown>>('feedback');
  const thanked = outcomes.filter((o) => o.kind === 'feedback' && o.text.includes(t.thanks)).length;
  const clicks = outcomes.filter((o) => o.kind === 'feedback').length;
  expect(stored.length).toBeGreaterThanOrEqual(thanked);
  expect(stored.length).toBeLessThanOrEqual(clicks);
  for (const doc of stored) {
    expect(doc.value.reaction).toBe('like');
    expect(typeof doc.value.timestamp).toBe('string');
    expect(String(doc.value.comment)).toMatch(/^kommentar nummer \d+$/);
  }
  process.stdout.write(
    `storage outage: ${outcomes.length} requests (${clicks} feedback clicks, ${thanked} stored-and-thanked, ${down.length} during the outage), ${stored.length} documents stored, 0 errors\n`,
  );
}, 60_000);
