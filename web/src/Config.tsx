import {
  Field,
  FluentProvider,
  Select,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Host } from './host';
import { languageOf, textsFor } from './texts';
import type { ViewId } from './types';

const useStyles = makeStyles({
  main: {
    padding: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

/** The configurable channel tab's settings page: which view the tab opens with. */
export function ConfigPage(props: { readonly host: Host }) {
  const texts = textsFor(languageOf(props.host.locale));
  const styles = useStyles();
  const [view, setView] = useState<ViewId>('cases');
  useEffect(() => {
    const pages = props.host.pages;
    if (!pages) return;
    pages.config.registerOnSaveHandler((save) => {
      const origin = window.location.origin;
      void pages.config
        .setConfig({
          entityId: `overblik-${view}`,
          contentUrl: `${origin}/tab/overblik?view=${view}`,
          websiteUrl: `${origin}/tab/overblik?view=${view}`,
          suggestedDisplayName: texts.appTitle,
        })
        .then(
          () => save.notifySuccess(),
          (error: Error) => save.notifyFailure(error.message),
        );
    });
    pages.config.setValidityState(true);
  }, [props.host, view, texts]);
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.main}>
        <Text as="h1" size={500} weight="semibold">
          {texts.config.heading}
        </Text>
        <Field label={texts.config.choose} hint={texts.config.hint}>
          <Select value={view} onChange={(_, data) => setView(data.value as ViewId)}>
            {(['cases', 'updates', 'gaps', 'usage'] as const).map((id) => (
              <option key={id} value={id}>
                {texts.views[id]}
              </option>
            ))}
          </Select>
        </Field>
      </main>
    </FluentProvider>
  );
}
