import { Badge, Link, Text } from '@fluentui/react-components';
import { DataTable, formatDate } from '../components';
import type { Texts } from '../texts';
import type { CasesView } from '../types';

export function CasesPanel(props: {
  readonly data: CasesView;
  readonly texts: Texts;
  readonly language: 'da' | 'en';
}) {
  const { data, texts, language } = props;
  const t = texts.cases;
  const openLink = (link: string, caseRef: string) =>
    link ? (
      <Link href={link} target="_blank" rel="noreferrer" aria-label={t.openLabel(caseRef)}>
        {t.open}
      </Link>
    ) : (
      <Text>{t.noLink}</Text>
    );
  return (
    <>
      <DataTable
        testId="threads"
        caption={t.threadsCaption}
        empty={t.noThreads}
        rows={data.threads}
        rowKey={(row) => row.threadId}
        columns={[
          { key: 'case', header: t.caseRef, render: (row) => row.caseRef },
          { key: 'pathway', header: t.pathway, render: (row) => texts.pathways[row.pathway] ?? row.pathway },
          { key: 'status', header: t.status, render: (row) => texts.statuses[row.status] ?? row.status },
          { key: 'role', header: t.role, render: (row) => (row.isLead ? t.lead : t.participant) },
          {
            key: 'meeting',
            header: t.nextMeeting,
            render: (row) => formatDate(row.nextMeeting, language, true),
          },
          { key: 'open', header: t.openTasks, render: (row) => row.openTasks },
          {
            key: 'overdue',
            header: t.overdueTasks,
            render: (row) =>
              row.overdueTasks > 0 ? (
                <Badge color="danger" appearance="filled">
                  {row.overdueTasks}
                </Badge>
              ) : (
                0
              ),
          },
          { key: 'link', header: t.open, render: (row) => openLink(row.link, row.caseRef) },
        ]}
      />
      <DataTable
        testId="tasks"
        caption={t.tasksCaption}
        empty={t.noTasks}
        rows={data.tasks}
        rowKey={(row) => `${row.threadId}.${row.taskId}`}
        columns={[
          { key: 'title', header: t.task, render: (row) => row.title, userText: true },
          { key: 'case', header: t.caseRef, render: (row) => row.caseRef },
          { key: 'due', header: t.due, render: (row) => (row.due ? formatDate(row.due, language) : t.noDue) },
          {
            key: 'state',
            header: t.status,
            render: (row) =>
              row.overdue ? (
                <Badge color="danger" appearance="filled">
                  {t.overdue}
                </Badge>
              ) : (
                t.onTime
              ),
          },
          { key: 'link', header: t.open, render: (row) => openLink(row.link, row.caseRef) },
        ]}
      />
    </>
  );
}
