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
 * `startup` starts the bot in a fresh Node process (the same config: SQLite, info-level logging, no
 * schedulers): the time from process start to listening, and the memory once it is idle after a full
 * garbage collection. `firstStart` has an empty data folder (the knowledge index is built and
 * saved), `restart` the folder the first start left (the saved index is read). Medians of the runs.
 * Started through tsx (`npm run bench:load`), module loading includes tsx's cached transform.
 *
 * Prints one JSON document. Options: --conversations N (default 1000), --concurrency N (default 32),
 * --max-seconds N (default 120, per phase: a phase stops sending when exceeded and reports it),
 * --startup-runs N (default 3), --rounds N (default 1: the phases take turns in N stretches, which
 * a shared machine's changing load disturbs less).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../config';
import { startBot } from '../index';
import { createPinoLogger } from '../infrastructure/logging/pinoLogger';
import type { Capability } from '../teams/capability';
import { startLocalBotServer } from './localBotServer';
import { nearestRank } from './measure';

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

export interface TurnFigures {
  readonly turns: number;
  readonly errors: number;
  readonly missingReplies: number;
  readonly durationMs: number;
  readonly throughputPerSecond: number;
  readonly latencyMs: {
    readonly p50: number;
    readonly p90: number;
    readonly p99: number;
    readonly max: number;
  };
}

type DriveFigures = TurnFigures & {
  /** p50 latency of the first, second ... turn of each conversation (ours: question, then concern). */
  readonly p50ByTurnInConversation: readonly number[];
  /** CPU time of this process (driver, sink and server) per turn. */
  readonly cpuMsPerTurn: number;
  readonly stoppedEarly: boolean;
};

interface Sink {
  readonly serviceUrl: string;
  readonly received: () => number;
  close(): Promise<void>;
}

/** A local Bot Connector: answers every reply with 200 and an id, counts them. */
async function startSink(): Promise<Sink> {
  let received = 0;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      if (req.method === 'POST') received++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sink-${received}` }));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    received: () => received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function activity(serviceUrl: string, conversation: string, user: string, text: string, n: number) {
  return {
    type: 'message',
    id: `load-${n}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: `29:${user}`, name: 'Medarbejder', aadObjectId: user },
    recipient: { id: '28:bot', name: 'Børn og Unge' },
    conversation: {
      id: conversation,
      conversationType: 'personal',
      tenantId: '11111111-2222-4333-8444-555555555555',
    },
    channelData: { tenant: { id: '11111111-2222-4333-8444-555555555555' } },
    locale: 'da-DK',
    text,
    textFormat: 'plain',
  };
}

const percentile = nearestRank;

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** What one stretch of driving measured, before it is summarised (stretches of a phase are pooled). */
interface DriveSample {
  readonly latencies: readonly number[];
  readonly byPosition: readonly (readonly number[])[];
  readonly errors: number;
  readonly sent: number;
  readonly replies: number;
  readonly durationMs: number;
  readonly cpuMs: number;
  readonly stoppedEarly: boolean;
}

/**
 * Sends `turns` (in order per conversation) with at most `concurrency` requests in flight.
 * Conversation ids are `a:<prefix>-<firstIndex + i>`.
 */
async function driveOnce(
  url: string,
  sink: Sink,
  conversations: readonly (readonly string[])[],
  concurrency: number,
  deadline: number,
  conversationPrefix: string,
  firstIndex = 0,
): Promise<DriveSample> {
  const latencies: number[] = [];
  const byPosition: number[][] = [];
  let errors = 0;
  let sent = 0;
  let next = 0;
  let stoppedEarly = false;
  const repliesBefore = sink.received();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const worker = async () => {
    while (next < conversations.length) {
      if (Date.now() > deadline) {
        stoppedEarly = true;
        return;
      }
      const index = next++;
      const texts = conversations[index]!;
      const id = firstIndex + index;
      for (const [position, text] of texts.entries()) {
        const n = ++sent;
        const body = JSON.stringify(
          activity(sink.serviceUrl, `a:${conversationPrefix}-${id}`, `user-${id % 97}`, text, n),
        );
        const t0 = performance.now();
        try {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          });
          await response.arrayBuffer();
          if (response.status !== 200) errors++;
        } catch {
          errors++;
        }
        const elapsed = performance.now() - t0;
        latencies.push(elapsed);
        (byPosition[position] ??= []).push(elapsed);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const durationMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    latencies,
    byPosition,
    errors,
    sent,
    replies: sink.received() - repliesBefore,
    durationMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    stoppedEarly,
  };
}

