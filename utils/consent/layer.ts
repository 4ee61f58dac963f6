import type { ContentEnv } from '../content/env';
import type { ConsentResult } from '../report/schema';
import type { ConsentCategory, SiteRule } from '../storage/preferences';

/**
 * The contract between the consent orchestrator (feature.ts, 6A) and its layers: the known-platform
 * layer (platforms/index.ts, 6B) and the home-made heuristic (heuristic/, 6A).
 *
 * Order and arbitration (feature.ts):
 * 1. The plan is derived once per frame from prefs + the site rule (site-rule.ts → `consentPlanFor`).
 *    `leave-alone` → no layer starts at all.
 * 2. The platform layer starts first; the heuristic starts alongside but holds back any click until
 *    the platform layer has had its grace period (`PLATFORM_GRACE_MS`), resolved null, or said
 *    through `control.clear(since)` that a look at the page begun after the heuristic saw its
 *    dialog recognised no platform. If the platform layer calls `control.claim(cmp)` the heuristic
 *    is aborted at once, so the two never act on the same banner.
 * 3. The first non-null result wins; every other layer's `control.signal` is aborted. A layer must
 *    stop clicking/observing when its signal aborts.
 */

/** What the person wants on this site, resolved from preferences and the per-site rule. */
export type ConsentMode =
  /** Reject everything non-essential (default prefs with nothing allowed, or site rule reject-all). */
  | 'reject-all'
  /** Allow exactly `plan.allowed` (non-empty), reject the rest; where a banner cannot express it, reject all. */
  | 'custom'
  /** Site rule allow-all: the only mode in which an accept-like control may be clicked. */
  | 'allow-all'
  /** Site rule leave-alone: Candor does not touch banners (no layer runs). */
  | 'leave-alone';

export interface ConsentPlan {
  mode: ConsentMode;
  /** Categories allowed besides necessary: [] for reject-all, all four for allow-all. */
  allowed: readonly ConsentCategory[];
  /** The site rule that applied ('default' when none is set for this site). */
  siteRule: SiteRule;
  /** Whether Global Privacy Control is on (the platform layer sets Sec-GPC / navigator.globalPrivacyControl). */
  gpc: boolean;
  /** How long layers keep watching for a late banner, in ms (bounded; also ends with env.ctx). */
  watchMs: number;
}

/** Given to each layer by the orchestrator. */
export interface LayerControl {
  /** Aborted when another layer has won, the watch time is over, or the content script is invalidated. */
  signal: AbortSignal;
  /**
   * A layer that has recognised a banner it will handle says so at once (before acting), e.g.
   * claim('Cookiebot'). The orchestrator then aborts the other layers so none fights that banner.
   */
  claim(cmp: string): void;
  /**
   * A known-platform layer says that a look at the whole page, begun at `since`
   * (performance.now()), recognised no consent platform. A dialog the heuristic saw before `since`
   * is then no known platform's, and the heuristic answers it without waiting out the grace time.
   */
  clear(since: number): void;
}

export interface ConsentLayer {
  /** Short stable id, reported as ConsentResult.layer: 'platform' or 'heuristic'. */
  name: string;
  /**
   * Watches for and answers a banner according to `plan`. Resolves with a definitive result
   * (outcome ≠ pending; 'failed' after bounded retries) or null when no banner for this layer
   * appeared before `plan.watchMs` / `control.signal` ended it.
   */
  start(env: ContentEnv, plan: ConsentPlan, control: LayerControl): Promise<ConsentResult | null>;
}

/*
 * 6B (platform layer) notes for the orchestrator:
 * - Please run the consent feature in subframes too (ContentFeature.allFrames: true) and call the
 *   platform layer there: Sourcepoint's and TrustArc's banners live in cross-origin iframes, where
 *   only a content script inside the frame can answer them. In a subframe the platform layer only
 *   answers frame CMPs (autoconsent's frame rules) and otherwise resolves null at once, so the
 *   heuristic may stay top-frame-only if you prefer (pass env.isTopFrame through as you do).
 * - The platform layer covers autoconsent's whole catalogue plus its own adapters for klaro,
 *   orejime, tarteaucitron, vanilla-cookieconsent and Osano's cookieconsent v3 (adapters.ts), so
 *   the heuristic need not special-case those libraries.
 * - It unhides the prehidden known containers (platforms/prehide.ts) when it resolves, whatever
 *   the result; an aborted signal also unhides.
 */

/*
 * 6A (orchestrator) answers:
 * - consentFeature runs with allFrames: true and calls the platform layer in every frame; the
 *   heuristic runs in every frame too (home-made banners live in same-origin iframes), and the top
 *   frame also enters about:/srcdoc frames, which get no content script.
 * - leave-alone: no layer starts; feature.ts calls unhide() itself and the top frame reports
 *   outcome 'none', method 'site-rule:leave-alone'.
 * - A result without `layer` is stamped with the layer's name by the orchestrator.
 */

/** How long the heuristic waits for the platform layer to claim a banner before acting itself. */
export const PLATFORM_GRACE_MS = 1000;
