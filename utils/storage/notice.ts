import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';

/**
 * What Candor repaired in storage, for the options page to tell the person. Each entry names the
 * storage item, when it was repaired and the key holding the unreadable original.
 */
export const StorageNoticeSchema = z.object({
  items: z
    .array(
      z.object({
        item: z.string(),
        repairedAt: z.string(),
        /** Storage key (without the area prefix) holding the original, e.g. "backup:preferences". */
        backupKey: z.string(),
        reason: z.string().check(z.maxLength(300)),
      }),
    )
    .check(z.maxLength(20)),
});
export type StorageNotice = z.infer<typeof StorageNoticeSchema>;

export const storageNoticeItem = storage.defineItem<StorageNotice | null>('local:storageNotice', { fallback: null });

/** Where the unreadable original of a storage item is kept: one backup per item, the latest. */
export function backupItem(name: string) {
  return storage.defineItem<{ savedAt: string; value: unknown } | null>(`local:backup:${name}`, { fallback: null });
}

/** The pending notice for the options page, or null when nothing was repaired since dismissal. */
export async function getStorageNotice(): Promise<StorageNotice | null> {
  const parsed = z.nullable(StorageNoticeSchema).safeParse(await storageNoticeItem.getValue());
  return parsed.success ? parsed.data : null;
}

/** The person has read the notice; the backups stay until "clear all data". */
export async function dismissStorageNotice(): Promise<void> {
  await storageNoticeItem.removeValue();
}

export async function addStorageNotice(entry: StorageNotice['items'][number]): Promise<void> {
  const current = (await getStorageNotice())?.items ?? [];
  const items = [entry, ...current.filter((e) => e.item !== entry.item)].slice(0, 20);
  await storageNoticeItem.setValue({ items });
}