/** The figures of a phase, from all its stretches together. */
function summarise(samples: readonly DriveSample[]): DriveFigures {
  const latencies = samples.flatMap((sample) => sample.latencies).sort((a, b) => a - b);
  const positions = Math.max(0, ...samples.map((sample) => sample.byPosition.length));
  const sent = samples.reduce((sum, sample) => sum + sample.sent, 0);
  const replies = samples.reduce((sum, sample) => sum + sample.replies, 0);
  const durationMs = samples.reduce((sum, sample) => sum + sample.durationMs, 0);
  const cpuMs = samples.reduce((sum, sample) => sum + sample.cpuMs, 0);
  return {
    turns: sent,
    errors: samples.reduce((sum, sample) => sum + sample.errors, 0),
    // Every turn must have produced at least one reply to the connector.
    missingReplies: Math.max(0, sent - replies),
    durationMs: Math.round(durationMs),
    throughputPerSecond: round((sent / Math.max(durationMs, 0.001)) * 1000, 1),
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p90: round(percentile(latencies, 90)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies[latencies.length - 1] ?? 0),
    },
    p50ByTurnInConversation: Array.from({ length: positions }, (_, position) =>
      round(
        percentile(
          samples.flatMap((sample) => sample.byPosition[position] ?? []).sort((a, b) => a - b),
          50,
        ),
      ),
    ),
    cpuMsPerTurn: round(cpuMs / Math.max(sent, 1), 3),
    stoppedEarly: samples.some((sample) => sample.stoppedEarly),
  };
}

async function drive(
  url: string,
  sink: Sink,
  conversations: readonly (readonly string[])[],
  concurrency: number,
  deadline: number,
  conversationPrefix = 'load',
): Promise<DriveFigures> {
  return summarise([await driveOnce(url, sink, conversations, concurrency, deadline, conversationPrefix)]);
}

function discardingLogger() {
  return createPinoLogger({
    level: 'info',
    destination: new Writable({
      write(_chunk, _encoding, callback) {
        callback();
      },
    }),
  });
}

/** The trivial baseline: the same adapter, router and server, with one capability that echoes. */
async function startEchoServer(): Promise<{ url: string; close(): Promise<void> }> {
  const echo: Capability = {
    id: 'policyQuestion',
    async onMessage(turn, incoming) {
      await turn.send(incoming.text);
    },
  };
  const { server, url } = await startLocalBotServer({
    logger: discardingLogger(),
    capabilities: () => ({ policyQuestion: echo }),
    maxBodyBytes: 262144,
  });
  return {
    url,
    close: async () => {
      await server.close(5000);
    },
  };
}

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

interface Ratio {
  readonly throughput: number;
  readonly p50: number;
  readonly p99: number;
}

/** How many times the echo turn's cost a turn of ours is (higher is slower). */
function ratioTo(echo: DriveFigures, ours: DriveFigures): Ratio {
  return {
    throughput: round(echo.throughputPerSecond / Math.max(ours.throughputPerSecond, 0.001)),
    p50: round(ours.latencyMs.p50 / Math.max(echo.latencyMs.p50, 0.001)),
    p99: round(ours.latencyMs.p99 / Math.max(echo.latencyMs.p99, 0.001)),
  };
}

export interface StartupFigures {
  /** From the Node process's start (module loading included) to the server listening. */
  readonly processStartToListeningMs: number;
  /** startBot alone: config files, storage, knowledge index, services, server. */
  readonly startBotMs: number;
  /** After start-up, two full garbage collections and a short pause. */
  readonly idleRssMb: number;
  readonly idleHeapUsedMb: number;
}

export interface StartupReport {
  readonly runs: number;
  readonly firstStart: StartupFigures;
  readonly restart: StartupFigures;
}

export interface LoadReport {
  readonly conversations: number;
  readonly concurrency: number;
  /** How many stretches the phases took turns in (1: each phase in one go). */
  readonly rounds: number;
  readonly storage: string;
  readonly ours: DriveFigures;
  readonly echo: DriveFigures;
  readonly ratio: Ratio;
  /** Questions alone and concerns alone, each against the echo phase. */
  readonly byKind: { readonly question: DriveFigures; readonly concern: DriveFigures };
  readonly ratioByKind: { readonly question: Ratio; readonly concern: Ratio };
  readonly startup?: StartupReport;
  readonly memoryMb: {
    readonly rssAtStart: number;
    readonly rssPeakDuringOurs: number;
    readonly rssAfterOurs: number;
    readonly heapUsedAfterOurs: number;
  };
  readonly errors: number;
}

