/** Where the bot keeps its state: memory, local SQLite, or Azure Blob Storage. */
import { z } from 'zod';
import { optionalHttpUrl, optionalString, type AddProblem } from './fieldTypes';

export const storageFields = {
  STORAGE: z.enum(['memory', 'sqlite', 'azure-blob']).default('sqlite'),
  AZURE_STORAGE_CONNECTION_STRING: optionalString,
  AZURE_STORAGE_ACCOUNT_URL: optionalHttpUrl('expected an https:// URL of the storage account'),
  AZURE_STORAGE_CONTAINER: z
    .string()
    .regex(
      /^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/,
      'expected a valid blob container name (3-63 lower-case letters, digits, dashes)',
    )
    .default('botstate'),
};

type StorageEnv = z.infer<z.ZodObject<typeof storageFields>> & { readonly DATA_DIR: string };

export interface StorageSettings {
  readonly kind: 'memory' | 'sqlite' | 'azure-blob';
  readonly dataDir: string;
  readonly connectionString?: string;
  readonly accountUrl?: string;
  readonly container: string;
}

export function checkStorage(env: StorageEnv, addProblem: AddProblem): void {
  if (
    env.STORAGE === 'azure-blob' &&
    !env.AZURE_STORAGE_CONNECTION_STRING &&
    !env.AZURE_STORAGE_ACCOUNT_URL
  ) {
    addProblem(
      'AZURE_STORAGE_CONNECTION_STRING',
      'STORAGE=azure-blob needs AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_ACCOUNT_URL',
    );
  }
}

export function storageSettingsFrom(env: StorageEnv): StorageSettings {
  return {
    kind: env.STORAGE,
    dataDir: env.DATA_DIR,
    connectionString: env.AZURE_STORAGE_CONNECTION_STRING,
    accountUrl: env.AZURE_STORAGE_ACCOUNT_URL,
    container: env.AZURE_STORAGE_CONTAINER,
  };
}
