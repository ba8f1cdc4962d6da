/** How the Azure SDK's failures read: conflicts, missing blobs and containers, and outages. */
import { StorageUnavailableError } from '../../../ports/storage';

interface AzureErrorShape {
  statusCode?: number;
  code?: string;
  name?: string;
  message?: string;
}

function errorShape(error: unknown): AzureErrorShape {
  return typeof error === 'object' && error !== null ? (error as AzureErrorShape) : {};
}

function isStatus(error: unknown, status: number, code?: string): boolean {
  const shape = errorShape(error);
  return shape.statusCode === status && (code === undefined || shape.code === code);
}

export function isConditionFailure(error: unknown): boolean {
  // 412 ConditionNotMet for a stale ifMatch; 409 BlobAlreadyExists for ifNoneMatch '*'.
  return isStatus(error, 412) || isStatus(error, 409, 'BlobAlreadyExists');
}

export function isContainerMissing(error: unknown): boolean {
  return isStatus(error, 404, 'ContainerNotFound');
}

export function isBlobMissing(error: unknown): boolean {
  return isStatus(error, 404) && !isContainerMissing(error);
}

export function unavailable(operation: string, error: unknown): StorageUnavailableError {
  const shape = errorShape(error);
  const detail = [shape.statusCode, shape.code ?? shape.name].filter((part) => part !== undefined).join(' ');
  return new StorageUnavailableError(
    `Azure Blob storage unavailable during ${operation}${detail ? ` (${detail})` : ''}`,
    {
      cause: error,
    },
  );
}
