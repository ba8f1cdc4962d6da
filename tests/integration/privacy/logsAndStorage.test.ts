/**
 * Privacy across a run of realistic traffic on the real server (SQLite storage, debug logging):
 * policy questions (some with CPR numbers), concerns (some with CPR numbers), feedback with comments,
 * coordination commands and card actions, and a manager's knowledge update (with and without a CPR
 * number). Afterwards:
 * - no log line at any level holds a CPR number;
 * - no log line at info level or above holds what a user wrote;
 * - nothing stored and nothing the bot sent back holds a CPR number.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { containsCpr } from '../../../src/domain/privacy/cpr';
import { COORDINATION_VERBS } from '../../../src/teams/cards/coordination/verbs';
import {
  POLICY_FEEDBACK_HELPFUL_VERB,
  POLICY_FEEDBACK_NOT_HELPFUL_VERB,
} from '../../../src/teams/cards/policy/policyCards';
import { UPDATES_VERBS } from '../../../src/teams/cards/updates/verbs';
import { actionExecuteActivity, messageActivity, type ActivityOptions } from '../../helpers/activities';
import { startConnectorServer, type ConnectorServer } from '../../helpers/connectorServer';
import { startTestBot, type TestBot } from '../../helpers/testBot';

/**
 * Fictitious CPR numbers in the forms people type them, including the forms an earlier probe got
 * through: dots, spaces, dashes between every group, full-width digits and a zero-width space.
 */
const CPRS = [
  '120512-1234',
  '0101121234',
  '311299 4321',
  '150608-2468',
  '15.03.87-4303',
  '15 03 87 4304',
  '15-03-87-4308',
  '１５０３８７－４３０５',
  '1503\u200b87-4306',
];
/** What a reader sees: compatibility digits folded, invisible characters and separators gone. */
const digitsOf = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\\n/g, '')
    .replace(/[\s\-./]/g, '');
const cprDigits = CPRS.map((c) => digitsOf(c).replace(/\D/g, ''));

/** A publisher from config/publishers.yaml (the shipped example entry). */
const PUBLISHER_OID = '00000000-0000-4000-8000-0000000000a1';

const QUESTIONS = [
  'hvilke temaer har børne- og ungepolitikken?',
  `hvad gør jeg med eleven ${CPRS[0]} der har meget fravær?`,
  'hvad er Herningmodel Skole og hvem deltager?',
  `min elev med cpr ${CPRS[1]} mistrives, hvad siger politikken om trivsel?`,
  'hvordan inddrager vi forældrene i fællesskaberne?',
  `hvad siger politikken om eleven ${CPRS[4]}?`,
  `trivsel for barnet født ${CPRS[7]}`,
];
const CONCERNS = [
  'en elev i 8. klasse fortæller at hendes stedfar slår hende',
  `forløb pigen ${CPRS[2]} i 3. klasse kommer ofte sulten i skole`,
  'drengen på 4 år i børnehaven taler meget lidt og trækker sig fra legen',
  'forløb en 15-årig dreng har udeblevet fra skolen i tre uger og ryger hash',
  `forløb drengen ${CPRS[5]} på 4 år taler meget lidt`,
  `forløb pigen ${CPRS[8]} kommer ofte sulten i skole`,
];

