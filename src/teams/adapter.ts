import { readFileSync } from 'node:fs';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { CallerIdConstants, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import {
  AuthenticationConstants,
  CertificateServiceClientCredentialsFactory,
  type ServiceClientCredentialsFactory,
} from 'botframework-connector';
import type { BotAuthentication } from '../config';
import type { ConnectorTokenProvider } from './outbound/botConnectorMessenger';

export interface BotAdapter {
  readonly adapter: TeamsAdapter;
  readonly tokenProvider: ConnectorTokenProvider;
  readonly botId: string;
}

/**
 * With no BOT_ID the adapter runs in anonymous local mode: botbuilder accepts requests without a
 * token (the server binds to loopback then). With BOT_ID every request's JWT is validated by the
 * Bot Framework authentication before any handler runs.
 */
export function createBotAdapter(auth: BotAuthentication | undefined): BotAdapter {
  if (!auth) {
    const adapter = new TeamsAdapter({}, new ConfigurationServiceClientCredentialFactory({}));
    return { adapter, tokenProvider: async () => undefined, botId: 'local-bot' };
  }
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
  const adapter = new TeamsAdapter(settings, credentials);
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
