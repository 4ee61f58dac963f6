import { useEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import { uiLocale } from '@/utils/i18n/t';

export interface ChartSeries {
  label: string;
  /** A theme variable (--chart-1…4), so the series follows light and dark. */
  colorVar: string;
  values: number[];
}

interface Props {
  /** 'days': x holds local midnights in Unix seconds; 'sites': x is 0…n-1 with `categories` names. */
  kind: 'days' | 'sites';
  x: number[];
  categories?: string[];
  /** Legend name of the x values ("Day", "Site"). */
  xLabel: string;
  series: ChartSeries[];
}

const HEIGHT = 220;

/**
 * A uPlot chart, loaded on demand so only the options page ever fetches the library. It is
 * decorative for assistive technology (aria-hidden): each chart's figures are also in a table.
 */
export function Chart({ kind, x, categories = [], xLabel, series }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    let plot: uPlot | undefined;
    let disposed = false;
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    const draw = async () => {
      const [{ default: UPlot }] = await Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]);
      if (disposed) return;
      plot?.destroy();
      plot = new UPlot(optionsFor(UPlot, element.clientWidth || 600), [x, ...series.map((s) => s.values)], element);
    };
    const optionsFor = (UPlot: typeof uPlot, width: number): uPlot.Options => {
      const css = getComputedStyle(document.documentElement);
      const color = (name: string) => css.getPropertyValue(name).trim();
      const axis = { stroke: color('--text'), grid: { stroke: color('--border'), width: 1 }, ticks: { stroke: color('--border') } };
      const dayLabel = new Intl.DateTimeFormat(uiLocale(), { month: 'short', day: 'numeric' });
      const bars = (i: number) =>
        UPlot.paths.bars!({ size: [0.8 / series.length, 40], align: series.length === 1 ? 0 : i === 0 ? -1 : 1 });
      return {
        width,
        height: HEIGHT,
        scales: {
          x: kind === 'days' ? { time: true } : { time: false, range: [-0.5, Math.max(0.5, x.length - 0.5)] },
          y: { range: (_u, _min, max) => [0, Math.max(1, max)] },
        },
        axes: [
          kind === 'days'
            ? { ...axis, incrs: [86_400, 2 * 86_400, 7 * 86_400, 30 * 86_400], values: (_u, splits) => splits.map((s) => dayLabel.format(s * 1000)) }
            : { ...axis, splits: () => x, values: (_u, splits) => splits.map((s) => shorten(categories[s] ?? '')) },
          { ...axis, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], values: (_u, splits) => splits.map((s) => new Intl.NumberFormat(uiLocale()).format(s)) },
        ],
        series: [
          { label: xLabel, value: (_u, v) => (v === null ? '' : kind === 'days' ? dayLabel.format(v * 1000) : (categories[v] ?? '')) },
          ...series.map((s, i) => ({
            label: s.label,
            stroke: color(s.colorVar),
            fill: kind === 'sites' ? color(s.colorVar) : undefined,
            width: 2,
            points: { show: kind === 'days' },
            ...(kind === 'sites' ? { paths: bars(i) } : {}),
          })),
        ],
        cursor: { drag: { x: false, y: false } },
      };
    };
    void draw();
    const resize = new ResizeObserver(() => plot?.setSize({ width: element.clientWidth, height: HEIGHT }));
    resize.observe(element);
    const redraw = () => void draw();
    scheme.addEventListener('change', redraw);
    return () => {
      disposed = true;
      resize.disconnect();
      scheme.removeEventListener('change', redraw);
      plot?.destroy();
    };
  }, [kind, x, categories, xLabel, series]);
  // Fixed height reserved up front: the page does not jump when the chart arrives.
  return <div ref={host} class="chart" aria-hidden="true" style={{ minHeight: `${HEIGHT + 40}px` }} />;
}

function shorten(name: string): string {
  return name.length > 16 ? `${name.slice(0, 15)}…` : name;
}
