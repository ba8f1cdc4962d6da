import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { LineChart, type LineChartPoints } from '@fluentui/react-charts';
import type { Api } from '../api';
import { DataTable, formatDate } from '../components';
import type { Texts } from '../texts';
import type { PostRow, UpdatesView } from '../types';

const useStyles = makeStyles({
  post: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalL,
    marginBottom: tokens.spacingVerticalXXL,
    minWidth: 0,
  },
  title: { overflowWrap: 'anywhere', wordBreak: 'break-word', display: 'block' },
  meta: { display: 'block', marginBottom: tokens.spacingVerticalM, color: tokens.colorNeutralForeground2 },
  chart: { maxWidth: '100%', overflow: 'hidden', marginBottom: tokens.spacingVerticalL },
});

const SERIES_COLOURS = ['#0f6cbd', '#c50f1f', '#107c10', '#8764b8', '#ca5010', '#038387'];

function chartData(post: PostRow, texts: Texts): LineChartPoints[] {
  const series = [
    { id: 'all', name: texts.updates.allAudiences },
    ...post.audiences.filter((a) => a.members !== null).map((a) => ({ id: a.audienceId, name: a.name })),
  ];
  return series.map((s, i) => ({
    legend: s.name,
    color: SERIES_COLOURS[i % SERIES_COLOURS.length],
    data: post.timeline.map((point) => ({
      x: new Date(`${point.date}T12:00:00Z`),
      y: point.counts[s.id] ?? 0,
    })),
  }));
}

function PostSection(props: {
  readonly post: PostRow;
  readonly texts: Texts;
  readonly language: 'da' | 'en';
  readonly api: Api;
}) {
  const { post, texts, language, api } = props;
  const t = texts.updates;
  const styles = useStyles();
  const headingId = `post-${post.id}`;
  return (
    <article className={styles.post} aria-labelledby={headingId} data-testid="post">
      <Text as="h3" size={500} weight="semibold" id={headingId} className={styles.title} dir="auto">
        {post.title}
      </Text>
      <Text className={styles.meta}>
        {(post.publishedAt ? t.published(formatDate(post.publishedAt, language, true)) : t.notPublished) +
          ` · ${t.postStatus[post.status] ?? post.status} · ${t.ackCount(post.ackCount)}`}
      </Text>
      {post.timeline.length > 1 && (
        <div className={styles.chart} role="img" aria-label={t.chartTitle(post.title)}>
          <LineChart
            data={{ chartTitle: t.chartTitle(post.title), lineChartData: chartData(post, texts) }}
            height={220}
            culture={language === 'en' ? 'en-GB' : 'da-DK'}
          />
        </div>
      )}
      <DataTable
        caption={t.audiencesCaption}
        empty={t.nobodyYet}
        rows={post.audiences}
        rowKey={(row) => row.audienceId}
        columns={[
          { key: 'audience', header: t.audience, render: (row) => row.name, userText: true },
          { key: 'members', header: t.members, render: (row) => row.members ?? t.unknownMembers },
          {
            key: 'acknowledged',
            header: t.acknowledged,
            render: (row) => row.acknowledged ?? t.unknownMembers,
          },
          {
            key: 'missing',
            header: t.missing,
            render: (row) => (row.notYet === null ? t.unknownMembers : row.notYet.join(', ')),
            userText: true,
          },
        ]}
      />
      <DataTable
        caption={t.acknowledgedCaption}
        empty={t.nobodyYet}
        rows={post.acknowledgements}
        rowKey={(row) => `${row.name}.${row.at}`}
        columns={[
          { key: 'name', header: t.name, render: (row) => row.name, userText: true },
          { key: 'time', header: t.time, render: (row) => formatDate(row.at, language, true) },
        ]}
      />
      <Button
        aria-label={t.exportCsvLabel(post.title)}
        onClick={() =>
          void api.download(
            `/api/tab/updates/${encodeURIComponent(post.id)}/acknowledgements.csv?lang=${language}`,
            `laest-og-forstaaet-${post.id}.csv`,
          )
        }
      >
        {t.exportCsv}
      </Button>
    </article>
  );
}

export function UpdatesPanel(props: {
  readonly data: UpdatesView;
  readonly texts: Texts;
  readonly language: 'da' | 'en';
  readonly api: Api;
}) {
  if (props.data.posts.length === 0) return <Text>{props.texts.updates.none}</Text>;
  return (
    <>
      {props.data.posts.map((post) => (
        <PostSection
          key={post.id}
          post={post}
          texts={props.texts}
          language={props.language}
          api={props.api}
        />
      ))}
    </>
  );
}
