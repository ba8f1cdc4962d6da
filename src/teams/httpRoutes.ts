/**
 * A small router port for the extra HTTP routes the bot serves beside /api/messages (the Overblik
 * tab): route modules describe GET handlers over plain request and response views, and only
 * server.ts knows the HTTP framework behind them.
 */
export interface HttpRequest {
  readonly url?: string;
  readonly socket?: { readonly remoteAddress?: string };
  /** Path parameters (`:name` in the route). */
  readonly params?: Record<string, unknown>;
  header(name: string): string | undefined;
}

export interface HttpResponse {
  readonly headersSent: boolean;
  /** Sends `body` as JSON with `status`. */
  send(status: number, body: unknown): void;
  setHeader(name: string, value: string): void;
  writeHead(status: number, headers: Record<string, string>): void;
  end(body?: string | Buffer): void;
}

export type HttpHandler = (req: HttpRequest, res: HttpResponse) => Promise<void>;

export interface HttpRoutes {
  get(path: string, handler: HttpHandler): void;
}
