/**
 * What the tab learns from Teams: locale, theme and a sign-in token. Outside Teams (a browser on
 * the developer's machine, the browser tests) there is no host: the server then uses its local
 * development identity, and `?lang=` and `?theme=` stand in for the Teams settings.
 */
import type { pages as TeamsPages } from '@microsoft/teams-js';

export type ThemeName = 'default' | 'dark' | 'contrast';

export interface Host {
  readonly inTeams: boolean;
  readonly locale: string | undefined;
  readonly theme: ThemeName;
  getToken(): Promise<string | undefined>;
  onThemeChange(handler: (theme: ThemeName) => void): void;
  /** The channel tab's settings page API (only inside Teams). */
  readonly pages?: typeof TeamsPages;
}

const INIT_TIMEOUT_MS = 3000;

function themeName(value: string | null | undefined): ThemeName {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

function framed(): boolean {
  try {
    return window.parent !== window || window.opener != null;
  } catch {
    return true;
  }
}

export async function connectHost(): Promise<Host> {
  const query = new URLSearchParams(window.location.search);
  const standalone: Host = {
    inTeams: false,
    locale: query.get('lang') ?? undefined,
    theme: themeName(query.get('theme')),
    getToken: async () => undefined,
    onThemeChange: () => undefined,
  };
  if (!framed()) return standalone;
  // Loaded only inside Teams: outside it the SDK has nothing to talk to, and the page starts faster.
  const { app, authentication, pages } = await import('@microsoft/teams-js');
  try {
    await Promise.race([
      app.initialize(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), INIT_TIMEOUT_MS)),
    ]);
  } catch {
    return standalone;
  }
  const context = await app.getContext();
  app.notifySuccess();
  return {
    inTeams: true,
    locale: context.app.locale,
    theme: themeName(context.app.theme),
    getToken: () => authentication.getAuthToken(),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(themeName(theme))),
    pages,
  };
}
