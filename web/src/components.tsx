import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  block: { marginBottom: tokens.spacingVerticalXL, maxWidth: '100%', minWidth: 0 },
  caption: { display: 'block', marginBottom: tokens.spacingVerticalS },
  // Narrower than the table's minimum (a phone), the table scrolls inside its own region; the
  // page itself never gets wider than the window.
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  table: { tableLayout: 'fixed', width: '100%' },
  // User text (titles, names, comments) may be very long or right-to-left: wrap anywhere, let the
  // browser pick the direction per cell, never widen the page.
  cell: { overflowWrap: 'anywhere', wordBreak: 'break-word', whiteSpace: 'normal', verticalAlign: 'top' },
  empty: { color: tokens.colorNeutralForeground3 },
});

export interface Column<Row> {
  readonly key: string;
  readonly header: string;
  readonly render: (row: Row) => ReactNode;
  /** User-written text: its direction follows the text itself. */
  readonly userText?: boolean;
}

/** A data table with a visible caption that also names it for screen readers. */
export function DataTable<Row>(props: {
  readonly caption: string;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  readonly empty: string;
  readonly testId?: string;
}) {
  const styles = useStyles();
  const captionId = useId();
  return (
    <section className={styles.block} aria-labelledby={captionId} data-testid={props.testId}>
      <Text as="h3" weight="semibold" size={400} id={captionId} className={styles.caption}>
        {props.caption}
      </Text>
      {props.rows.length === 0 ? (
        <Text className={styles.empty}>{props.empty}</Text>
      ) : (
        <div
          className={styles.scroller}
          role="region"
          aria-labelledby={captionId}
          // Focusable so that a keyboard user can scroll it sideways.
          tabIndex={0}
        >
          <Table
            aria-labelledby={captionId}
            className={styles.table}
            style={{ minWidth: `${Math.min(640, props.columns.length * 96)}px` }}
            size="small"
          >
            <TableHeader>
              <TableRow>
                {props.columns.map((column) => (
                  <TableHeaderCell key={column.key} scope="col" className={styles.cell}>
                    {column.header}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {props.rows.map((row) => (
                <TableRow key={props.rowKey(row)}>
                  {props.columns.map((column) => (
                    <TableCell
                      key={column.key}
                      className={styles.cell}
                      dir={column.userText ? 'auto' : undefined}
                    >
                      {column.render(row)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

export function formatDate(iso: string | undefined, language: 'da' | 'en', withTime = false): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    timeZone: 'Europe/Copenhagen',
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(date);
}
