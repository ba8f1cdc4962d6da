/**
 * The Overblik tab on the bot's own server: the built static files under /tab/overblik and a JSON
 * API under /api/tab/. The identity comes only from the validated SSO token (or, in anonymous local
 * mode on loopback, the development identity); anything a request says about who it is, such as a
 * user id in the query string, is never read.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../../ports/logger';
import type { HttpRequest as Request, HttpResponse as Response, HttpRoutes } from '../httpRoutes';
import type { OverviewService, Refused, TabUser } from '../../services/overview/overviewService';
import { SsoTokenError, type SsoTokenValidator } from './ssoToken';

export type TabSignIn =
  | { readonly kind: 'sso'; readonly validator: SsoTokenValidator }
  | {
      readonly kind: 'development';
      readonly identity: { readonly aadObjectId: string; readonly name: string };
    };

export interface TabRouteDeps {
  readonly overview: OverviewService;
  readonly signIn: TabSignIn;
  /** The folder the tab bundle was built into (index.html and assets). */
  readonly assetsDir: string;
  readonly logger: Logger;
}

export const TAB_PATH = '/tab/overblik';

/** Refusals the tab shows; Danish first, English after the slash (the tab picks by locale). */
const REFUSALS = {
  noToken: 'Log ind via Teams for at se Overblik. / Sign in through Teams to see Overblik.',
  badToken:
    'Din adgang kunne ikke bekræftes. Genindlæs fanen. / Your sign-in could not be confirmed. Reload the tab.',
  keys: 'Log-ind-tjenesten svarer ikke lige nu. Prøv igen om lidt. / The sign-in service is not answering. Try again shortly.',
  notLoopback:
    'Den lokale udviklingsidentitet virker kun fra denne maskine. / The local development identity only works on this machine.',
  forbidden: 'Du har ikke adgang til denne visning. / You do not have access to this view.',
  notFound:
    'Sagen eller opslaget findes ikke, eller du har ikke adgang til det. / Not found, or you have no access to it.',
  badId: 'Ugyldigt id. / Invalid id.',
  notBuilt: 'Fanen er ikke bygget. Kør npm run build. / The tab is not built. Run npm run build.',
} as const;

const CSV_HEADERS = {
  da: { name: 'Navn', upn: 'Brugernavn', time: 'Tidspunkt', version: 'Version' },
  en: { name: 'Name', upn: 'User name', time: 'Time', version: 'Version' },
} as const;

const ASSET_NAME = /^[a-z0-9][a-z0-9._-]{0,80}\.(js|css|map|svg|png)$/i;
const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  map: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  html: 'text/html; charset=utf-8',
};
const ID = /^[A-Za-z0-9._-]{1,80}$/;

/** Teams (web, desktop and the Microsoft 365 hosts) may frame the tab; nothing else may. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Fluent UI (Griffel) inserts its generated styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  // teams-js reads its list of Teams host origins from Microsoft's CDN.
  "connect-src 'self' https://res.cdn.office.net",
  "object-src 'none'",
  "base-uri 'none'",
  'frame-ancestors teams.microsoft.com *.teams.microsoft.com *.microsoft365.com *.office.com *.cloud.microsoft *.skype.com',
].join('; ');

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

function languageOf(req: Request): 'da' | 'en' {
  const query = new URL(req.url ?? '/', 'http://tab').searchParams.get('lang');
  return query === 'en' ? 'en' : 'da';
}

type Identify = (req: Request, res: Response) => Promise<TabUser | undefined>;

export function registerTabRoutes(server: HttpRoutes, deps: TabRouteDeps): void {
  const log = deps.logger.child({ component: 'tab' });
  const identify: Identify = (req, res) => identifyTabUser(deps, log, req, res);

  /** Runs a view for the signed-in user and turns refusals into status codes. */
  function api<T>(view: (user: TabUser, req: Request) => Promise<T | Refused>) {
    return async (req: Request, res: Response) => {
      res.setHeader('cache-control', 'no-store');
      const user = await identify(req, res);
      if (!user) return;
      try {
        const result = await view(user, req);
        if (isRefused(result)) {
          res.send(result.kind === 'forbidden' ? 403 : 404, { error: REFUSALS[result.kind] });
          return;
        }
        res.send(200, result);
      } catch (error) {
        log.error('tab request failed', { errorName: (error as Error).name });
        if (!res.headersSent) res.send(500, { error: 'intern fejl' });
      }
    };
  }

  const page = (req: Request, res: Response) => servePage(deps, req, res);
  server.get(TAB_PATH, page);
  server.get(`${TAB_PATH}/`, page);
  server.get(`${TAB_PATH}/config`, page);
  server.get(`${TAB_PATH}/assets/:file`, (req: Request, res: Response) => serveAsset(deps, req, res));

  server.get(
    '/api/tab/me',
    api(async (user) => deps.overview.me(user)),
  );
  server.get(
    '/api/tab/cases',
    api((user) => deps.overview.cases(user)),
  );
  server.get(
    '/api/tab/threads/:threadId',
    api(async (user, req) => {
      const id = String(req.params?.threadId ?? '');
      if (!ID.test(id)) return { kind: 'notFound' } as const;
      return deps.overview.thread(user, id);
    }),
  );
  server.get(
    '/api/tab/updates',
    api((user) => deps.overview.updates(user)),
  );
  server.get(
    '/api/tab/gaps',
    api((user) => deps.overview.gaps(user)),
  );
  server.get(
    '/api/tab/usage',
    api((user) => deps.overview.usage(user)),
  );
  server.get('/api/tab/updates/:postId/acknowledgements.csv', (req: Request, res: Response) =>
    sendAcknowledgementsCsv(deps, identify, req, res),
  );
}

