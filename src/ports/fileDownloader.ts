export type DownloadResult =
  | { readonly kind: 'downloaded'; readonly data: Buffer }
  | { readonly kind: 'tooLarge' }
  | { readonly kind: 'failed' };

/** Fetches a file a user sent (Teams gives a short-lived download URL); stops past maxBytes. */
export interface FileDownloader {
  download(url: string, maxBytes: number): Promise<DownloadResult>;
}
