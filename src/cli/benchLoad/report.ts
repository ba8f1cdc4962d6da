/** The load benchmark's report: each phase's figures and how many times the echo turn's cost ours are. */
import { round, type DriveFigures, type DriveSample, summarise } from './driver';
import type { StartupReport } from './startup';

export interface Ratio {
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

export interface LoadReport {
  readonly conversations: number;
  readonly concurrency: number;
  /** How many stretches the phases took turns in (1: each phase in one go), odd ones in reverse order. */
  readonly rounds: number;
  /** Turns each server was sent before measuring (the same for both). */
  readonly warmupTurns: number;
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

export function loadReportOf(run: {
  readonly conversations: number;
  readonly concurrency: number;
  readonly rounds: number;
  readonly warmupTurns: number;
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
    warmupTurns: run.warmupTurns,
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
