import { readFileSync } from 'node:fs';
// From its own module rather than the package index, which loads the unused AI planners, OpenAI
// client and tokenizer (see app.ts).
import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import {
  CallerIdConstants,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import {
  AuthenticationConstants,
  type AuthenticateRequestResult,
  CertificateServiceClientCredentialsFactory,
  type ServiceClientCredentialsFactory,
} from 'botframework-connector';
import { Entity as entitySchema } from 'botframework-connector/lib/connectorApi/models/mappers';
import type { BotAuthentication } from '../config';
import type { ConnectorTokenProvider } from './outbound/botConnectorMessenger';

/**
 * The Teams adapter with authentication as a separate step, so the server answers a refused token
 * itself (401, a short message, one log line). CloudAdapter.process would print the library's error
 * with its stack to the console and send its message back, with 500 for some refusals.
 */
export class BotHttpAdapter extends TeamsAdapter {
  /** Validates the request's JWT (anonymous local mode accepts an empty header). Throws when refused. */
  authenticate(activity: Activity, authorization: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
  }

  /** Runs the turn for an authenticated request; returns the invoke or expectReplies answer. */
  runAuthenticated(
    authenticated: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

/**
 * botframework-connector serializes an outgoing activity by its schema, and its Entity schema names
 * only type, text and mentioned: a Message entity's citation, @type and @context were dropped on
 * the way to Teams, so the [n] markers had no pop-ups. The schema gets "keep any other field" once,
 * before the first adapter sends anything (the library's own fix for this, 2020, is not in 4.23).
 */
function keepEveryEntityField(): void {
  const type = entitySchema.type as { additionalProperties?: unknown };
  if (type.additionalProperties === undefined) type.additionalProperties = { type: { name: 'Object' } };
}

const SILENCED = Symbol.for('boern-og-unge.tokenLibraryConsoleSilenced');

/**
 * botframework-connector writes to console.error itself when it refuses a token: the error with its
 * stack for an expired token, and the whole signing key for a bad signature or algorithm. The
 * server already logs each refusal as one line, so exactly these two messages are dropped;
 * anything else still reaches the console.
 */
function silenceTokenLibraryConsole(): void {
  // eslint-disable-next-line no-console -- the library's own console output is what is filtered
  const current = console.error as typeof console.error & { [SILENCED]?: true };
  if (current[SILENCED]) return;
  const filtered = Object.assign(
    (...args: unknown[]) => {
      const [first] = args;
      if (typeof first === 'string' && first.startsWith('Error finding key for token')) return;
      if (first instanceof Error && first.name === 'TokenExpiredError') return;
      current.apply(console, args);
    },
    { [SILENCED]: true as const },
  );
  // eslint-disable-next-line no-console -- see above
  console.error = filtered;
}

export interface BotAdapter {
  readonly adapter: BotHttpAdapter;
  readonly tokenProvider: ConnectorTokenProvider;
  readonly botId: string;
}

/**
 * With no BOT_ID the adapter runs in anonymous local mode: botbuilder accepts requests without a
 * token (the server binds to loopback then). With BOT_ID every request's JWT is validated by the
 * Bot Framework authentication before any handler runs.
 */
export function createBotAdapter(auth: BotAuthentication | undefined): BotAdapter {
  keepEveryEntityField();
  if (!auth) {
    const adapter = new BotHttpAdapter({}, new ConfigurationServiceClientCredentialFactory({}));
    return { adapter, tokenProvider: async () => undefined, botId: 'local-bot' };
  }
  silenceTokenLibraryConsole();
  const settings = {
    MicrosoftAppId: auth.appId,
    MicrosoftAppPassword: auth.password,
    MicrosoftAppType: auth.appType,
    MicrosoftAppTenantId: auth.tenantId,
    // Any override switches botbuilder to fully parameterized settings, so the public-cloud values are spelled out.
    ...(auth.openIdMetadataUrl
      ? {
          ToBotFromChannelOpenIdMetadataUrl: auth.openIdMetadataUrl,
          ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
          ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
          ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
          ToChannelFromBotLoginUrl: `${AuthenticationConstants.ToChannelFromBotLoginUrlPrefix}${auth.appType === 'MultiTenant' ? 'botframework.com' : auth.tenantId}`,
          OAuthUrl: AuthenticationConstants.OAuthUrl,
          CallerId: CallerIdConstants.PublicAzureChannel,
          ValidateAuthority: true,
        }
      : {}),
  };
  const credentials: ServiceClientCredentialsFactory = auth.certificate
    ? new CertificateServiceClientCredentialsFactory(
        auth.appId,
        auth.certificate.thumbprint,
        readFileSync(auth.certificate.privateKeyFile, 'utf8'),
        auth.tenantId,
      )
    : new ConfigurationServiceClientCredentialFactory(settings);
  const adapter = new BotHttpAdapter(settings, credentials);
  const loginEndpoint = `${AuthenticationConstants.ToChannelFromBotLoginUrlPrefix}${auth.appType === 'MultiTenant' ? 'botframework.com' : auth.tenantId}`;
  const tokenProvider: ConnectorTokenProvider = async () => {
    const client = (await credentials.createCredentials(
      auth.appId,
      AuthenticationConstants.ToChannelFromBotOAuthScope,
      loginEndpoint,
      true,
    )) as { getToken?: (forceRefresh?: boolean) => Promise<string> };
    return client.getToken ? client.getToken(false) : undefined;
  };
  return { adapter, tokenProvider, botId: auth.appId };
}
