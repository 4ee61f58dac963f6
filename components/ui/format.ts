import { uiLocale } from '@/utils/i18n/t';

/** Dates, numbers and language names in the UI's language, through Intl. */

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLocale()).format(value);
}

/** A date (and time, unless `dateOnly`) or null when the string is not a date. */
export function formatDate(iso: string, dateOnly = false): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const options: Intl.DateTimeFormatOptions = dateOnly
    ? { dateStyle: 'medium' }
    : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(uiLocale(), options).format(date);
}

/** "Chinese" for "zh" (in the UI's language); the raw tag when Intl does not know it. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Milliseconds as "0.8 s" / "120 ms", in the UI's number format. */
export function formatDuration(ms: number): string {
  const unit = ms >= 1000 ? 'second' : 'millisecond';
  const value = ms >= 1000 ? Math.round(ms / 100) / 10 : Math.round(ms);
  return new Intl.NumberFormat(uiLocale(), { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}
