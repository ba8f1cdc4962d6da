/**
 * `npm run bench:load`: load on POST /api/messages over loopback, against the real server
 * (restify + CloudAdapter + teams-ai + our capabilities, SQLite storage, info-level logging).
 * Replies go to a local Bot Connector sink, as they would to Teams.
 *
 * 1,000 conversations, each asking a policy question and describing a concern (2,000 turns), with a
 * bounded number in flight. In the same run, the same driver sends the same number of trivial turns
 * to a second server in this process built from the same parts whose only capability echoes the
 * text back: the ratio shows what our own work costs on top of the Bot Framework stack.
 *
 * Then each kind of turn on its own (`byKind`: 1,000 questions, then 1,000 concerns) against the same
 * echo baseline (`ratioByKind`). `cpuMsPerTurn` is the process's CPU time per turn (driver and server
 * together), which a busy shared machine disturbs less than the latencies.
 *
 * Fairness. Both servers share one process, one JIT and one heap, so whichever phase runs first pays
 * for compiling the shared stack (Node's HTTP, restify, botbuilder, teams-ai): with a short warm-up
 * (100 conversations at 4 in flight) and ours always measured first, the p50 ratio was about 2.0,
 * and echo measured first paid as much. So both servers get the same warm-up (`warmupTurns` each,
 * 1,000 conversations by default, in alternating stretches at the measured concurrency: per-turn
 * CPU had levelled off by then, at about 2,000 turns each), and the measured phases take turns in
 * `rounds` stretches (6 by default), in reverse order every other round, so that no phase always
 * runs first or always follows another phase's garbage, and a shared machine's slow minutes fall
 * on every phase alike.
 *
 * `startup` starts the bot in a fresh Node process (the same config: SQLite, info-level logging, no
 * schedulers): the time from process start to listening, and the memory once it is idle after a full
 * garbage collection. `firstStart` has an empty data folder (the knowledge index is built and
 * saved), `restart` the folder the first start left (the saved index is read). Medians of the runs.
 * Started through tsx (`npm run bench:load`), module loading includes tsx's cached transform.
 *
 * Prints one JSON document. Options: --conversations N (default 1000), --concurrency N (default 32),
 * --max-seconds N (default 120, per phase: a phase stops sending when exceeded and reports it),
 * --startup-runs N (default 3), --rounds N (default 6), --warmup N (conversations per server,
 * default 1000).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot } from '../index';
import { benchConfig, discardingLogger } from './benchLoad/benchBot';
import { driveOnce, startSink, type DriveSample, type Sink } from './benchLoad/driver';
import { startEchoServer } from './benchLoad/echoServer';
import { loadReportOf, type LoadReport } from './benchLoad/report';
import { measureStartup } from './benchLoad/startup';

const QUESTIONS = [
  'hvilke temaer har børne- og ungepolitikken?',
  'hvad er Herningmodel Skole?',
  'hvordan arbejder vi med forældresamarbejde?',
  'hvad står der om leg og læring?',
  'hvem kan jeg sparre med om en elev i mistrivsel?',
  'hvad er fællesskabsstrategien?',
  'hvornår skal PPR inddrages?',
  'hvad er målet med indsatstrappen?',
  'hvordan forebygger vi fravær i skolen?',
  'hvornår har kantinen åbent?',
];

const CONCERNS = [
  'en elev i 8. klasse fortæller at hendes stedfar slår hende',
  'drengen på 4 år i børnehaven taler meget lidt',
  'pigen i 3. klasse har meget fravær og virker trist',
  'en 15-årig dreng ryger hash og er begyndt at udeblive fra skolen',
  'barnet i vuggestuen på halvandet år bider de andre børn',
  'forældrene til en elev i 6.b virker pressede og pigen kommer ofte uden madpakke',
  'jeg er bekymret for en gravid mor med misbrug',
  'drengen skal starte i skole efter sommer og har svært ved at sidde stille',
];

/**
 * How staff start and end a message. Every turn's text is one of the texts above between one of
 * these, so that no two turns within a thousand send the same words: what the bot remembers of
 * recent inputs (a concern turn asks twice about the same description) cannot answer a later turn,
 * as it could not for real users.
 */