const START_MARKER = '--startup-child';

function benchConfig(dataDir: string) {
  return loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    STORAGE: 'sqlite',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    SCHEDULERS_ENABLED: 'false',
  });
}

/** In the child process: start, settle, collect garbage, report one line of JSON, stop. */
async function startupChild(dataDir: string): Promise<void> {
  const called = performance.now();
  const bot = await startBot(benchConfig(dataDir), { logger: discardingLogger() });
  const processStartToListeningMs = process.uptime() * 1000;
  const startBotMs = performance.now() - called;
  const gc = (globalThis as { gc?: () => void }).gc;
  await new Promise((resolve) => setTimeout(resolve, 200));
  gc?.();
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const memory = process.memoryUsage();
  const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);
  const figures: StartupFigures = {
    processStartToListeningMs: round(processStartToListeningMs, 0),
    startBotMs: round(startBotMs, 0),
    idleRssMb: mb(memory.rss),
    idleHeapUsedMb: mb(memory.heapUsed),
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  await bot.stop();
}

/** One start of the bot in a new Node process (this file, with the same loader flags). */
function startOnce(dataDir: string): Promise<StartupFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, '--expose-gc', __filename, START_MARKER, dataDir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (code !== 0 || !line) {
        reject(new Error(`start-up run failed (exit ${code}): ${err.split('\n').slice(-5).join(' ')}`));
        return;
      }
      resolve(JSON.parse(line) as StartupFigures);
    });
  });
}

function medianOf(runs: readonly StartupFigures[]): StartupFigures {
  const median = (pick: (f: StartupFigures) => number) =>
    nearestRank(
      runs.map(pick).sort((a, b) => a - b),
      50,
    );
  return {
    processStartToListeningMs: median((f) => f.processStartToListeningMs),
    startBotMs: median((f) => f.startBotMs),
    idleRssMb: median((f) => f.idleRssMb),
    idleHeapUsedMb: median((f) => f.idleHeapUsedMb),
  };
}

export async function measureStartup(runs: number): Promise<StartupReport> {
  const first: StartupFigures[] = [];
  const again: StartupFigures[] = [];
  for (let run = 0; run < runs; run++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'bench-start-'));
    try {
      first.push(await startOnce(dataDir));
      again.push(await startOnce(dataDir));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return { runs, firstStart: medianOf(first), restart: medianOf(again) };
}

interface LoadPhase {
  readonly name: string;
  readonly url: string;
  readonly conversations: readonly (readonly string[])[];
  readonly prefix: string;
}

/**
 * The phases take turns in `rounds` stretches, so that a shared machine's slow minutes fall on
 * every phase alike rather than on whichever phase ran then. Round r sends the r-th share of each
 * phase's conversations; the time budget is per phase, over all its stretches. Memory figures are
 * of the stretches of the phase named 'ours'.
 */
