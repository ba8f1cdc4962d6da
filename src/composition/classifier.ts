/** Where the pathway classifier runs: worker threads when the machine has CPUs to spare. */
import type { AppConfig } from '../config';
import { startWorkerClassifierHost } from '../infrastructure/classification/workerClassifierHost';
import type { ClassifierHost } from '../ports/classifierHost';
import type { Logger } from '../ports/logger';
import { classifierInThisThread } from '../services/pathwayGuidance/classifierInThisThread';
import type { EditableConfig } from './editableConfig';

export function startClassifierHost(
  config: Pick<AppConfig, 'classifierThreads'>,
  files: Pick<EditableConfig, 'pathwayConfig'>,
  logger: Logger,
): Promise<ClassifierHost> {
  if (config.classifierThreads === 0) return Promise.resolve(classifierInThisThread(files.pathwayConfig));
  return startWorkerClassifierHost({
    config: files.pathwayConfig,
    threads: config.classifierThreads,
    logger,
  });
}