const OPENERS = [
  '',
  'Hej. ',
  'Hej, ',
  'Godmorgen. ',
  'Kort spørgsmål: ',
  'Undskyld, ',
  'Hej igen. ',
  'Hjælp: ',
  'Hejsa. ',
  'Til info: ',
];
const CLOSERS = [
  '',
  ' Tak!',
  ' Tak.',
  ' På forhånd tak.',
  ' Mvh Lise',
  ' Tak for hjælpen',
  ' :)',
  ' Vh Anders',
  ' Hilsen Mette',
  ' !',
];

/** The i-th text: texts cycle fastest, then openers, then closers (unique for i below texts×100). */
function varied(texts: readonly string[], i: number): string {
  const opener = OPENERS[Math.floor(i / texts.length) % OPENERS.length]!;
  const closer = CLOSERS[Math.floor(i / (texts.length * OPENERS.length)) % CLOSERS.length]!;
  return `${opener}${texts[i % texts.length]!}${closer}`;
}

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

interface LoadPhase {
  readonly name: string;
  readonly url: string;
  readonly conversations: readonly (readonly string[])[];
  readonly prefix: string;
}

interface RunShape {
  readonly rounds: number;
  readonly conversations: number;
  readonly concurrency: number;
  readonly budgetMs: number;
  readonly sink: Sink;
}

/**
 * The phases take turns in `rounds` stretches, so that a shared machine's slow minutes fall on
 * every phase alike rather than on whichever phase ran then. Round r sends the r-th share of each
 * phase's conversations, odd rounds in reverse order: no phase always runs first (on a JIT that the
 * previous stretch may have left in a different state) or always right after the same neighbour
 * (whose garbage the collector may still be clearing). The time budget is per phase, over all its
 * stretches. Memory figures are of the stretches of the phase named 'ours'.
 */
async function runPhasesInRounds(phases: readonly LoadPhase[], run: RunShape) {
  const samples = new Map<string, DriveSample[]>(phases.map((phase) => [phase.name, []]));
  const spentMs = new Map<string, number>(phases.map((phase) => [phase.name, 0]));
  let peak = process.memoryUsage().rss;
  let after = process.memoryUsage();
  for (let round = 0; round < run.rounds; round++) {
    const from = Math.floor((round * run.conversations) / run.rounds);
    const to = Math.floor(((round + 1) * run.conversations) / run.rounds);
    for (const phase of round % 2 === 0 ? phases : [...phases].reverse()) {
      const sampler =
        phase.name === 'ours'
          ? setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
          : undefined;
      const sample = await driveOnce(
        phase.url,
        run.sink,
        phase.conversations.slice(from, to),
        run.concurrency,
        Date.now() + run.budgetMs - spentMs.get(phase.name)!,
        phase.prefix,
        from,
      );
      samples.get(phase.name)!.push(sample);
      spentMs.set(phase.name, spentMs.get(phase.name)! + sample.durationMs);
      if (sampler) {
        clearInterval(sampler);
        after = process.memoryUsage();
      }
    }
  }
  return { samples, peak, after };
}

/**
 * The same warm-up for both servers (JIT, index caches, heap sizing): `conversations` each, in
 * alternating stretches of 100 at the measured concurrency, so that neither server's measured
 * phase pays for compiling the shared stack and neither warms on a JIT the other left hot.
 * Conversation ids are new (prefix 'warm'): no measured turn finds state the warm-up left.
 */
async function warmUp(
  servers: readonly { readonly url: string; readonly make: (i: number) => readonly string[] }[],
  run: { readonly conversations: number; readonly concurrency: number; readonly budgetMs: number },
  sink: Sink,
): Promise<number> {
  const stretch = 100;
  const deadline = Date.now() + run.budgetMs;
  let turns = 0;
  for (let from = 0; from < run.conversations; from += stretch) {
    const to = Math.min(run.conversations, from + stretch);
    for (const server of servers) {
      const conversations = Array.from({ length: to - from }, (_, i) => server.make(from + i));
      const sample = await driveOnce(
        server.url,
        sink,
        conversations,
        run.concurrency,
        deadline,
        'warm',
        from,
      );
      turns += sample.sent;
    }
  }
  return Math.round(turns / servers.length);
}

