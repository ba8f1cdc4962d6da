import { randomUUID } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Activity } from 'botbuilder';
import restify, { type Request, type Response } from 'restify';
import type { Logger } from '../ports/logger';
import type { BotHttpAdapter } from './adapter';
import type { HttpRoutes } from './httpRoutes';
import { REFUSALS, tenantOf, validateActivity, withDates, withoutCprInNames } from './incomingActivity';
import { setTurnLogger } from './turn/sdkTurn';

export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<void>;
}

export interface ServerDeps {
  readonly app: Application<TurnState>;
  readonly adapter: BotHttpAdapter;
  readonly logger: Logger;
  readonly authenticationEnabled: boolean;
  readonly allowedTenantIds: readonly string[];
  readonly maxBodyBytes: number;
  readonly readinessChecks: readonly ReadinessCheck[];
  /** Slow or idle clients are cut off after these (defaults: Node's own). */
  readonly timeouts?: ServerTimeouts;
  /** Stands in as `recipient` when an activity has none (replies are sent from it). */
  readonly botId?: string;
  /** More routes on the same server (the Overblik tab and its API). */
  readonly extraRoutes?: readonly ((routes: HttpRoutes) => void)[];
}

export interface ServerTimeouts {
  /** Time to receive a request's headers. */
  readonly headersMs: number;
  /** Time to receive a whole request, body included (not the time to answer it). */
  readonly requestMs: number;
  /** How long an idle keep-alive connection stays open. */
  readonly keepAliveMs: number;
}

export interface BotServer {
  listen(port: number, host: string): Promise<{ port: number; host: string }>;
  /** Stops accepting requests and waits (up to timeoutMs) for running turns to finish. */
  close(timeoutMs: number): Promise<{ drained: boolean }>;
  readonly inFlight: number;
}

/** The turns running now, so that closing can wait for them to finish. */
interface TurnsInFlight {
  readonly count: number;
  begin(): void;
  end(): void;
  /** True when every running turn finished within timeoutMs. */
  drained(timeoutMs: number): Promise<boolean>;
}

function turnsInFlight(): TurnsInFlight {
  let count = 0;
  let waiters: (() => void)[] = [];
  return {
    get count() {
      return count;
    },
    begin: () => {
      count++;
    },
    end: () => {
      count--;
      if (count === 0) {
        for (const resolve of waiters) resolve();
        waiters = [];
      }
    },
    drained: async (timeoutMs) =>
      count === 0 ||
      Promise.race([
        new Promise<boolean>((resolve) => waiters.push(() => resolve(true))),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref()),
      ]),
  };
}

/** /readyz: every readiness check, and not ready once the server is closing. */
async function readiness(deps: ServerDeps, closing: boolean) {
  const results = await Promise.all(
    deps.readinessChecks.map(async (c) => {
      try {
        await c.check();
        return { name: c.name, ok: true };
      } catch (error) {
        return { name: c.name, ok: false, error: (error as Error).name };
      }
    }),
  );
  const ready = !closing && results.every((r) => r.ok);
  return { status: ready ? 200 : 503, body: { status: ready ? 'ready' : 'not ready', checks: results } };
}

/** Why a request to /api/messages is refused before authentication, with its HTTP status. */
function refusalBeforeTurn(
  deps: ServerDeps,
  req: Request,
  activity: Record<string, unknown> | undefined,
): { status: number; reason: keyof typeof REFUSALS } | undefined {
  const invalid = validateActivity(activity);
  if (invalid) return { status: 400, reason: invalid };
  if (deps.authenticationEnabled && !req.header('authorization')) return { status: 401, reason: 'noToken' };
  const tenantId = tenantOf(activity!);
  if (deps.allowedTenantIds.length > 0 && (!tenantId || !deps.allowedTenantIds.includes(tenantId))) {
    return { status: 403, reason: 'tenant' };
  }
  return undefined;
}