/** The signed-in user from the Teams SSO token, or on loopback the development identity; refuses otherwise. */
async function identifyTabUser(
  deps: TabRouteDeps,
  log: Logger,
  req: Request,
  res: Response,
): Promise<TabUser | undefined> {
  if (deps.signIn.kind === 'development') {
    // Anonymous local mode already listens on loopback; this holds even if HOST was widened.
    if (!isLoopback(req.socket?.remoteAddress)) {
      res.send(403, { error: REFUSALS.notLoopback });
      return undefined;
    }
    return { ...deps.signIn.identity, development: true };
  }
  const header = req.header('authorization') ?? '';
  const match = /^Bearer ([^\s]+)$/i.exec(header);
  if (!match) {
    log.warn('tab request refused', { reason: 'noToken' });
    res.send(401, { error: REFUSALS.noToken });
    return undefined;
  }
  try {
    const identity = await deps.signIn.validator.validate(match[1]!);
    return {
      aadObjectId: identity.aadObjectId,
      ...(identity.upn ? { upn: identity.upn } : {}),
      ...(identity.name ? { name: identity.name } : {}),
      development: false,
    };
  } catch (error) {
    const reason = error instanceof SsoTokenError ? error.reason : 'error';
    log.warn('tab request refused', { reason });
    if (reason === 'keysUnavailable') res.send(503, { error: REFUSALS.keys });
    else res.send(401, { error: REFUSALS.badToken });
    return undefined;
  }
}

async function servePage(deps: TabRouteDeps, _req: Request, res: Response): Promise<void> {
  let html: Buffer;
  try {
    html = await readFile(join(deps.assetsDir, 'index.html'));
  } catch {
    res.send(503, { error: REFUSALS.notBuilt });
    return;
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES.html!,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
  });
  res.end(html);
}

async function serveAsset(deps: TabRouteDeps, req: Request, res: Response): Promise<void> {
  const file = String(req.params?.file ?? '');
  if (!ASSET_NAME.test(file)) {
    res.send(404, { error: REFUSALS.notFound });
    return;
  }
  try {
    const body = await readFile(join(deps.assetsDir, 'assets', file));
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[file.split('.').pop()!.toLowerCase()] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=300',
    });
    res.end(body);
  } catch {
    res.send(404, { error: REFUSALS.notFound });
  }
}

async function sendAcknowledgementsCsv(
  deps: TabRouteDeps,
  identify: Identify,
  req: Request,
  res: Response,
): Promise<void> {
  res.setHeader('cache-control', 'no-store');
  const user = await identify(req, res);
  if (!user) return;
  const id = String(req.params?.postId ?? '');
  if (!ID.test(id)) {
    res.send(400, { error: REFUSALS.badId });
    return;
  }
  const language = languageOf(req);
  const result = await deps.overview.acknowledgementsCsv(user, id, CSV_HEADERS[language]);
  if (isRefused(result)) {
    res.send(result.kind === 'forbidden' ? 403 : 404, { error: REFUSALS[result.kind] });
    return;
  }
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    // The id, not the title: titles are free text and do not belong in a header.
    'content-disposition': `attachment; filename="laest-og-forstaaet-${id}.csv"`,
  });
  // A byte-order mark so that Excel reads æ, ø and å correctly.
  res.end(`\uFEFF${result.csv}\r\n`);
}

function isRefused(value: unknown): value is Refused {
  return (
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    ((value as Refused).kind === 'forbidden' || (value as Refused).kind === 'notFound') &&
    Object.keys(value).length === 1
  );
}
