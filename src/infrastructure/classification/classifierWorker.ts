/**
 * The worker thread's side of the worker classifier host: it builds the classifier from the
 * configuration it was started with, warms it up, says it is ready and then answers one request
 * at a time. Loaded by `new Worker(...)` only (see workerClassifierHost.ts).
 */
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { createPathwayClassifier, warmUpClassifier, type PathwayGuidanceConfig } from '../../domain/pathways';
import { answerPoolRequests } from '../workers/answerPoolRequests';
import type { ClassifierRequest, ClassifierWorkerData } from './workerProtocol';

export function serveClassifierRequests(port: MessagePort, config: PathwayGuidanceConfig): void {
  const classifier = createPathwayClassifier(config);
  warmUpClassifier(classifier);
  answerPoolRequests<ClassifierRequest, never>(port, {
    answer: (request) => {
      switch (request.method) {
        case 'classify':
          return classifier.classify(request.text, request.options);
        case 'readsAsConcern':
          return classifier.readsAsConcern(request.text);
        case 'classifyIfConcern':
          return classifier.classifyIfConcern(request.text);
      }
    },
  });
}

const started = workerData as ClassifierWorkerData | undefined;
if (!isMainThread && parentPort && started?.role === 'pathwayClassifier') {
  serveClassifierRequests(parentPort, started.config);
}
