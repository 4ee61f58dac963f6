import { useMemo, useState } from 'preact/hooks';
import type { HistoryEntry } from '@/utils/storage/history';
import { t, type MessageKey } from '@/utils/i18n/t';
import { formatDate, formatNumber } from '../ui/format';
import { Chart } from './Chart';
import { figuresPerDay, figuresPerSite, totals, type Figures } from './figures';

type Column = { key: keyof Figures; label: MessageKey };

const DAY_COLUMNS: Column[] = [
  { key: 'aiImages', label: 'figAiImages' },
  { key: 'aiStories', label: 'figAiStories' },
  { key: 'bannersRejected', label: 'figBannersRejected' },
  { key: 'walls', label: 'figWalls' },
];
const SITE_COLUMNS: Column[] = [{ key: 'pages', label: 'figPages' }, ...DAY_COLUMNS];
const COLORS = ['--chart-1', '--chart-2', '--chart-3', '--chart-4'];

/** Per-day and per-site figures of what Candor saw and did, as charts with equivalent tables. */
export function HistoryView({ history }: { history: HistoryEntry[] }) {
  const days = useMemo(() => figuresPerDay(history), [history]);
  const sites = useMemo(() => figuresPerSite(history), [history]);
  const sum = useMemo(() => totals(history), [history]);
  // Stable chart inputs: a chart is rebuilt only when its figures change, not on every save.
  const dayChart = useMemo(
    () => (
      <Chart
        kind="days"
        x={days.map((d) => d.day)}
        xLabel={t('figDay')}
        series={DAY_COLUMNS.map((c, i) => ({ label: t(c.label), colorVar: COLORS[i]!, values: days.map((d) => d[c.key]) }))}
      />
    ),
    [days],
  );
  const siteChart = useMemo(
    () => (
      <Chart
        kind="sites"
        x={sites.map((_, i) => i)}
        categories={sites.map((s) => s.site)}
        xLabel={t('figSite')}
        series={[
          { label: t('figAiLabelled'), colorVar: COLORS[0]!, values: sites.map((s) => s.aiImages + s.aiStories) },
          { label: t('figBannersRejected'), colorVar: COLORS[2]!, values: sites.map((s) => s.bannersRejected) },
        ]}
      />
    ),
    [sites],
  );
  if (history.length === 0) return <p class="muted">{t('historyEmpty')}</p>;
  return (
    <div class="history">
      <p data-testid="history-totals">
        {t('historyTotals', {
          pages: formatNumber(sum.pages),
          ai: formatNumber(sum.aiImages + sum.aiStories),
          banners: formatNumber(sum.bannersRejected),
          walls: formatNumber(sum.walls),
        })}
      </p>
      <ChartOrTable
        id="per-day"
        title={t('historyPerDay')}
        chart={dayChart}
        rowHeader={t('figDay')}
        rows={days.map((d) => ({ name: formatDate(new Date(d.day * 1000).toISOString(), true) ?? '', figures: d }))}
        columns={DAY_COLUMNS}
      />
      <ChartOrTable
        id="per-site"
        title={t('historyPerSite')}
        chart={siteChart}
        rowHeader={t('figSite')}
        rows={sites.map((s) => ({ name: s.site, figures: s }))}
        columns={SITE_COLUMNS}
      />
    </div>
  );
}

interface ChartOrTableProps {
  id: string;
  title: string;
  chart: preact.ComponentChild;
  rowHeader: string;
  rows: Array<{ name: string; figures: Figures }>;
  columns: Column[];
}

/**
 * The chart is hidden from assistive technology and the table is always in the accessibility
 * tree (visually hidden until "Show as table"), so screen-reader users get the same figures.
 */
function ChartOrTable({ id, title, chart, rowHeader, rows, columns }: ChartOrTableProps) {
  const [asTable, setAsTable] = useState(false);
  return (
    <figure class="chart-figure" aria-labelledby={`${id}-title`}>
      <div class="row spread">
        <figcaption id={`${id}-title`} class="chart-title">
          {title}
        </figcaption>
        <button type="button" aria-pressed={asTable} aria-controls={`${id}-table`} onClick={() => setAsTable(!asTable)}>
          {t('showAsTable')}
        </button>
      </div>
      {!asTable && chart}
      <div class={asTable ? 'table-wrap' : 'sr-only'}>
        <table id={`${id}-table`} data-testid={`${id}-table`}>
          <caption class="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {t(c.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.name}</th>
                {columns.map((c) => (
                  <td key={c.key}>{formatNumber(row.figures[c.key])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
