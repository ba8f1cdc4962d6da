/**
 * A local stand-in for login.botframework.com's OpenID metadata and signing keys, so that the
 * real Bot Framework token validation runs offline: tokens signed with `sign()` are valid, any
 * other key is unknown.
 */
import { createHmac, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SignOptions {
  readonly kid?: string;
  readonly key?: KeyObject;
  /**
   * How the token is signed: RS256 with `key` (default: the published key); `HS256` with the
   * published public key (PEM) as HMAC secret, the classic key-confusion attack; `none` unsigned.
   */
  readonly alg?: 'RS256' | 'HS256' | 'none';
}

export interface OpenIdServer {
  readonly metadataUrl: string;
  sign(claims: Record<string, unknown>, options?: SignOptions): string;
  close(): Promise<void>;
}

/**
 * `issuer`: what the metadata names as issuer and what tokens carry by default (Bot Framework's by
 * default; an Entra-style `https://login.microsoftonline.com/{tenantid}/v2.0` for the tab's SSO).
 */
export async function startOpenIdServer(options: { readonly issuer?: string } = {}): Promise<OpenIdServer> {
  const issuer = options.issuer ?? 'https://api.botframework.com';
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  let port = 0;
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') {
      res.end(
        JSON.stringify({
          issuer,
          jwks_uri: `http://127.0.0.1:${port}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
        }),
      );
    } else if (req.url === '/v1/.well-known/keys') {
      res.end(
        JSON.stringify({
          keys: [{ kty: 'RSA', use: 'sig', kid: 'test-key', n: jwk.n, e: jwk.e, endorsements: ['msteams'] }],
        }),
      );
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    metadataUrl: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
    sign(claims, options = {}) {
      const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const now = Math.floor(Date.now() / 1000);
      const alg = options.alg ?? 'RS256';
      const header = encode({ alg, typ: 'JWT', kid: options.kid ?? 'test-key' });
      const payload = encode({
        iss: issuer,
        nbf: now - 60,
        exp: now + 3600,
        ...claims,
      });
      const signed = `${header}.${payload}`;
      if (alg === 'none') return `${signed}.`;
      if (alg === 'HS256') {
        const secret = publicKey.export({ format: 'pem', type: 'spki' });
        return `${signed}.${createHmac('sha256', secret).update(signed).digest('base64url')}`;
      }
      const signature = createSign('RSA-SHA256')
        .update(signed)
        .sign(options.key ?? privateKey)
        .toString('base64url');
      return `${signed}.${signature}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
