import type { FrameSetupAnswer } from './messages';
import { DEFAULT_PREFERENCES } from '../storage/default-preferences';

/*
 * The message contract's plain values, apart from its schemas (messages.ts): importing anything
 * from messages.ts builds its schemas (a `.check()` call is nothing the bundler can prove pure),
 * and the always-on content script must build none.
 */

/** Pages larger than this (in UTF-16 units) are read in the page, not copied to another process. */
export const MAX_PAGE_HTML = 8_000_000;
/**
 * The page copy travels in chunks of at most this many characters (article:chunk): in Chromium a
 * message above about 128 KiB of string (64 K characters of a two-byte string) costs the sending
 * page several times more per character. `npm run bench:copy-transfer`, 20 corpus pages, CPU of
 * the sending task: whole copy median 1.3 ms but p90 13.1, max 16.3; in chunks median 1.5, p90 2.0,
 * max 3.6. (Escaping the copy to ASCII first, cheaper on a synthetic string, cost real pages more
 * than it saved: median 2.9.) With structured-clone messages (Chromium 148+, wxt.config.ts) chunks
 * of this size still cost the sending task least: 30 K-character chunks and the whole copy cost
 * more in a microbenchmark over five corpus pages.
 */
export const COPY_CHUNK_CHARS = 16_000;
export const MAX_COPY_CHUNKS = Math.ceil(MAX_PAGE_HTML / COPY_CHUNK_CHARS);

/**
 * What a frame assumes without a (valid) `frame:setup` answer: the safe side, default preferences
 * (reject everything non-essential) and no known platform to look for (home-made dialogs still are).
 */
export const UNANSWERED_FRAME_SETUP: FrameSetupAnswer = { prefs: DEFAULT_PREFERENCES, consent: { selectors: [], frameCmp: false } };
