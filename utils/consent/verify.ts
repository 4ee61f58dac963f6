/**
 * Verification after acting on a banner: the banner must be gone and stay gone, and the site's
 * readable stored state (cookies, localStorage) must have changed. Pure over a Window, no chrome.*.
 */

/** The page's readable stored state, as one comparable string. */
export function storageSnapshot(win: Window): string {
  let local = '';
  try {
    const entries: string[] = [];
    for (let i = 0; i < win.localStorage.length; i++) {
      const key = win.localStorage.key(i)!;
      entries.push(`${key}=${win.localStorage.getItem(key)}`);
    }
    local = entries.sort().join('\n');
  } catch {
    // Storage may be blocked (sandboxed frame, privacy settings): cookies still count.
  }
  let cookies = '';
  try {
    cookies = win.document.cookie.split('; ').sort().join('; ');
  } catch {
    // Sandboxed documents throw on document.cookie.
  }
  return `${cookies}\n--\n${local}`;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Polls `check` every `interval` ms until it holds, the timeout passes or the signal aborts. */
export async function waitUntil(
  check: () => boolean,
  options: { timeout: number; interval?: number; signal?: AbortSignal },
): Promise<boolean> {
  const end = performance.now() + options.timeout;
  for (;;) {
    if (options.signal?.aborted) return false;
    if (check()) return true;
    if (performance.now() >= end) return false;
    await sleep(options.interval ?? 50, options.signal);
  }
}

/** How long after the banner went the stored state may take to change. */
const STORE_WAIT_MS = 400;

export interface Verification {
  /** The banner went away (and stayed away for the settle time). */
  gone: boolean;
  /** Cookies or localStorage changed between the snapshot and the moment the banner went. */
  stored: boolean;
  /** performance.now() when the banner was gone and the stored state read, or null. */
  at: number | null;
}

/**
 * Waits for `isBannerShown` to turn false and the stored state to change (briefly), then checks the
 * banner stays away for `settleMs` (a banner that ignores early clicks or re-renders comes back).
 */
export async function verifyGone(
  win: Window,
  isBannerShown: () => boolean,
  before: string,
  options: { timeout: number; settleMs: number; signal?: AbortSignal },
): Promise<Verification> {
  const went = await waitUntil(() => !isBannerShown(), { timeout: options.timeout, interval: 50, signal: options.signal });
  if (!went) return { gone: false, stored: false, at: null };
  // A cookie written by another document of the origin (a frame) can take a moment to show here.
  const stored = await waitUntil(() => storageSnapshot(win) !== before, {
    timeout: STORE_WAIT_MS,
    interval: 25,
    signal: options.signal,
  });
  const at = performance.now();
  const cameBack = await waitUntil(isBannerShown, { timeout: options.settleMs, interval: 100, signal: options.signal });
  return { gone: !cameBack, stored, at };
}

const ATTEMPTS_KEY = 'candor:consent-attempts';
const ATTEMPT_WINDOW_MS = 120_000;

/**
 * Counts Candor's answers on this origin in the tab's sessionStorage, so a site that reloads into
 * its banner after every answer is given up on instead of looping. Returns the count including
 * this attempt.
 */
export function countAttempt(win: Window, now = Date.now()): number {
  try {
    const raw = JSON.parse(win.sessionStorage.getItem(ATTEMPTS_KEY) ?? 'null') as { n: number; at: number } | null;
    const n = raw && now - raw.at < ATTEMPT_WINDOW_MS ? raw.n + 1 : 1;
    win.sessionStorage.setItem(ATTEMPTS_KEY, JSON.stringify({ n, at: now }));
    return n;
  } catch {
    return 1;
  }
}
