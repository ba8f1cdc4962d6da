/** The Overblik tab: single sign-on when the bot is registered, else a local development identity. */
import { z } from 'zod';
import type { BotAuthentication } from './botAuthentication';
import { guid, optionalGuid, optionalHttpUrl, optionalString } from './fieldTypes';

export const tabFields = {
  TAB_SSO_CLIENT_ID: optionalGuid('the Entra application id the tab signs in to'),
  TAB_SSO_APP_ID_URI: optionalString.refine(
    (v) => v === undefined || /^api:\/\/\S+$/.test(v),
    'expected the application id URI, api://<domain>/<client id>',
  ),
  TAB_SSO_OPENID_METADATA_URL: optionalHttpUrl('expected the URL of the Entra OpenID configuration'),
  TAB_DEV_USER_ID: z
    .string()
    .regex(guid, 'expected a GUID (the Entra object id the local development identity stands for)')
    .default('00000000-0000-4000-8000-0000000000a1'),
  TAB_DEV_USER_NAME: z.string().trim().min(1).max(80).default('Lokal udvikler'),
  TAB_ASSETS_DIR: z.string().min(1).default('dist/tab'),
};

type TabEnv = z.infer<z.ZodObject<typeof tabFields>>;

export interface TabSettings {
  readonly sso?: {
    readonly clientId: string;
    readonly appIdUri?: string;
    readonly openIdMetadataUrl: string;
    readonly allowedTenantIds: readonly string[];
  };
  readonly developmentIdentity: { readonly aadObjectId: string; readonly name: string };
  readonly assetsDir: string;
}

export function tabSettingsFrom(
  env: TabEnv,
  auth: BotAuthentication | undefined,
  allowedTenantIds: readonly string[],
): TabSettings {
  return {
    sso: auth
      ? {
          clientId: env.TAB_SSO_CLIENT_ID ?? auth.appId,
          appIdUri: env.TAB_SSO_APP_ID_URI,
          openIdMetadataUrl:
            env.TAB_SSO_OPENID_METADATA_URL ??
            `https://login.microsoftonline.com/${auth.tenantId ?? 'organizations'}/v2.0/.well-known/openid-configuration`,
          // The bot's tenant allow-list, else its own tenant when it is single-tenant.
          allowedTenantIds:
            allowedTenantIds.length > 0 ? allowedTenantIds : auth.tenantId ? [auth.tenantId] : [],
        }
      : undefined,
    developmentIdentity: { aadObjectId: env.TAB_DEV_USER_ID, name: env.TAB_DEV_USER_NAME },
    assetsDir: env.TAB_ASSETS_DIR,
  };
}
