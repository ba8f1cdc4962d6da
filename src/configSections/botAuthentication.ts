/** Bot Framework authentication (BOT_*) and the tenant allow-list. */
import { z } from 'zod';
import { csvList, guid, optionalGuid, optionalHttpUrl, optionalString, type AddProblem } from './fieldTypes';

export const botAuthenticationFields = {
  BOT_ID: optionalGuid('the Microsoft App ID'),
  BOT_PASSWORD: optionalString,
  BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  BOT_TENANT_ID: optionalGuid('the Entra tenant id'),
  BOT_CERTIFICATE_THUMBPRINT: optionalString,
  BOT_CERTIFICATE_KEY_FILE: optionalString,
  BOT_OPENID_METADATA_URL: optionalHttpUrl('expected the URL of the Bot Framework OpenID metadata document'),
};

export const tenantAllowListFields = {
  ALLOWED_TENANT_IDS: csvList.refine(
    (ids) => ids.every((id) => guid.test(id)),
    'expected a comma-separated list of tenant GUIDs',
  ),
};

type BotAuthenticationEnv = z.infer<z.ZodObject<typeof botAuthenticationFields>>;

export interface BotAuthentication {
  readonly appId: string;
  readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  readonly tenantId?: string;
  readonly password?: string;
  readonly certificate?: { readonly thumbprint: string; readonly privateKeyFile: string };
  /** Override for sovereign clouds (and local tests); default is the public Bot Framework cloud. */
  readonly openIdMetadataUrl?: string;
}

export function checkBotAuthentication(env: BotAuthenticationEnv, addProblem: AddProblem): void {
  if (
    env.BOT_ID &&
    env.BOT_TYPE !== 'UserAssignedMSI' &&
    !env.BOT_PASSWORD &&
    !env.BOT_CERTIFICATE_THUMBPRINT
  ) {
    addProblem(
      'BOT_PASSWORD',
      'required when BOT_ID is set (or set BOT_CERTIFICATE_THUMBPRINT and BOT_CERTIFICATE_KEY_FILE, or BOT_TYPE=UserAssignedMSI)',
    );
  }
  if (env.BOT_CERTIFICATE_THUMBPRINT && !env.BOT_CERTIFICATE_KEY_FILE) {
    addProblem(
      'BOT_CERTIFICATE_KEY_FILE',
      'required with BOT_CERTIFICATE_THUMBPRINT (path to the PEM private key)',
    );
  }
  if (env.BOT_ID && env.BOT_TYPE !== 'MultiTenant' && !env.BOT_TENANT_ID) {
    addProblem('BOT_TENANT_ID', `required when BOT_TYPE is ${env.BOT_TYPE}`);
  }
}

/** undefined without BOT_ID: anonymous local mode. */
export function botAuthenticationFrom(env: BotAuthenticationEnv): BotAuthentication | undefined {
  if (!env.BOT_ID) return undefined;
  return {
    appId: env.BOT_ID,
    appType: env.BOT_TYPE,
    tenantId: env.BOT_TENANT_ID,
    password: env.BOT_PASSWORD,
    certificate:
      env.BOT_CERTIFICATE_THUMBPRINT && env.BOT_CERTIFICATE_KEY_FILE
        ? { thumbprint: env.BOT_CERTIFICATE_THUMBPRINT, privateKeyFile: env.BOT_CERTIFICATE_KEY_FILE }
        : undefined,
    openIdMetadataUrl: env.BOT_OPENID_METADATA_URL,
  };
}
