/** The worker thread's side of a worker pool: one request at a time, notices in between. */
import type { MessagePort } from 'node:worker_threads';
import type { PoolMessage, PoolReply } from './poolProtocol';

export interface PoolWorkerHandlers<Request, Notice> {
  answer(request: Request): unknown;
  /**
   * Left uncaught on purpose: a worker whose state a notice could not change would answer from
   * another state than the thread that sent it, so it stops, and the pool replaces it.
   */
  hear?(notice: Notice): void;
}

/** Call once the worker's state is built: the pool counts the worker as ready from here. */
export function answerPoolRequests<Request, Notice>(
  port: MessagePort,
  handlers: PoolWorkerHandlers<Request, Notice>,
): void {
  const reply = (message: PoolReply) => port.postMessage(message);
  port.on('message', (message: PoolMessage<Request, Notice>) => {
    if (message.kind === 'notice') {
      handlers.hear?.(message.notice);
      return;
    }
    try {
      reply({ kind: 'answer', id: message.id, value: handlers.answer(message.request) });
    } catch (error) {
      reply({ kind: 'failed', id: message.id, errorName: (error as Error)?.name ?? 'Error' });
    }
  });
  reply({ kind: 'ready' });
}
