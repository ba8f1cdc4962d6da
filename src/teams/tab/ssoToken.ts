/**
 * Validates the Teams tab's single sign-on token (an Entra ID access token for the app's own API,
 * from teams-js `authentication.getAuthToken`). Checked by hand against the tenant's published
 * keys so nothing but Node's crypto is trusted: RS256 only, the key named by `kid` from the JWKS
 * that the OpenID configuration points to, then issuer, audience, expiry and the tenant allow-list.
 */
import { createPublicKey, verify, type JsonWebKey, type KeyObject } from 'node:crypto';

export interface SsoSettings {
  /** The Entra application (client) id the token is issued for. */
  readonly clientId: string;
  /** The application id URI (`api://<domain>/<client id>`), also accepted as audience. */
  readonly appIdUri?: string;
  /** OpenID configuration of the tenant (or `organizations`) that signs the tokens. */
  readonly openIdMetadataUrl: string;
  /** Tenants whose users may sign in; empty: any tenant. */
  readonly allowedTenantIds: readonly string[];
  /** Allowed clock difference with the issuer, in seconds (default 300, as Entra's own libraries). */
  readonly clockToleranceSeconds?: number;
}

export interface SsoIdentity {
  readonly aadObjectId: string;
  readonly tenantId: string;
  readonly upn?: string;
  readonly name?: string;
}

export type SsoRefusal =
  | 'malformed'
  | 'algorithm'
  | 'unknownKey'
  | 'signature'
  | 'expired'
  | 'notYetValid'
  | 'audience'
  | 'issuer'
  | 'tenant'
  | 'noUser'
  | 'keysUnavailable';

export class SsoTokenError extends Error {
  constructor(readonly reason: SsoRefusal) {
    super(`SSO token refused: ${reason}`);
    this.name = 'SsoTokenError';
  }
}

export type FetchJson = (url: string) => Promise<unknown>;

const KEY_CACHE_MS = 24 * 3600_000;
/** An unknown key id triggers a fresh download at most this often (keys roll over). */
const REFRESH_AT_MOST_EVERY_MS = 5 * 60_000;
const MAX_TOKEN_LENGTH = 16_384;

async function defaultFetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

interface KeySet {
  readonly issuer: string;
  readonly keys: ReadonlyMap<string, KeyObject>;
  readonly fetchedAt: number;
}

function decodePart(part: string): Record<string, unknown> {
  const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new SsoTokenError('malformed');
  return value as Record<string, unknown>;
}

/** The issuer and RSA signing keys the OpenID metadata names; keys that do not parse are left out. */
async function downloadKeySet(fetchJson: FetchJson, metadataUrl: string, now: () => number): Promise<KeySet> {
  const metadata = (await fetchJson(metadataUrl)) as { issuer?: unknown; jwks_uri?: unknown };
  if (typeof metadata?.jwks_uri !== 'string' || typeof metadata.issuer !== 'string') {
    throw new Error('OpenID configuration without issuer or jwks_uri');
  }
  const jwks = (await fetchJson(metadata.jwks_uri)) as { keys?: unknown };
  const keys = new Map<string, KeyObject>();
  for (const jwk of Array.isArray(jwks?.keys) ? (jwks.keys as Record<string, unknown>[]) : []) {
    if (jwk.kty !== 'RSA' || typeof jwk.kid !== 'string' || (jwk.use !== undefined && jwk.use !== 'sig'))
      continue;
    try {
      keys.set(
        jwk.kid,
        createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e } as JsonWebKey, format: 'jwk' }),
      );
    } catch {
      // A key that does not parse cannot have signed anything we accept.
    }
  }
  return { issuer: metadata.issuer, keys, fetchedAt: now() };
}

interface DecodedToken {
  readonly parts: readonly [string, string, string];
  readonly header: Record<string, unknown>;
  readonly claims: Record<string, unknown>;
}

function decodeToken(token: string): DecodedToken {
  if (token.length > MAX_TOKEN_LENGTH) throw new SsoTokenError('malformed');
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p)))
    throw new SsoTokenError('malformed');
  try {
    return {
      parts: [parts[0]!, parts[1]!, parts[2]!],
      header: decodePart(parts[0]!),
      claims: decodePart(parts[1]!),
    };
  } catch {
    throw new SsoTokenError('malformed');
  }
}

