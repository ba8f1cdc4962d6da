/** The messages between a worker pool (workerPool.ts) and its worker threads (answerPoolRequests.ts). */

/**
 * What a worker hears. A request wants one answer; a notice changes the worker's state and wants
 * none, and reaches every worker in the order it was sent among the requests.
 */
export type PoolMessage<Request, Notice> =
  | { readonly kind: 'request'; readonly id: number; readonly request: Request }
  | { readonly kind: 'notice'; readonly notice: Notice };

/**
 * A worker's answers. A failed request carries the error's name only: an error message may quote
 * the text it was given, and the pool logs what it gets.
 */
export type PoolReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'answer'; readonly id: number; readonly value: unknown }
  | { readonly kind: 'failed'; readonly id: number; readonly errorName: string };