export async function runLoadBenchmark(
  options: {
    conversations?: number;
    concurrency?: number;
    maxSeconds?: number;
    startupRuns?: number;
    rounds?: number;
    warmupConversations?: number;
  } = {},
): Promise<LoadReport> {
  const rounds = Math.max(1, Math.min(options.rounds ?? 6, options.conversations ?? 1000));
  const conversationsCount = options.conversations ?? 1000;
  const concurrency = options.concurrency ?? 32;
  const budgetMs = (options.maxSeconds ?? 120) * 1000;
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-load-'));
  const sink = await startSink();
  const rssAtStart = process.memoryUsage().rss;
  // Measured first, while this process is still quiet: the children compete for the same CPUs.
  const startup = (options.startupRuns ?? 3) > 0 ? await measureStartup(options.startupRuns ?? 3) : undefined;
  const bot = await startBot(benchConfig(dataDir), { logger: discardingLogger() });
  const echoServer = await startEchoServer();
  try {
    const ourTurns = (i: number) => [varied(QUESTIONS, i), varied(CONCERNS, i)];
    const echoTurns = (i: number) => [`ekko ${i} a`, `ekko ${i} b`];
    const ourUrl = `http://127.0.0.1:${bot.port}/api/messages`;
    const warmupTurns = await warmUp(
      [
        { url: ourUrl, make: ourTurns },
        { url: echoServer.url, make: echoTurns },
      ],
      { conversations: options.warmupConversations ?? 1000, concurrency, budgetMs },
      sink,
    );
    const all = (make: (i: number) => readonly string[]) =>
      Array.from({ length: conversationsCount }, (_, i) => make(i));
    const alone = (texts: readonly string[]) => all((i) => [varied(texts, i)]);
    const phases = [
      { name: 'ours', url: ourUrl, conversations: all(ourTurns), prefix: 'load' },
      { name: 'echo', url: echoServer.url, conversations: all(echoTurns), prefix: 'load' },
      // New conversations, so that no turn finds state an earlier phase left.
      { name: 'question', url: ourUrl, conversations: alone(QUESTIONS), prefix: 'question' },
      { name: 'concern', url: ourUrl, conversations: alone(CONCERNS), prefix: 'concern' },
    ] as const;
    const run = { rounds, conversations: conversationsCount, concurrency, budgetMs, sink };
    const { samples, peak, after } = await runPhasesInRounds(phases, run);
    return loadReportOf({
      conversations: conversationsCount,
      concurrency,
      rounds,
      warmupTurns,
      storage: bot.storage.kind,
      samples,
      startup,
      memory: { rssAtStart, peak, after },
    });
  } finally {
    await echoServer.close();
    await bot.stop();
    await sink.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function startupRunsArgument(): number {
  const index = process.argv.indexOf('--startup-runs');
  const value = index >= 0 ? Number(process.argv[index + 1]) : 3;
  return Number.isInteger(value) && value >= 0 ? value : 3;
}

if (require.main === module) {
  runLoadBenchmark({
    conversations: argument('conversations', 1000),
    concurrency: argument('concurrency', 32),
    maxSeconds: argument('max-seconds', 120),
    startupRuns: startupRunsArgument(),
    rounds: argument('rounds', 6),
    warmupConversations: argument('warmup', 1000),
  }).then(
    (report) => {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      const stopped = [report.ours, report.echo, report.byKind.question, report.byKind.concern].some(
        (phase) => phase.stoppedEarly,
      );
      process.exit(report.errors === 0 && !stopped ? 0 : 1);
    },
    (error: unknown) => {
      process.stderr.write(`Load benchmark failed: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
