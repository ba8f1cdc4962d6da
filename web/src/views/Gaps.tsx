import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { LineChart } from '@fluentui/react-charts';
import { DataTable, formatDate } from '../components';
import type { Texts } from '../texts';
import type { GapsView } from '../types';

const useStyles = makeStyles({
  chart: { maxWidth: '100%', overflow: 'hidden', marginBottom: tokens.spacingVerticalL },
});

/** Monday of an ISO week ("2026-W09"), for the chart's time axis. */
function mondayOf(week: string): Date {
  const [year, number] = week.split('-W').map(Number) as [number, number];
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  return new Date(monday.getTime() + (number - 1) * 7 * 86_400_000);
}

export function GapsPanel(props: {
  readonly data: GapsView;
  readonly texts: Texts;
  readonly language: 'da' | 'en';
}) {
  const { data, texts, language } = props;
  const t = texts.gaps;
  const styles = useStyles();
  return (
    <>
      <div className={styles.chart} role="img" aria-label={t.chartTitle}>
        <LineChart
          height={220}
          culture={language === 'en' ? 'en-GB' : 'da-DK'}
          data={{
            chartTitle: t.chartTitle,
            lineChartData: [
              {
                legend: t.negative,
                color: '#c50f1f',
                data: data.weeks.map((w) => ({ x: mondayOf(w.week), y: w.negative })),
              },
              {
                legend: t.unanswered,
                color: '#0f6cbd',
                data: data.weeks.map((w) => ({ x: mondayOf(w.week), y: w.unanswered })),
              },
            ],
          }}
        />
      </div>
      <DataTable
        caption={t.weeksCaption}
        empty=""
        rows={data.weeks}
        rowKey={(row) => row.week}
        columns={[
          { key: 'week', header: t.week, render: (row) => row.week },
          { key: 'negative', header: t.negative, render: (row) => row.negative },
          { key: 'unanswered', header: t.unanswered, render: (row) => row.unanswered },
        ]}
      />
      <DataTable
        caption={t.topicsCaption}
        empty={t.noTopics}
        rows={data.topics}
        rowKey={(row) => row.topic}
        columns={[
          { key: 'topic', header: t.topic, render: (row) => row.topic, userText: true },
          { key: 'count', header: t.count, render: (row) => row.count },
        ]}
      />
      <DataTable
        caption={t.ticketsCaption}
        empty={t.noTickets}
        rows={data.tickets}
        rowKey={(row) => row.id}
        columns={[
          { key: 'topic', header: t.topic, render: (row) => row.topic, userText: true },
          { key: 'opened', header: t.opened, render: (row) => formatDate(row.openedAt, language) },
        ]}
      />
      <DataTable
        caption={t.commentsCaption}
        empty={t.noComments}
        rows={data.recentComments}
        rowKey={(row) => `${row.at}.${row.comment.slice(0, 20)}`}
        columns={[
          { key: 'time', header: texts.updates.time, render: (row) => formatDate(row.at, language, true) },
          { key: 'comment', header: t.comment, render: (row) => <Text>{row.comment}</Text>, userText: true },
        ]}
      />
    </>
  );
}
