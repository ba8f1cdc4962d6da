import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { VerticalBarChart } from '@fluentui/react-charts';
import { DataTable } from '../components';
import type { Texts } from '../texts';
import type { UsageView } from '../types';

const useStyles = makeStyles({
  note: { display: 'block', marginBottom: tokens.spacingVerticalL },
  chart: { maxWidth: '100%', overflow: 'hidden', marginBottom: tokens.spacingVerticalL },
});

export function UsagePanel(props: {
  readonly data: UsageView;
  readonly texts: Texts;
  readonly language: 'da' | 'en';
}) {
  const { data, texts, language } = props;
  const t = texts.usage;
  const styles = useStyles();
  const shown = (value: number | null) => (value === null ? t.suppressed : value.toLocaleString(language));
  const rate = (value: number | null) =>
    value === null ? t.hiddenRate : `${Math.round(value * 100).toLocaleString(language)} %`;
  const bars = data.pathways
    .filter((p) => p.count !== null)
    .map((p) => ({
      x: texts.pathways[p.pathway] ?? p.pathway,
      y: p.count ?? 0,
      legend: texts.pathways[p.pathway],
    }));
  return (
    <>
      <Text className={styles.note}>{t.note}</Text>
      <DataTable
        testId="usage-weeks"
        caption={t.weeksCaption}
        empty=""
        rows={data.weeks}
        rowKey={(row) => row.week}
        columns={[
          { key: 'week', header: t.week, render: (row) => row.week },
          { key: 'questions', header: t.questions, render: (row) => shown(row.questions) },
          { key: 'answered', header: t.answered, render: (row) => shown(row.answered) },
          { key: 'rate', header: t.answerRate, render: (row) => rate(row.answerRate) },
          { key: 'opened', header: t.threadsOpened, render: (row) => shown(row.threadsOpened) },
          { key: 'closed', header: t.threadsClosed, render: (row) => shown(row.threadsClosed) },
        ]}
      />
      {bars.length > 0 && (
        <div className={styles.chart} role="img" aria-label={t.chartTitle}>
          <VerticalBarChart
            data={bars}
            chartTitle={t.chartTitle}
            height={220}
            hideLegend
            culture={language === 'en' ? 'en-GB' : 'da-DK'}
          />
        </div>
      )}
      <DataTable
        testId="usage-pathways"
        caption={t.pathwaysCaption}
        empty=""
        rows={data.pathways}
        rowKey={(row) => row.pathway}
        columns={[
          { key: 'pathway', header: t.pathway, render: (row) => texts.pathways[row.pathway] ?? row.pathway },
          { key: 'count', header: t.count, render: (row) => shown(row.count) },
        ]}
      />
    </>
  );
}