let bot: TestBot;
let connector: ConnectorServer;
let dataDir: string;
const typed: string[] = [];
const replies: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'privacy-'));
  connector = await startConnectorServer();
  bot = await startTestBot({
    STORAGE: 'sqlite',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'debug',
    SCHEDULERS_ENABLED: 'false',
  });

  const options = (n: number, extra: Partial<ActivityOptions> = {}): ActivityOptions => ({
    serviceUrl: connector.serviceUrl,
    expectReplies: true,
    conversationId: `a:privacy-${n % 3}`,
    ...extra,
  });
  const send = async (activity: Record<string, unknown>) => {
    const result = await bot.post(activity);
    expect(result.status).toBeLessThan(500);
    replies.push(result.text);
  };
  const asPublisher = (activity: Record<string, unknown>) => ({
    ...activity,
    from: { id: '29:leder', name: 'Leder', aadObjectId: PUBLISHER_OID },
  });

  let n = 0;
  for (const text of [...QUESTIONS, ...CONCERNS, 'ny tråd', `ny tråd om eleven ${CPRS[3]}`]) {
    // A bare command word is not something the user wrote about anyone (its title is logged).
    if (text !== 'ny tråd') typed.push(text);
    await send(messageActivity(text, options(n++)));
  }
  // Feedback, with and without a CPR number in the comment.
  for (const [verb, comment] of [
    [POLICY_FEEDBACK_HELPFUL_VERB, 'godt svar om temaerne i politikken'],
    [POLICY_FEEDBACK_NOT_HELPFUL_VERB, `det manglede noget om barnet ${CPRS[0]}`],
    [POLICY_FEEDBACK_NOT_HELPFUL_VERB, `barnet ${CPRS[6]} blev ikke nævnt`],
    [POLICY_FEEDBACK_NOT_HELPFUL_VERB, `eleven ${CPRS[8]} mangler`],
  ] as const) {
    typed.push(comment);
    await send(actionExecuteActivity(verb, { comment }, options(n++)));
  }
  // Coordination card actions with a pseudonymous summary and with a CPR number.
  for (const summary of [
    'Eleven har højt fravær og virker trist i frikvarteret',
    `Barnet ${CPRS[1]} bliver slået`,
    `Barnet ${CPRS[4]} bliver slået`,
    `Barnet ${CPRS[7]} bliver slået`,
    `Barnet ${CPRS[8]} bliver slået`,
  ]) {
    typed.push(summary);
    await send(
      actionExecuteActivity(
        COORDINATION_VERBS.create,
        {
          caseRef: 'BU-2026-0001',
          ageOrGrade: '3. klasse',
          pathway: 'skole',
          summary,
          legalBasis: 'anonymous',
          ownerRole: 'laerer',
          placement: 'here',
        },
        options(n++),
      ),
    );
  }
  // Tasks and decisions on the pseudonymous thread, each with a CPR number in a written form.
  for (const cpr of CPRS.slice(4)) {
    for (const [verb, data] of [
      [COORDINATION_VERBS.addTask, { taskTitle: `Ring til forældrene om ${cpr}` }],
      [COORDINATION_VERBS.addDecision, { decisionText: `Barnet ${cpr} henvises til PPR` }],
    ] as const) {
      typed.push(Object.values(data)[0]);
      await send(
        actionExecuteActivity(verb, { threadId: 'BU-2026-0001', version: 1, ...data }, options(n++)),
      );
    }
  }
  // A pseudonymous thread created by someone whose Teams display name holds a CPR number.
  await send(
    actionExecuteActivity(
      COORDINATION_VERBS.create,
      {
        caseRef: 'BU-2026-0002',
        ageOrGrade: '5. klasse',
        pathway: 'skole',
        summary: 'Eleven mistrives i frikvarteret',
        legalBasis: 'anonymous',
        ownerRole: 'laerer',
        placement: 'here',
      },
      options(n++, { userId: '29:user-cpr-name', userName: `Lærer Hansen ${CPRS[4]}` }),
    ),
  );
  // A manager's update: saved as a draft, then one with a CPR number in the body (refused).
  await send(asPublisher(messageActivity('videndeling', options(n++))));
  for (const bodyMarkdown of [
    'Fra januar bruger alle skoler samme skema ved overlevering fra dagtilbud til skole.',
    `Husk at eleven ${CPRS[2]} skal have ekstra støtte i matematik.`,
    `Husk at eleven ${CPRS[5]} skal have ekstra støtte i matematik.`,
    `Husk at eleven ${CPRS[8]} skal have ekstra støtte i matematik.`,
  ]) {
    typed.push(bodyMarkdown);
    await send(
      asPublisher(
        actionExecuteActivity(
          UPDATES_VERBS.save,
          {
            title: 'Overlevering mellem dagtilbud og skole',
            bodyMarkdown,
            tags: 'leg-og-laering',
            audienceIds: 'skoler',
            link: '',
            addToKnowledgeBase: 'false',
          },
          options(n++),
        ),
      ),
    );
  }
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await connector?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function holdsCpr(text: string): boolean {
  const digitsOnly = digitsOf(text);
  return cprDigits.some((d) => digitsOnly.includes(d)) || CPRS.some((c) => text.includes(c));
}

test('the traffic really went through the capabilities', () => {
  const logged = JSON.stringify(bot.logLines);
  expect(bot.logLines.length).toBeGreaterThan(30);
  expect(logged).toContain('"capability":"policyQuestion"');
  expect(logged).toContain('"capability":"pathway"');
  expect(replies.join('\n').length).toBeGreaterThan(1000);
});

test('no log line at any level holds a CPR number', () => {
  const offending = bot.logLines.filter((line) => {
    const { time: _time, ...rest } = line;
    return holdsCpr(JSON.stringify(rest)) || containsCpr(JSON.stringify(rest));
  });
  expect(offending).toEqual([]);
});

test('no log line at info level or above holds what a user wrote', () => {
  const infoAndAbove = bot.logLines.filter((line) => line.level !== 'debug' && line.level !== 'trace');
  const logged = infoAndAbove.map((line) => JSON.stringify(line)).join('\n');
  for (const text of typed) {
    // Whole text, and any run of four or more of its words.
    expect(logged).not.toContain(text);
    const words = text.split(/\s+/);
    for (let i = 0; i + 4 <= words.length; i++) expect(logged).not.toContain(words.slice(i, i + 4).join(' '));
  }
});

test('nothing stored and nothing sent back holds a CPR number', () => {
  const db = new Database(join(dataDir, 'storage.sqlite'), { readonly: true });
  try {
    const documents = db.prepare('SELECT json FROM documents').all() as { json: string }[];
    const audit = db.prepare('SELECT json FROM audit_log').all() as { json: string }[];
    expect(documents.length).toBeGreaterThan(0);
    // The thread whose creator had a CPR number in the display name was stored, without it.
    expect(documents.some((row) => row.json.includes('Lærer Hansen'))).toBe(true);
    for (const row of [...documents, ...audit]) expect(holdsCpr(row.json)).toBe(false);
  } finally {
    db.close();
  }
  for (const reply of replies) expect(holdsCpr(reply)).toBe(false);
  for (const activity of connector.activities()) expect(holdsCpr(JSON.stringify(activity))).toBe(false);
});
