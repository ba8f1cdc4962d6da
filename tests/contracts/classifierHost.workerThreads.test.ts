import { startWorkerClassifierHost } from '../../src/infrastructure/classification/workerClassifierHost';
import { createSilentLogger } from '../../src/infrastructure/logging/pinoLogger';
import { ClassifierUnavailableError } from '../../src/ports/classifierHost';
import { capturingLogger } from '../helpers/logCapture';
import { describeClassifierHostContract, PATHWAY_CONFIG } from './classifierHost.contract';

describeClassifierHostContract('worker threads', (config) =>
  startWorkerClassifierHost({ config, threads: 2, logger: createSilentLogger() }),
);

describe('worker threads: failures', () => {
  it('replaces a worker that does not answer in time; its reading fails, later readings are answered', async () => {
    const { logger, lines } = capturingLogger();
    const host = await startWorkerClassifierHost({
      config: PATHWAY_CONFIG,
      threads: 1,
      logger,
      requestTimeoutMs: 400,
    });
    try {
      // Seconds of reading: far past the deadline, which a short description is far inside.
      const endless = 'hun fortæller at far slår hende og at hun tør ikke gå hjem. '.repeat(700);
      await expect(host.classify(endless)).rejects.toBeInstanceOf(ClassifierUnavailableError);
      let answer: boolean | undefined;
      for (let attempt = 0; attempt < 100 && answer === undefined; attempt++) {
        try {
          answer = await host.readsAsConcern('en elev fortæller at hendes far slår hende');
        } catch (error) {
          // While the replacement starts, readings are refused as unavailable, never answered wrongly.
          expect(error).toBeInstanceOf(ClassifierUnavailableError);
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
      expect(answer).toBe(true);
      expect(lines.map((line) => line.msg)).toEqual(
        expect.arrayContaining(['classifier worker did not answer in time', 'classifier worker replaced']),
      );
      expect(JSON.stringify(lines)).not.toContain('slår');
    } finally {
      await host.close();
    }
  });

  it('refuses readings after close', async () => {
    const host = await startWorkerClassifierHost({
      config: PATHWAY_CONFIG,
      threads: 1,
      logger: createSilentLogger(),
    });
    await host.close();
    await expect(host.readsAsConcern('far slår hende')).rejects.toBeInstanceOf(ClassifierUnavailableError);
  });

  it('fails to start, with the reason, when the configuration cannot make a classifier', async () => {
    const broken = { ...PATHWAY_CONFIG, safety: { ...PATHWAY_CONFIG.safety, rules: undefined } };
    await expect(
      startWorkerClassifierHost({ config: broken as never, threads: 1, logger: createSilentLogger() }),
    ).rejects.toThrow(/could not start/);
  });
});
