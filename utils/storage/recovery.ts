import * as z from 'zod/mini';
import { HistoryEntrySchema } from './history';
import { historyItem, preferencesItem } from './items';
import { addStorageNotice, backupItem } from './notice';
import { DEFAULT_PREFERENCES, PreferencesSchema } from './preferences';
import { salvage } from './salvage';

interface StoredItem<T> {
  getValue(): Promise<unknown>;
  setValue(value: T): Promise<void>;
}

export interface RecoverySpec<T> {
  /** Short name, used for the backup key and in the notice. */
  name: string;
  item: StoredItem<T>;
  schema: z.ZodMiniType<T>;
  fallback: T;
}

/** A backup bigger than this is kept as truncated JSON text: enough to inspect, never a quota risk. */
const BACKUP_MAX_CHARS = 100_000;

function backupValueOf(raw: unknown): unknown {
  try {
    const json = JSON.stringify(raw);
    return json.length <= BACKUP_MAX_CHARS ? raw : `${json.slice(0, BACKUP_MAX_CHARS)}…[truncated]`;
  } catch {
    return String(raw).slice(0, BACKUP_MAX_CHARS);
  }
}

/**
 * Repairs one stored item that no longer matches its schema (garbage, wrong types, a shape from an
 * older or newer version that no migration handled): keeps the original in `backup:<name>`, writes
 * back what can be salvaged (the defaults for the rest) and leaves a notice for the options page.
 * Returns whether anything was repaired. Run it where writes to the item are serialized.
 */
export async function repairItem<T>(spec: RecoverySpec<T>, now = new Date()): Promise<boolean> {
  const raw = await spec.item.getValue();
  const { value, repaired } = salvage(spec.schema, raw, spec.fallback);
  if (!repaired) return false;
  const reason = z.prettifyError(spec.schema.safeParse(raw).error!).replace(/\s+/g, ' ').slice(0, 300);
  const backupKey = `backup:${spec.name}`;
  await backupItem(spec.name).setValue({ savedAt: now.toISOString(), value: backupValueOf(raw) });
  await spec.item.setValue(value);
  await addStorageNotice({ item: spec.name, repairedAt: now.toISOString(), backupKey, reason });
  console.warn(`[candor] repaired stored ${spec.name}; the original is kept in ${backupKey}:`, reason);
  return true;
}

export const preferencesRecovery: RecoverySpec<z.infer<typeof PreferencesSchema>> = {
  name: 'preferences',
  item: preferencesItem,
  schema: PreferencesSchema,
  fallback: DEFAULT_PREFERENCES,
};

export const historyRecovery: RecoverySpec<z.infer<typeof HistoryEntrySchema>[]> = {
  name: 'history',
  item: historyItem,
  schema: z.array(HistoryEntrySchema),
  fallback: [],
};
