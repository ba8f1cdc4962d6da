import type { Host } from './host';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Only the part of the server's message in the tab's language ("Dansk. / English."). */
function localised(message: string, language: 'da' | 'en'): string {
  const [danish, english] = message.split(' / ');
  return language === 'en' && english ? english : (danish ?? message);
}

export function createApi(host: Host, language: 'da' | 'en') {
  async function request(path: string): Promise<Response> {
    const token = await host.getToken();
    const response = await fetch(path, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      credentials: 'same-origin',
    });
    if (!response.ok) {
      let message = `HTTP ${response.status}`;
      try {
        const body = (await response.json()) as { error?: string };
        if (body.error) message = localised(body.error, language);
      } catch {
        // not JSON: keep the status
      }
      throw new ApiError(response.status, message);
    }
    return response;
  }
  return {
    async get<T>(path: string): Promise<T> {
      return (await request(path)).json() as Promise<T>;
    },
    /** Downloads a file through fetch, so the sign-in token goes along. */
    async download(path: string, fileName: string): Promise<void> {
      const blob = await (await request(path)).blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}

export type Api = ReturnType<typeof createApi>;
