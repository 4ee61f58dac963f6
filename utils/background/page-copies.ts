import type { Browser } from 'wxt/browser';
import type { ArticleChunk } from '../messaging/messages';
import { MAX_PAGE_HTML } from '../messaging/values';

/** Copies held at once (one per sending document): a new one makes room by dropping the oldest. */
export const MAX_HELD_COPIES = 4;
/** A copy whose extract request did not follow within this time since its last chunk is dropped. */
export const COPY_TTL_MS = 30_000;

interface HeldCopy {
  id: string;
  parts: (string | undefined)[];
  received: number;
  chars: number;
  expiry: ReturnType<typeof setTimeout>;
}

/**
 * Page copies arriving in chunks (article:chunk), in the worker's memory only: a stopped worker
 * loses them, and the page, told so by the extract answer, sends them again. Keyed by the sending
 * document (Chromium names it; elsewhere tab and frame), so a page can neither complete nor read a
 * copy another document sent; bounded in copies, characters per copy and time.
 */
const held = new Map<string, HeldCopy>();

type Sender = Pick<Browser.runtime.MessageSender, 'tab' | 'frameId' | 'documentId'>;
const keyOf = (sender: Sender) => `${sender.tab?.id}:${sender.frameId ?? 0}:${sender.documentId ?? ''}`;

function drop(key: string): void {
  clearTimeout(held.get(key)?.expiry);
  held.delete(key);
}

/**
 * Keeps one chunk of the sender's copy (a chunk of a new copy replaces the sender's previous copy);
 * false when it cannot be kept: out of its copy's range, or the copy grows beyond MAX_PAGE_HTML.
 */
export function holdChunk(sender: Sender, chunk: ArticleChunk): boolean {
  if (chunk.index >= chunk.count) return false;
  const key = keyOf(sender);
  let copy = held.get(key);
  if (!copy || copy.id !== chunk.copy || copy.parts.length !== chunk.count) {
    drop(key);
    if (held.size >= MAX_HELD_COPIES) drop(held.keys().next().value!);
    copy = { id: chunk.copy, parts: new Array<string | undefined>(chunk.count), received: 0, chars: 0, expiry: setTimeout(() => drop(key), COPY_TTL_MS) };
    held.set(key, copy);
  }
  const previous = copy.parts[chunk.index];
  copy.chars += chunk.html.length - (previous?.length ?? 0);
  if (copy.chars > MAX_PAGE_HTML) {
    drop(key);
    return false;
  }
  if (previous === undefined) copy.received++;
  copy.parts[chunk.index] = chunk.html;
  clearTimeout(copy.expiry);
  copy.expiry = setTimeout(() => drop(key), COPY_TTL_MS);
  return true;
}

/**
 * The sender's whole copy `id` of `count` chunks, joined in order, and forgotten; undefined when it
 * is not all here (a chunk lost, the worker restarted, or another copy replaced it).
 */
export function takeCopy(sender: Sender, id: string, count: number): string | undefined {
  const key = keyOf(sender);
  const copy = held.get(key);
  if (!copy || copy.id !== id) return undefined;
  drop(key);
  return copy.parts.length === count && copy.received === count ? copy.parts.join('') : undefined;
}

/** What is held now, for tests of the bounds. */
export function heldCopies(): { copies: number; chars: number } {
  let chars = 0;
  for (const copy of held.values()) chars += copy.chars;
  return { copies: held.size, chars };
}
