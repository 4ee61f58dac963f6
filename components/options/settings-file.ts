import * as z from 'zod/mini';
import { PreferencesSchema, type Preferences } from '@/utils/storage/preferences';

/** The settings export: preferences wrapped with a format tag, so any other JSON is refused. */
export const SettingsFileSchema = z.object({
  format: z.literal('candor-settings'),
  version: z.literal(1),
  exportedAt: z.string(),
  preferences: PreferencesSchema,
});
export type SettingsFile = z.infer<typeof SettingsFileSchema>;

export function settingsFileOf(preferences: Preferences, now = new Date()): SettingsFile {
  return { format: 'candor-settings', version: 1, exportedAt: now.toISOString(), preferences };
}

export type ImportResult =
  | { ok: true; preferences: Preferences }
  | { ok: false; problem: 'not-json' | 'not-settings'; detail: string };

/**
 * Reads an imported file's text. Nothing is applied here: the caller saves the preferences only
 * on `ok`, so a bad file changes nothing. `detail` names the first offending field.
 */
export function parseSettingsFile(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  // English messages for `detail` (zod/mini has none of its own but "Invalid input").
  const parsed = SettingsFileSchema.safeParse(raw, { error: z.locales.en().localeError });
  if (parsed.success) return { ok: true, preferences: parsed.data.preferences };
  const issue = parsed.error.issues[0];
  const path = issue?.path.join('.') || '(file)';
  return { ok: false, problem: 'not-settings', detail: `${path}: ${issue?.message ?? 'invalid'}`.slice(0, 200) };
}
