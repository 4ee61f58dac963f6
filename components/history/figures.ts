import type { HistoryEntry } from '@/utils/storage/history';

/** What Candor saw and did, summed for one day or one site. */
export interface Figures {
  pages: number;
  aiImages: number;
  aiStories: number;
  /** Banners answered without consenting to more than allowed (rejected or custom). */
  bannersRejected: number;
  walls: number;
}

export interface DayFigures extends Figures {
  /** Local midnight of the day, as a Unix time in seconds (uPlot's x unit). */
  day: number;
}

export interface SiteFigures extends Figures {
  site: string;
}

function empty(): Figures {
  return { pages: 0, aiImages: 0, aiStories: 0, bannersRejected: 0, walls: 0 };
}

function add(figures: Figures, entry: HistoryEntry): void {
  figures.pages += 1;
  figures.aiImages += entry.aiImages;
  figures.aiStories += entry.aiStories;
  if (entry.consentOutcome === 'rejected' || entry.consentOutcome === 'custom') figures.bannersRejected += 1;
  if (entry.consentOutcome === 'wall') figures.walls += 1;
}

function localMidnight(iso: string): number | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  date.setHours(0, 0, 0, 0);
  return date.getTime() / 1000;
}

/**
 * One row per day, oldest first, from the first day with entries (or `minDays` before `now`,
 * whichever is earlier) to today, days without entries as zeros: a trend needs its quiet days.
 */
export function figuresPerDay(history: HistoryEntry[], now = new Date(), minDays = 7): DayFigures[] {
  const days = new Map<number, DayFigures>();
  for (const entry of history) {
    const day = localMidnight(entry.scannedAt);
    if (day === null) continue;
    const figures = days.get(day) ?? { day, ...empty() };
    add(figures, entry);
    days.set(day, figures);
  }
  if (days.size === 0) return [];
  const today = new Date(now);
  today.setHours(0, 0, 0, 0);
  const cursor = new Date(today);
  cursor.setDate(cursor.getDate() - (minDays - 1));
  const first = Math.min(...days.keys());
  if (first * 1000 < cursor.getTime()) cursor.setTime(first * 1000);
  const last = Math.max(today.getTime() / 1000, ...days.keys());
  const rows: DayFigures[] = [];
  // Step by calendar day (not 86,400 s) so daylight-saving changes do not skip or repeat a day.
  while (cursor.getTime() / 1000 <= last) {
    const day = cursor.getTime() / 1000;
    rows.push(days.get(day) ?? { day, ...empty() });
    cursor.setDate(cursor.getDate() + 1);
  }
  return rows;
}

/** The `limit` busiest sites (most pages, then most AI findings), busiest first. */
export function figuresPerSite(history: HistoryEntry[], limit = 8): SiteFigures[] {
  const sites = new Map<string, SiteFigures>();
  for (const entry of history) {
    const key = entry.site || '—';
    const figures = sites.get(key) ?? { site: key, ...empty() };
    add(figures, entry);
    sites.set(key, figures);
  }
  return [...sites.values()]
    .sort((a, b) => b.pages - a.pages || b.aiImages + b.aiStories - (a.aiImages + a.aiStories) || a.site.localeCompare(b.site))
    .slice(0, limit);
}

export function totals(history: HistoryEntry[]): Figures {
  const figures = empty();
  for (const entry of history) add(figures, entry);
  return figures;
}
