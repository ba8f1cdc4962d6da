import { createSilentLogger } from '@src/infrastructure/logging/pinoLogger';
import {
  createWorkerRetrievalHost,
  type WorkerRetrievalHostOptions,
} from '@src/infrastructure/retrieval/workerRetrievalHost';
import type { RetrievalResult } from '@src/domain/retrieval/engine';
import { RetrievalUnavailableError } from '@src/ports/retrievalHost';
import { capturingLogger } from '@tests/helpers/logCapture';
import {
  answersOf,
  CHANGES,
  describeRetrievalHostContract,
  mergedBuildAnswers,
  QUESTIONS,
  referenceAnswers,
  untilReady,
} from './retrievalHost.contract';

/** A host whose workers may start at once (the bot lets them once it listens). */
function startedHost(options: WorkerRetrievalHostOptions) {
  const host = createWorkerRetrievalHost(options);
  host.startWorkers();
  return host;
}

describeRetrievalHostContract('worker threads', async () =>
  startedHost({ threads: 2, logger: createSilentLogger() }),
);

/** Seconds of answering on the in-test documents: far past a short deadline, which a question is far inside. */
const ENDLESS = 'læse vanskeligheder plan fravær skole '.repeat(3000);

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('waited in vain');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Questions are refused while a replacement starts; never answered wrongly. */
async function answersOnceReplaced(host: Parameters<typeof answersOf>[0]): Promise<RetrievalResult[]> {
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      return await answersOf(host);
    } catch (error) {
      expect(error).toBeInstanceOf(RetrievalUnavailableError);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error('no replacement answered');
}

describe('worker threads: failures', () => {
  it('replaces a worker that does not answer in time; the replacement replays every change, and hears those made while it starts', async () => {
    const { logger, lines } = capturingLogger();
    const host = startedHost({ threads: 1, logger, requestTimeoutMs: 400 });
    const logged = (message: string) => lines.some((line) => line.msg === message);
    try {
      // Started from the last build and the update added to it since, which the replay must add
      // on its own: built together, the two would index differently.
      const sinceBuild = 5;
      expect(mergedBuildAnswers(CHANGES.length - 1)).not.toEqual(referenceAnswers(CHANGES.length - 1));
      for (const change of CHANGES.slice(0, sinceBuild + 1)) host.apply(change);
      await untilReady(host);
      expect(await answersOf(host)).toEqual(referenceAnswers(sinceBuild));

      await expect(host.answer(ENDLESS)).rejects.toBeInstanceOf(RetrievalUnavailableError);
      // Made while the stuck worker is stopping: the replacement starts from it.
      expect(logged('retrieval worker replaced')).toBe(false);
      host.apply(CHANGES[sinceBuild + 1]!);
      await until(() => logged('retrieval worker replaced'));
      // Made while the replacement starts: it hears of it before any question.
      host.apply(CHANGES[sinceBuild + 2]!);
      expect(sinceBuild + 2).toBe(CHANGES.length - 1);
      expect(await answersOnceReplaced(host)).toEqual(referenceAnswers(sinceBuild + 2));
      expect(logged('retrieval worker did not answer in time')).toBe(true);
      expect(JSON.stringify(lines)).not.toContain('vanskeligheder');
    } finally {
      await host.close();
    }
  });

  it('gives up, saying why, when its workers cannot start, and is never ready', async () => {
    const { logger, lines } = capturingLogger();
    const host = startedHost({ threads: 1, logger });
    try {
      // A worker starts from a build; an index that never had one cannot be copied.
      host.apply(CHANGES[1]!);
      await until(() => lines.some((line) => line.msg === 'retrieval workers could not start'));
      host.apply(CHANGES[0]!);
      expect(host.ready).toBe(false);
      await expect(host.answer(QUESTIONS[0]!)).rejects.toBeInstanceOf(RetrievalUnavailableError);
    } finally {
      await host.close();
    }
  });

  it('does not answer before its first build', async () => {
    const host = startedHost({ threads: 1, logger: createSilentLogger() });
    try {
      await expect(host.answer(QUESTIONS[0]!)).rejects.toBeInstanceOf(RetrievalUnavailableError);
    } finally {
      await host.close();
    }
  });

  it('starts no worker until told, keeping the changes for it to replay', async () => {
    const { logger, lines } = capturingLogger();
    const host = createWorkerRetrievalHost({ threads: 1, logger });
    try {
      host.apply(CHANGES[0]!);
      host.apply(CHANGES[1]!);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(host.ready).toBe(false);
      await expect(host.answer(QUESTIONS[0]!)).rejects.toBeInstanceOf(RetrievalUnavailableError);
      expect(lines.map((line) => line.msg)).not.toContain('retrieval workers ready');
      host.startWorkers();
      host.apply(CHANGES[2]!);
      await untilReady(host);
      expect(await answersOf(host)).toEqual(referenceAnswers(2));
    } finally {
      await host.close();
    }
  });
});
