import { join } from 'node:path';
import { createSilentLogger } from '@src/infrastructure/logging/pinoLogger';
import { startWorkerPool, type WorkerPool } from '@src/infrastructure/workers/workerPool';
import type { Logger } from '@src/ports/logger';
import {
  INDIGESTIBLE,
  type RecordingRequest,
  type RecordingState,
  type RecordingWorkerData,
} from '../../../fixtures/workers/recordingWorker';
import { capturingLogger } from '@tests/helpers/logCapture';

class TestWorkerUnavailable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'TestWorkerUnavailable';
  }
}

interface PoolUnderTest {
  readonly pool: WorkerPool<RecordingRequest, string>;
  /** What the pool's workers heard, as the caller keeps it: the state a worker started now starts from. */
  readonly heard: string[];
  /** How many times a worker was started. */
  starts(): number;
  /** A notice, as a caller whose state it changes sends it. */
  tell(notice: string): void;
}

function startPool(
  options: {
    readonly threads?: number;
    readonly logger?: Logger;
    readonly requestTimeoutMs?: number;
    readonly failToStart?: boolean;
  } = {},
): PoolUnderTest {
  const heard: string[] = [];
  let starts = 0;
  const pool = startWorkerPool<RecordingWorkerData, RecordingRequest, string>({
    script: { directory: join(__dirname, '..', '..', '..', 'fixtures', 'workers'), name: 'recordingWorker' },
    threads: options.threads ?? 1,
    workerData: () => {
      starts++;
      return { role: 'recordingWorker', heard: [...heard], failToStart: options.failToStart };
    },
    logger: options.logger ?? createSilentLogger(),
    requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
    workerName: 'test worker',
    unavailable: (reason) => new TestWorkerUnavailable(reason),
    failed: (errorName) => Object.assign(new Error('the test worker failed'), { name: errorName }),
  });
  return {
    pool,
    heard,
    starts: () => starts,
    tell(notice) {
      heard.push(notice);
      pool.broadcast(notice);
    },
  };
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('waited in vain');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Asks until a ready worker answers: while a replacement starts, requests are refused. */
async function tellOnceRunning(pool: PoolUnderTest['pool']): Promise<RecordingState> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      return await pool.request<RecordingState>({ do: 'tell' });
    } catch (error) {
      expect(error).toBeInstanceOf(TestWorkerUnavailable);
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe('worker pool', () => {
  let running: PoolUnderTest | undefined;

  afterEach(async () => {
    await running?.pool.close();
    running = undefined;
  });

  it('refuses requests until a worker is ready, then spreads requests in flight over the workers', async () => {
    running = startPool({ threads: 2 });
    const { pool } = running;
    await expect(pool.request({ do: 'tell' })).rejects.toThrow(/no worker is running/);
    await pool.started;
    const answers = await Promise.all([
      pool.request<RecordingState>({ do: 'tell' }),
      pool.request<RecordingState>({ do: 'tell' }),
    ]);
    expect(new Set(answers.map((answer) => answer.threadId)).size).toBe(2);
  });

  it('sends a notice to every worker, starting ones too, in order with the requests', async () => {
    running = startPool({ threads: 2 });
    const { pool, tell } = running;
    tell('while starting');
    await pool.started;
    tell('first');
    const afterFirst = await Promise.all([
      pool.request<RecordingState>({ do: 'tell' }),
      pool.request<RecordingState>({ do: 'tell' }),
    ]);
    tell('second');
    const afterSecond = await Promise.all([
      pool.request<RecordingState>({ do: 'tell' }),
      pool.request<RecordingState>({ do: 'tell' }),
    ]);
    expect(afterFirst.map((state) => state.heard)).toEqual([
      ['while starting', 'first'],
      ['while starting', 'first'],
    ]);
    expect(afterSecond.map((state) => state.heard)).toEqual([
      ['while starting', 'first', 'second'],
      ['while starting', 'first', 'second'],
    ]);
  });

  it('fails the requests of a worker that stops, and starts its replacement from the state of now', async () => {
    const { logger, lines } = capturingLogger();
    running = startPool({ logger });
    const { pool, tell, starts } = running;
    await pool.started;
    tell('before the stop');
    const first = await pool.request<RecordingState>({ do: 'tell' });
    await expect(pool.request({ do: 'stop' })).rejects.toThrow(/its worker stopped/);
    await until(() => starts() === 2);
    // The replacement is starting: it has the first notice from its start, and hears this one.
    tell('while the replacement starts');
    const replaced = await tellOnceRunning(pool);
    expect(replaced.threadId).not.toBe(first.threadId);
    expect(replaced.heard).toEqual(['before the stop', 'while the replacement starts']);
    expect(lines).toEqual(
      expect.arrayContaining([expect.objectContaining({ msg: 'test worker replaced', exitCode: 3 })]),
    );
  });

  it('stops and replaces a worker that does not answer in time', async () => {
    const { logger, lines } = capturingLogger();
    running = startPool({ logger, requestTimeoutMs: 300 });
    const { pool, starts } = running;
    await pool.started;
    const started = Date.now();
    await expect(pool.request({ do: 'stayBusy', ms: 5000 })).rejects.toThrow(/no answer within 300 ms/);
    expect(Date.now() - started).toBeLessThan(2500);
    expect((await tellOnceRunning(pool)).heard).toEqual([]);
    expect(starts()).toBe(2);
    expect(lines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(['test worker did not answer in time', 'test worker replaced']),
    );
  });

  it('fails a request its worker threw on with the error name only, and keeps the worker', async () => {
    const { logger, lines } = capturingLogger();
    running = startPool({ logger });
    const { pool, starts } = running;
    await pool.started;
    const failure = await pool.request({ do: 'throw' }).catch((error: unknown) => error as Error);
    expect(failure).toMatchObject({ name: 'RangeError', message: 'the test worker failed' });
    expect(await pool.request<RecordingState>({ do: 'tell' })).toMatchObject({ heard: [] });
    expect(starts()).toBe(1);
    expect(JSON.stringify(lines)).not.toContain('quote');
  });

  it('replaces a worker that could not take a notice in, from the state of now', async () => {
    const { logger, lines } = capturingLogger();
    running = startPool({ logger });
    const { pool, tell, heard } = running;
    await pool.started;
    tell('kept');
    pool.broadcast(INDIGESTIBLE);
    await until(() => lines.some((line) => line.msg === 'test worker replaced'));
    expect((await tellOnceRunning(pool)).heard).toEqual(heard);
    expect(lines.map((line) => line.msg)).toContain('test worker failed');
  });

  it('does not start when a worker cannot, and says why', async () => {
    running = startPool({ failToStart: true });
    await expect(running.pool.started).rejects.toThrow(/could not start \(this worker cannot start\)/);
  });

  it('refuses requests once closed, and ignores notices', async () => {
    running = startPool();
    const { pool } = running;
    await pool.started;
    await pool.close();
    await expect(pool.request({ do: 'tell' })).rejects.toThrow(/stopping/);
    expect(() => pool.broadcast('after the close')).not.toThrow();
  });
});
