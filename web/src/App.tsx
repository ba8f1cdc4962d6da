import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  teamsHighContrastTheme,
  tokens,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { Suspense, lazy, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createApi, type Api } from './api';
import type { Host, ThemeName } from './host';
import { languageOf, textsFor, type Texts } from './texts';
import type { CasesView, GapsView, MeView, UpdatesView, UsageView, ViewId } from './types';
import { CasesPanel } from './views/Cases';

// The chart views load on first use: Mine sager, the view most people open, needs no charts.
const UpdatesPanel = lazy(() => import('./views/Updates').then((m) => ({ default: m.UpdatesPanel })));
const GapsPanel = lazy(() => import('./views/Gaps').then((m) => ({ default: m.GapsPanel })));
const UsagePanel = lazy(() => import('./views/Usage').then((m) => ({ default: m.UsagePanel })));

const THEMES: Record<ThemeName, Theme> = {
  default: webLightTheme,
  dark: webDarkTheme,
  contrast: teamsHighContrastTheme,
};

const VIEW_IDS: readonly ViewId[] = ['cases', 'updates', 'gaps', 'usage'];
const ENDPOINTS: Record<ViewId, string> = {
  cases: '/api/tab/cases',
  updates: '/api/tab/updates',
  gaps: '/api/tab/gaps',
  usage: '/api/tab/usage',
};

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL} 0` },
  subtitle: { display: 'block', color: tokens.colorNeutralForeground2 },
  nav: { padding: `0 ${tokens.spacingHorizontalL}` },
  // On a phone the four views wrap to a second line rather than widen the page.
  tabs: { flexWrap: 'wrap' },
  main: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    maxWidth: '1200px',
    minWidth: 0,
  },
  banner: { margin: `${tokens.spacingVerticalS} 0` },
});

type Loaded = { view: ViewId; data: unknown } | { view: ViewId; error: string } | undefined;

function useTheme(host: Host): ThemeName {
  const [theme, setTheme] = useState<ThemeName>(host.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  return theme;
}

export function App(props: { readonly host: Host; readonly initialView?: string }) {
  const { host } = props;
  const theme = useTheme(host);
  const language = languageOf(host.locale);
  const texts = textsFor(language);
  const api = useMemo(() => createApi(host, language), [host, language]);
  return (
    <FluentProvider theme={THEMES[theme]} dir="ltr" lang={language}>
      <Overview api={api} texts={texts} language={language} initialView={props.initialView} />
    </FluentProvider>
  );
}

function Overview(props: {
  readonly api: Api;
  readonly texts: Texts;
  readonly language: 'da' | 'en';
  readonly initialView?: string;
}) {
  const { api, texts, language } = props;
  const styles = useStyles();
  const [me, setMe] = useState<MeView | { error: string } | undefined>();
  const [selected, setSelected] = useState<ViewId>(
    VIEW_IDS.includes(props.initialView as ViewId) ? (props.initialView as ViewId) : 'cases',
  );
  const [loaded, setLoaded] = useState<Loaded>();

  const loadMe = useCallback(() => {
    setMe(undefined);
    api.get<MeView>('/api/tab/me').then(setMe, (error: Error) => setMe({ error: error.message }));
  }, [api]);
  useEffect(loadMe, [loadMe]);

  const allowed = me && 'views' in me ? VIEW_IDS.filter((id) => me.views[id]) : [];
  const view = allowed.includes(selected) ? selected : 'cases';

  // Starts at once, beside /api/tab/me: Mine sager is everyone's, so the first view need not wait
  // for the permissions (a view the user may not see would be refused by the server anyway).
  const loadView = useCallback(() => {
    setLoaded(undefined);
    api.get<unknown>(ENDPOINTS[view]).then(
      (data) => setLoaded({ view, data }),
      (error: Error) => setLoaded({ view, error: error.message }),
    );
  }, [api, view]);
  useEffect(loadView, [loadView]);

  useEffect(() => {
    document.title = `${texts.appTitle}: ${texts.views[view]}`;
  }, [texts, view]);

  let content: ReactNode;
  if (!me) content = <Spinner label={texts.loading} />;
  else if ('error' in me) content = <Problem texts={texts} message={me.error} onRetry={loadMe} />;
  else if (!loaded || loaded.view !== view) content = <Spinner label={texts.loading} />;
  else if ('error' in loaded) content = <Problem texts={texts} message={loaded.error} onRetry={loadView} />;
  else
    content = (
      // The marker appears once the view's data and code are both there (tests wait for it).
      <div data-testid={`view-${view}`}>
        {view === 'cases' ? (
          <CasesPanel data={loaded.data as CasesView} texts={texts} language={language} />
        ) : view === 'updates' ? (
          <UpdatesPanel data={loaded.data as UpdatesView} texts={texts} language={language} api={api} />
        ) : view === 'gaps' ? (
          <GapsPanel data={loaded.data as GapsView} texts={texts} language={language} />
        ) : (
          <UsagePanel data={loaded.data as UsageView} texts={texts} language={language} />
        )}
      </div>
    );

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" size={600} weight="semibold">
          {texts.appTitle}
        </Text>
        <Text className={styles.subtitle}>
          {me && 'views' in me && me.name && !me.development ? texts.signedInAs(me.name) : texts.appSubtitle}
        </Text>
        {me && 'views' in me && me.development && (
          <MessageBar intent="warning" className={styles.banner} data-testid="development-identity">
            <MessageBarBody>{texts.developmentIdentity(me.name ?? '')}</MessageBarBody>
          </MessageBar>
        )}
      </header>
      {allowed.length > 0 && (
        <nav aria-label={texts.viewsLabel} className={styles.nav}>
          <TabList
            className={styles.tabs}
            selectedValue={view}
            onTabSelect={(_, data) => setSelected(data.value as ViewId)}
          >
            {allowed.map((id) => (
              <Tab key={id} value={id} id={`tab-${id}`} aria-controls="view-panel">
                {texts.views[id]}
              </Tab>
            ))}
          </TabList>
        </nav>
      )}
      <main className={styles.main} aria-busy={!loaded || loaded.view !== view}>
        <div id="view-panel" role="tabpanel" aria-labelledby={`tab-${view}`}>
          <Text as="h2" size={500} weight="semibold" block>
            {texts.views[view]}
          </Text>
          <Suspense fallback={<Spinner label={texts.loading} />}>{content}</Suspense>
        </div>
      </main>
    </div>
  );
}

function Problem(props: { readonly texts: Texts; readonly message: string; readonly onRetry: () => void }) {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{props.texts.errorTitle}</MessageBarTitle>
        {props.message}
      </MessageBarBody>
      <Button onClick={props.onRetry}>{props.texts.retry}</Button>
    </MessageBar>
  );
}
