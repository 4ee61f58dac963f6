import type { ConsentResult } from '../../report/schema';
import type { ConsentCategory } from '../../storage/preferences';
import type { ConsentLayer, ConsentPlan } from '../layer';
import { countAttempt, storageSnapshot, verifyGone, waitUntil } from '../verify';
import { CONSENT_CATEGORIES } from '../words';
import { press, setToggle } from './act';
import { hideCosmetically, isScrollLocked, restoreScrolling } from './cosmetic';
import { decide } from './decide';
import { readDialog, type ConsentDialog } from './dialog';
import { isShown } from './dom';
import { findConsentDialogs } from './finder';
import { watchForDialog } from './watch';

/** Answers per banner (a click ignored in the banner's first moments is retried), then 'failed'. */
const MAX_ATTEMPTS = 3;
/** Answers per origin within two minutes across reloads, so a reload loop ends in 'failed'. */
const MAX_PAGE_ATTEMPTS = 4;
const GONE_TIMEOUT_MS = 1500;
const SETTLE_MS = 800;
const SECOND_LAYER_TIMEOUT_MS = 2500;

type Outcome = ConsentResult['outcome'];

function result(
  outcome: Outcome,
  method: string,
  verified: boolean,
  ms: number | null,
  categories?: ConsentCategory[],
): ConsentResult {
  return {
    cmp: null,
    method,
    outcome,
    verified,
    ms: ms === null ? null : Math.max(0, Math.round(ms)),
    ...(categories ? { categories } : {}),
    layer: 'heuristic',
  };
}

function signature(dialog: ConsentDialog): string {
  return [...dialog.controls.map((c) => c.label), `toggles:${dialog.toggles.length}`].join('|');
}

/** A banner with a choice on it (not a "saved" toast): its return means the answer did not hold. */
function bannerWithChoice(doc: Document): boolean {
  return findConsentDialogs(doc).some((root) =>
    readDialog(root).controls.some((c) => c.match?.role === 'accept' || c.match?.role === 'reject'),
  );
}

/** After "settings": the dialog that now offers toggles or changed controls (second layer). */
async function secondLayer(doc: Document, first: Element, before: string, signal: AbortSignal): Promise<Element | null> {
  let found: Element | null = null;
  await waitUntil(
    () => {
      for (const root of findConsentDialogs(doc)) {
        const dialog = readDialog(root);
        const changed = root !== first || signature(dialog) !== before;
        if (changed && (dialog.toggles.length > 0 || dialog.controls.some((c) => c.match))) {
          found = root;
          return true;
        }
      }
      return false;
    },
    { timeout: SECOND_LAYER_TIMEOUT_MS, interval: 100, signal },
  );
  return found;
}

/** Categories left on after the toggles were set, as the person allowed them. */
function grantedCategories(want: Map<{ categories: Set<string> }, boolean>): ConsentCategory[] {
  const granted = new Set<string>();
  for (const [toggle, on] of want) if (on) for (const c of toggle.categories) granted.add(c);
  return CONSENT_CATEGORIES.filter((c) => granted.has(c));
}

/** Answers one dialog under the plan; see decide.ts for the choice and verify.ts for the check. */
async function answer(
  doc: Document,
  plan: ConsentPlan,
  signal: AbortSignal,
  first: Element,
  seenAt: number,
): Promise<ConsentResult | null> {
  const win = doc.defaultView!;
  let root = first;
  let settingsTried = false;
  let attempts = 0;
  while (attempts < MAX_ATTEMPTS && !signal.aborted) {
    if (!isShown(root)) {
      const [next] = findConsentDialogs(doc);
      if (!next) return null; // Gone before Candor acted: another layer or the site closed it.
      root = next;
    }
    const dialog = readDialog(root);
    const action = decide(dialog, plan, settingsTried);
    switch (action.kind) {
      case 'wall':
        return result('wall', 'heuristic:consent-or-pay', false, performance.now() - seenAt);
      case 'leave':
        return null;
      case 'stuck':
        return result('failed', 'heuristic:second-layer', false, null);
      case 'hide': {
        hideCosmetically(root);
        restoreScrolling(root);
        const verified = !isShown(root) && !isScrollLocked(root.ownerDocument);
        return result('hidden', 'heuristic:notice-hidden', verified, performance.now() - seenAt);
      }
      case 'settings': {
        const before = signature(dialog);
        press(action.control.el);
        settingsTried = true;
        root = (await secondLayer(doc, root, before, signal)) ?? root;
        continue;
      }
      case 'click':
      case 'toggles': {
        attempts++;
        if (countAttempt(win) > MAX_PAGE_ATTEMPTS) return result('failed', 'heuristic:reload-loop', false, null);
        // The banner's own window: a framed banner stores its choice from there.
        const bannerWin = root.ownerDocument.defaultView ?? win;
        const before = storageSnapshot(bannerWin);
        if (action.kind === 'toggles') {
          for (const [toggle, on] of action.want) setToggle(toggle, on);
          press(action.save.el);
        } else {
          press(action.control.el);
        }
        const shownRoot = root;
        const check = await verifyGone(bannerWin, () => isShown(shownRoot) || bannerWithChoice(doc), before, {
          timeout: GONE_TIMEOUT_MS,
          settleMs: SETTLE_MS,
          signal,
        });
        if (!check.gone) continue; // Ignored (too early) or came back: read the banner again and retry.
        if (isScrollLocked(doc)) restoreScrolling(root);
        const ms = check.at! - seenAt;
        if (action.kind === 'click') {
          const categories = action.outcome === 'accepted' ? [...CONSENT_CATEGORIES] : [];
          return result(action.outcome, action.method, check.stored, ms, categories);
        }
        const categories = plan.mode === 'allow-all' ? [...CONSENT_CATEGORIES] : grantedCategories(action.want);
        const outcome: Outcome = plan.mode === 'allow-all' ? 'accepted' : categories.length ? 'custom' : 'rejected';
        return result(outcome, action.method, check.stored, ms, categories);
      }
    }
  }
  return signal.aborted ? null : result('failed', 'heuristic:retries', false, null);
}

/**
 * The home-made banner layer. `mayAct(seenAt)` resolves when the known-platform layer has had its
 * chance at a dialog seen at `seenAt` (grace time over, nothing found, or a later look recognised
 * no platform), so this layer never clicks on a CMP's banner first.
 */
export function createHeuristicLayer(mayAct: (seenAt: number) => Promise<void>): ConsentLayer {
  return {
    name: 'heuristic',
    async start(env, plan, control) {
      const found = await watchForDialog(env.doc, plan.watchMs, control.signal);
      if (!found) return null;
      await Promise.race([mayAct(found.seenAt), new Promise((resolve) => control.signal.addEventListener('abort', resolve))]);
      if (control.signal.aborted) return null;
      return answer(env.doc, plan, control.signal, found.root, found.seenAt);
    },
  };
}