interface ClaimRules {
  readonly tolerance: number;
  readonly audiences: ReadonlySet<string>;
  readonly tenants: ReadonlySet<string>;
  readonly seconds: number;
}

/** The signed claims checked for time, audience, issuer and tenant, read into the user's identity. */
function identityFromClaims(claims: Record<string, unknown>, issuer: string, rules: ClaimRules): SsoIdentity {
  const { tolerance, audiences, tenants, seconds } = rules;
  if (typeof claims.exp !== 'number' || claims.exp + tolerance < seconds) throw new SsoTokenError('expired');
  if (typeof claims.nbf === 'number' && claims.nbf - tolerance > seconds)
    throw new SsoTokenError('notYetValid');
  const aud = claims.aud;
  if (typeof aud !== 'string' || !audiences.has(aud)) throw new SsoTokenError('audience');
  const tid = claims.tid;
  if (typeof tid !== 'string' || !/^[0-9a-f-]{36}$/i.test(tid)) throw new SsoTokenError('issuer');
  // Multi-tenant metadata names the issuer with a {tenantid} placeholder; v1 tokens use sts.windows.net.
  const issuers = new Set([issuer.replace('{tenantid}', tid), `https://sts.windows.net/${tid}/`]);
  if (typeof claims.iss !== 'string' || !issuers.has(claims.iss)) throw new SsoTokenError('issuer');
  if (tenants.size > 0 && !tenants.has(tid.toLowerCase())) throw new SsoTokenError('tenant');
  if (typeof claims.oid !== 'string' || claims.oid.length === 0) throw new SsoTokenError('noUser');
  const upn = typeof claims.preferred_username === 'string' ? claims.preferred_username : claims.upn;
  return {
    aadObjectId: claims.oid,
    tenantId: tid,
    ...(typeof upn === 'string' ? { upn } : {}),
    ...(typeof claims.name === 'string' ? { name: claims.name } : {}),
  };
}

export function createSsoTokenValidator(
  settings: SsoSettings,
  options: { readonly fetchJson?: FetchJson; readonly now?: () => number } = {},
) {
  const fetchJson = options.fetchJson ?? defaultFetchJson;
  const now = options.now ?? Date.now;
  const tolerance = settings.clockToleranceSeconds ?? 300;
  const audiences = new Set([settings.clientId, settings.appIdUri].filter((a): a is string => !!a));
  const tenants = new Set(settings.allowedTenantIds.map((t) => t.toLowerCase()));
  let keySet: Promise<KeySet> | undefined;
  const download = () => downloadKeySet(fetchJson, settings.openIdMetadataUrl, now);

  async function keysFor(kid: string): Promise<{ key: KeyObject; issuer: string }> {
    let current: KeySet;
    try {
      if (!keySet) keySet = download();
      current = await keySet;
      if (
        now() - current.fetchedAt > KEY_CACHE_MS ||
        (!current.keys.has(kid) && now() - current.fetchedAt > REFRESH_AT_MOST_EVERY_MS)
      ) {
        keySet = download();
        current = await keySet;
      }
    } catch {
      keySet = undefined;
      throw new SsoTokenError('keysUnavailable');
    }
    const key = current.keys.get(kid);
    if (!key) throw new SsoTokenError('unknownKey');
    return { key, issuer: current.issuer };
  }

  return {
    async validate(token: string): Promise<SsoIdentity> {
      const { parts, header, claims } = decodeToken(token);
      // Only RS256: 'none', HS256 with the public key as secret and other tricks stop here.
      if (header.alg !== 'RS256') throw new SsoTokenError('algorithm');
      if (typeof header.kid !== 'string') throw new SsoTokenError('unknownKey');
      const { key, issuer } = await keysFor(header.kid);
      const signed = Buffer.from(`${parts[0]}.${parts[1]}`);
      if (!verify('RSA-SHA256', signed, key, Buffer.from(parts[2], 'base64url'))) {
        throw new SsoTokenError('signature');
      }
      return identityFromClaims(claims, issuer, { tolerance, audiences, tenants, seconds: now() / 1000 });
    },
  };
}

export type SsoTokenValidator = ReturnType<typeof createSsoTokenValidator>;