async function runPhasesInRounds(
  phases: readonly LoadPhase[],
  run: {
    readonly rounds: number;
    readonly conversations: number;
    readonly concurrency: number;
    readonly budgetMs: number;
    readonly sink: Sink;
  },
) {
  const samples = new Map<string, DriveSample[]>(phases.map((phase) => [phase.name, []]));
  const spentMs = new Map<string, number>(phases.map((phase) => [phase.name, 0]));
  let peak = process.memoryUsage().rss;
  let after = process.memoryUsage();
  for (let round = 0; round < run.rounds; round++) {
    const from = Math.floor((round * run.conversations) / run.rounds);
    const to = Math.floor(((round + 1) * run.conversations) / run.rounds);
    for (const phase of phases) {
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

function loadReportOf(run: {
  readonly conversations: number;
  readonly concurrency: number;
  readonly rounds: number;
  readonly storage: LoadReport['storage'];
  readonly samples: ReadonlyMap<string, DriveSample[]>;
  readonly startup: StartupReport | undefined;
  readonly memory: { readonly rssAtStart: number; readonly peak: number; readonly after: NodeJS.MemoryUsage };
}): LoadReport {
  const oursFigures = summarise(run.samples.get('ours')!);
  const echoFigures = summarise(run.samples.get('echo')!);
  const question = summarise(run.samples.get('question')!);
  const concern = summarise(run.samples.get('concern')!);
  const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);
  return {
    conversations: run.conversations,
    concurrency: run.concurrency,
    rounds: run.rounds,
    storage: run.storage,
    ours: oursFigures,
    echo: echoFigures,
    ratio: ratioTo(echoFigures, oursFigures),
    byKind: { question, concern },
    ratioByKind: { question: ratioTo(echoFigures, question), concern: ratioTo(echoFigures, concern) },
    ...(run.startup ? { startup: run.startup } : {}),
    memoryMb: {
      rssAtStart: mb(run.memory.rssAtStart),
      rssPeakDuringOurs: mb(run.memory.peak),
      rssAfterOurs: mb(run.memory.after.rss),
      heapUsedAfterOurs: mb(run.memory.after.heapUsed),
    },
    errors: [oursFigures, echoFigures, question, concern].reduce(
      (sum, phase) => sum + phase.errors + phase.missingReplies,
      0,
    ),
  };
}

export async function runLoadBenchmark(
  options: {
    conversations?: number;
    concurrency?: number;
    maxSeconds?: number;
    startupRuns?: number;
    rounds?: number;
  } = {},
): Promise<LoadReport> {
  const rounds = Math.max(1, Math.min(options.rounds ?? 1, options.conversations ?? 1000));
  const conversationsCount = options.conversations ?? 1000;
  const concurrency = options.concurrency ?? 32;
  const budgetMs = (options.maxSeconds ?? 120) * 1000;
  const deadline = () => Date.now() + budgetMs;
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-load-'));
  const sink = await startSink();
  const rssAtStart = process.memoryUsage().rss;
  // Measured first, while this process is still quiet: the children compete for the same CPUs.
  const startup = (options.startupRuns ?? 3) > 0 ? await measureStartup(options.startupRuns ?? 3) : undefined;
  const bot = await startBot(benchConfig(dataDir), { logger: discardingLogger() });
  const echoServer = await startEchoServer();
  try {
    const ours = Array.from({ length: conversationsCount }, (_, i) => [
      QUESTIONS[i % QUESTIONS.length]!,
      CONCERNS[i % CONCERNS.length]!,
    ]);
    const echo = Array.from({ length: conversationsCount }, (_, i) => [`ekko ${i} a`, `ekko ${i} b`]);
    // Warm both paths (JIT, index caches) so that neither phase pays for compiling the code the
    // other phase finds compiled: a tenth of the conversations, at least 20.
    const warm = Math.max(20, Math.round(conversationsCount / 10));
    await drive(
      `http://127.0.0.1:${bot.port}/api/messages`,
      sink,
      ours.slice(0, warm),
      4,
      deadline(),
      'warm',
    );
    await drive(echoServer.url, sink, echo.slice(0, warm), 4, deadline(), 'warm');

    const ourUrl = `http://127.0.0.1:${bot.port}/api/messages`;
    const alone = (texts: readonly string[]) =>
      Array.from({ length: conversationsCount }, (_, i) => [texts[i % texts.length]!]);
    const phases = [
      { name: 'ours', url: ourUrl, conversations: ours, prefix: 'load' },
      { name: 'echo', url: echoServer.url, conversations: echo, prefix: 'load' },
      // New conversations, so that no turn finds state an earlier phase left.
      { name: 'question', url: ourUrl, conversations: alone(QUESTIONS), prefix: 'question' },
      { name: 'concern', url: ourUrl, conversations: alone(CONCERNS), prefix: 'concern' },
    ] as const;
    const { samples, peak, after } = await runPhasesInRounds(phases, {
      rounds,
      conversations: conversationsCount,
      concurrency,
      budgetMs,
      sink,
    });
    return loadReportOf({
      conversations: conversationsCount,
      concurrency,
      rounds,
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

if (require.main === module && process.argv[2] === START_MARKER) {
  startupChild(process.argv[3]!).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`Start-up run failed: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
} else if (require.main === module) {
  runLoadBenchmark({
    conversations: argument('conversations', 1000),
    concurrency: argument('concurrency', 32),
    maxSeconds: argument('max-seconds', 120),
    startupRuns: startupRunsArgument(),
    rounds: argument('rounds', 1),
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
