/**
 * The load driver: sends conversations of turns over the Bot Framework protocol with a bounded
 * number in flight, to a server whose replies go to a local Bot Connector sink that counts them,
 * and sums up what a phase measured.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { nearestRank } from '../measure';

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

export type DriveFigures = TurnFigures & {
  /** p50 latency of the first, second ... turn of each conversation (ours: question, then concern). */
  readonly p50ByTurnInConversation: readonly number[];
  /** CPU time of this process (driver, sink and server) per turn. */
  readonly cpuMsPerTurn: number;
  readonly stoppedEarly: boolean;
};

export interface Sink {
  readonly serviceUrl: string;
  readonly received: () => number;
  close(): Promise<void>;
}

/** A local Bot Connector: answers every reply with 200 and an id, counts them. */
export async function startSink(): Promise<Sink> {
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

export const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** What one stretch of driving measured, before it is summarised (stretches of a phase are pooled). */
export interface DriveSample {
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
export async function driveOnce(
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
export function summarise(samples: readonly DriveSample[]): DriveFigures {
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
