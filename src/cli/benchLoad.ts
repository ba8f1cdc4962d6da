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
 * Prints one JSON document. Options: --conversations N (default 1000), --concurrency N (default 32),
 * --max-seconds N (default 120, per phase: a phase stops sending when exceeded and reports it).
 */
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
import { createBotAdapter } from '../teams/adapter';
import { createTeamsApp } from '../teams/app';
import { createBotServer } from '../teams/server';
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

/** Sends `turns` (in order per conversation) with at most `concurrency` requests in flight. */
async function drive(
  url: string,
  sink: Sink,
  conversations: readonly (readonly string[])[],
  concurrency: number,
  deadline: number,
): Promise<DriveFigures> {
  const latencies: number[] = [];
  const byPosition: number[][] = [];
  let errors = 0;
  let sent = 0;
  let next = 0;
  let stoppedEarly = false;
  const repliesBefore = sink.received();
  const started = performance.now();
  const worker = async () => {
    while (next < conversations.length) {
      if (Date.now() > deadline) {
        stoppedEarly = true;
        return;
      }
      const index = next++;
      const texts = conversations[index]!;
      for (const [position, text] of texts.entries()) {
        const n = ++sent;
        const body = JSON.stringify(
          activity(sink.serviceUrl, `a:load-${index}`, `user-${index % 97}`, text, n),
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
  latencies.sort((a, b) => a - b);
  const replies = sink.received() - repliesBefore;
  return {
    turns: sent,
    errors,
    // Every turn must have produced at least one reply to the connector.
    missingReplies: Math.max(0, sent - replies),
    durationMs: Math.round(durationMs),
    throughputPerSecond: round((sent / durationMs) * 1000, 1),
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p90: round(percentile(latencies, 90)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies[latencies.length - 1] ?? 0),
    },
    p50ByTurnInConversation: byPosition.map((list) =>
      round(
        percentile(
          [...list].sort((a, b) => a - b),
          50,
        ),
      ),
    ),
    stoppedEarly,
  };
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
  const logger = discardingLogger();
  const bot = createBotAdapter(undefined);
  const echo: Capability = {
    id: 'policyQuestion',
    async onMessage(turn, incoming) {
      await turn.send(incoming.text);
    },
  };
  const app = createTeamsApp({
    adapter: bot.adapter,
    botAppId: '',
    logger,
    capabilities: { policyQuestion: echo },
    maxMessageLength: 2000,
  });
  const server = createBotServer({
    app,
    adapter: bot.adapter,
    logger,
    authenticationEnabled: false,
    allowedTenantIds: [],
    maxBodyBytes: 262144,
    readinessChecks: [],
  });
  const address = await server.listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${address.port}/api/messages`,
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

export interface LoadReport {
  readonly conversations: number;
  readonly concurrency: number;
  readonly storage: string;
  readonly ours: DriveFigures;
  readonly echo: DriveFigures;
  readonly ratio: { readonly throughput: number; readonly p50: number; readonly p99: number };
  readonly memoryMb: {
    readonly rssAtStart: number;
    readonly rssPeakDuringOurs: number;
    readonly rssAfterOurs: number;
    readonly heapUsedAfterOurs: number;
  };
  readonly errors: number;
}

export async function runLoadBenchmark(
  options: { conversations?: number; concurrency?: number; maxSeconds?: number } = {},
): Promise<LoadReport> {
  const conversationsCount = options.conversations ?? 1000;
  const concurrency = options.concurrency ?? 32;
  const budgetMs = (options.maxSeconds ?? 120) * 1000;
  const deadline = () => Date.now() + budgetMs;
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-load-'));
  const sink = await startSink();
  const rssAtStart = process.memoryUsage().rss;
  const bot = await startBot(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      STORAGE: 'sqlite',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      SCHEDULERS_ENABLED: 'false',
    }),
    { logger: discardingLogger() },
  );
  const echoServer = await startEchoServer();
  try {
    const ours = Array.from({ length: conversationsCount }, (_, i) => [
      QUESTIONS[i % QUESTIONS.length]!,
      CONCERNS[i % CONCERNS.length]!,
    ]);
    const echo = Array.from({ length: conversationsCount }, (_, i) => [`ekko ${i} a`, `ekko ${i} b`]);
    // Warm both paths (JIT, index caches) so the first requests do not dominate p99.
    await drive(`http://127.0.0.1:${bot.port}/api/messages`, sink, ours.slice(0, 20), 4, deadline());
    await drive(echoServer.url, sink, echo.slice(0, 20), 4, deadline());

    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const oursFigures = await drive(
      `http://127.0.0.1:${bot.port}/api/messages`,
      sink,
      ours,
      concurrency,
      deadline(),
    );
    clearInterval(sampler);
    const after = process.memoryUsage();
    const echoFigures = await drive(echoServer.url, sink, echo, concurrency, deadline());
    const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);
    return {
      conversations: conversationsCount,
      concurrency,
      storage: bot.storage.kind,
      ours: oursFigures,
      echo: echoFigures,
      ratio: {
        throughput: round(echoFigures.throughputPerSecond / Math.max(oursFigures.throughputPerSecond, 0.001)),
        p50: round(oursFigures.latencyMs.p50 / Math.max(echoFigures.latencyMs.p50, 0.001)),
        p99: round(oursFigures.latencyMs.p99 / Math.max(echoFigures.latencyMs.p99, 0.001)),
      },
      memoryMb: {
        rssAtStart: mb(rssAtStart),
        rssPeakDuringOurs: mb(peak),
        rssAfterOurs: mb(after.rss),
        heapUsedAfterOurs: mb(after.heapUsed),
      },
      errors:
        oursFigures.errors + oursFigures.missingReplies + echoFigures.errors + echoFigures.missingReplies,
    };
  } finally {
    await echoServer.close();
    await bot.stop();
    await sink.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runLoadBenchmark({
    conversations: argument('conversations', 1000),
    concurrency: argument('concurrency', 32),
    maxSeconds: argument('max-seconds', 120),
  }).then(
    (report) => {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      process.exit(report.errors === 0 && !report.ours.stoppedEarly && !report.echo.stoppedEarly ? 0 : 1);
    },
    (error: unknown) => {
      process.stderr.write(`Load benchmark failed: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