/** One Bot Framework activity: checked, authenticated, then run through the app as one turn. */
async function onActivity(
  deps: ServerDeps,
  turns: TurnsInFlight,
  req: Request,
  res: Response,
): Promise<void> {
  const activity = req.body as Record<string, unknown> | undefined;
  const refusal = refusalBeforeTurn(deps, req, activity);
  if (refusal) {
    deps.logger.warn('activity refused', { reason: refusal.reason });
    res.send(refusal.status, { error: REFUSALS[refusal.reason] });
    return;
  }

  withoutCprInNames(activity!);
  // Bot Framework activities name the bot as recipient; replies are sent from it, so a missing
  // one is filled in rather than failing the turn.
  if (activity!.recipient == null) activity!.recipient = { id: deps.botId ?? 'bot' };

  const correlationId =
    typeof activity!.id === 'string' && activity!.id.length <= 200 ? activity!.id : randomUUID();
  const logger = deps.logger.child({ correlationId });
  const started = performance.now();
  const turnActivity = withDates(activity!) as unknown as Activity;
  let authenticated: Awaited<ReturnType<BotHttpAdapter['authenticate']>>;
  try {
    authenticated = await deps.adapter.authenticate(turnActivity, req.header('authorization') ?? '');
  } catch (error) {
    // Wrong key, alg none, HS256, expired, wrong audience...: one line, no token, key or stack.
    logger.warn('activity refused', { reason: 'badToken', errorName: (error as Error)?.name });
    res.send(401, { error: REFUSALS.badToken });
    return;
  }

  turns.begin();
  try {
    const answer = await deps.adapter.runAuthenticated(authenticated, turnActivity, async (context) => {
      setTurnLogger(context, logger);
      await deps.app.run(context);
    });
    if (answer?.body !== undefined) res.send(answer.status ?? 200, answer.body);
    else res.send(answer?.status ?? 200);
    logger.info('turn completed', {
      activityType: activity!.type,
      status: res.statusCode,
      durationMs: Math.round(performance.now() - started),
    });
  } catch (error) {
    logger.error('turn processing failed', { errorName: (error as Error).name });
    if (!res.headersSent) res.send(500, { error: 'intern fejl' });
  } finally {
    turns.end();
  }
}

export function createBotServer(deps: ServerDeps): BotServer {
  const server = restify.createServer({ name: 'boern-og-unge-bot', handleUncaughtExceptions: false });
  const turns = turnsInFlight();
  let closing = false;

  if (deps.timeouts) applyTimeouts(server.server, deps.timeouts);
  server.use(restify.plugins.bodyParser({ maxBodySize: deps.maxBodyBytes, mapParams: false }));

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    const { status, body } = await readiness(deps, closing);
    res.send(status, body);
  });

  const routes: HttpRoutes = {
    get: (path, handler) => {
      server.get(path, async (req: Request, res: Response) => handler(req, res));
    },
  };
  for (const register of deps.extraRoutes ?? []) register(routes);

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (closing) {
      res.send(503, { error: REFUSALS.shuttingDown });
      return;
    }
    await onActivity(deps, turns, req, res);
  });

  // restify answers malformed JSON and oversized bodies itself (400 / 413); log them without content.
  server.on(
    'restifyError',
    (req: Request, _res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
      deps.logger.warn('request refused', {
        path: req.path(),
        status: error.statusCode,
        errorName: error.name,
      });
      callback();
    },
  );

  return {
    get inFlight() {
      return turns.count;
    },
    listen(port: number, host: string) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.server.address() as AddressInfo;
          resolve({ port: address.port, host: address.address });
        });
      });
    },
    async close(timeoutMs: number) {
      closing = true;
      const drained = await turns.drained(timeoutMs);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.server.closeIdleConnections?.();
        if (!drained) server.server.closeAllConnections?.();
      });
      return { drained };
    },
  };
}

function applyTimeouts(http: HttpServer, timeouts: ServerTimeouts): void {
  http.headersTimeout = timeouts.headersMs;
  http.requestTimeout = timeouts.requestMs;
  http.keepAliveTimeout = timeouts.keepAliveMs;
  // Node checks the header and request deadlines on this interval (30 s by default, read when the
  // server starts listening), so short deadlines need a shorter check to take effect on time.
  (http as HttpServer & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.max(
    50,
    Math.min(1000, Math.floor(Math.min(timeouts.headersMs, timeouts.requestMs) / 4)),
  );
}
