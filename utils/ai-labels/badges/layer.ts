import type { DisclosureHit } from '../detect';
import { BADGE_CSS } from './style';
import { badgeText } from './text';

export interface BadgeOptions {
  /** Images smaller than this (rendered width or height, CSS px) get no badge. */
  minImagePx: number;
}

interface Badge {
  el: HTMLElement;
  target: Element;
  /** The media's source attribute, to find its replacement at once when the page re-renders it. */
  source: string | null;
  kind: 'media' | 'story';
  /**
   * Which top corner of a media target: publisher labels take the left, file metadata the right,
   * so an image with both (drawn by two layers, see utils/provenance/badge.ts) shows both badges.
   */
  corner: 'left' | 'right';
  /** Ancestors that clip the target (carousels, scrollers): a badge outside them is hidden. */
  clips: Element[] | null;
}

const TAG = 'candor-ai-badges';
const GAP = 6;

/**
 * Draws badges in one overlay attached to <html>, in an open shadow root: the page's DOM, CSS and
 * layout stay untouched (no inserted siblings, so no layout shift and no framework re-render
 * fights), and badges are positioned from the targets' boxes, re-measured on the events that move
 * them (resize, inner scrolling, transitions, DOM changes) and, as a safety net for script-driven
 * carousels, once a second while the tab is visible.
 */
export class BadgeLayer {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly badges = new Map<string, Badge>();
  private frame = 0;
  private readonly resizeObserver: ResizeObserver | null;

  constructor(private readonly doc: Document, private options: BadgeOptions) {
    this.host = doc.createElement(TAG);
    this.host.style.cssText = 'all:initial;position:absolute;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483646;pointer-events:none;';
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = BADGE_CSS;
    this.root.append(style);
    doc.documentElement.append(this.host);
    this.resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.schedule()) : null;
    this.resizeObserver?.observe(doc.documentElement);
  }

  get element(): Element {
    return this.host;
  }

  setOptions(options: BadgeOptions): void {
    this.options = options;
    this.schedule();
  }

  /** Shows exactly these findings' badges: adds new ones, moves re-rendered ones, drops the rest. */
  update(hits: DisclosureHit[]): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    const keep = new Set<string>();
    for (const hit of hits) {
      hit.elements.forEach((target, index) => {
        const key = `${hit.finding.id}#${index}`;
        keep.add(key);
        const known = this.badges.get(key);
        if (known && known.target === target) return;
        if (known) this.retarget(known, target);
        else {
          const kind = hit.finding.kind === 'text' ? 'story' : 'media';
          const source = kind === 'media' ? (target.getAttribute('data-src') ?? target.getAttribute('src')) : null;
          const corner = hit.finding.evidence === 'metadata' ? 'right' : 'left';
          this.badges.set(key, { el: this.createBadge(hit), target, kind, corner, source, clips: null });
        }
        this.resizeObserver?.observe(target);
      });
    }
    for (const [key, badge] of this.badges) {
      if (keep.has(key)) continue;
      this.resizeObserver?.unobserve(badge.target);
      badge.el.remove();
      this.badges.delete(key);
    }
    this.schedule();
  }

  /** Scrolls to a finding's item and makes its badge pulse; false when it is not on the page. */
  reveal(id: string): boolean {
    const badge = [...this.badges.entries()].find(([key, b]) => key.startsWith(`${id}#`) && b.target.isConnected)?.[1];
    if (!badge) return false;
    badge.target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' });
    for (const b of this.badges.values()) b.el.removeAttribute('data-revealed');
    badge.el.setAttribute('data-revealed', '');
    const ring = this.doc.createElement('div');
    ring.className = 'ring';
    this.root.append(ring);
    const place = () => {
      const r = badge.target.getBoundingClientRect();
      const x = this.doc.defaultView?.scrollX ?? 0;
      const y = this.doc.defaultView?.scrollY ?? 0;
      Object.assign(ring.style, { left: `${r.left + x - 4}px`, top: `${r.top + y - 4}px`, width: `${r.width + 8}px`, height: `${r.height + 8}px` });
    };
    place();
    const timer = setInterval(place, 100);
    setTimeout(() => {
      clearInterval(timer);
      ring.remove();
      badge.el.removeAttribute('data-revealed');
    }, 3000);
    badge.el.focus({ preventScroll: true });
    this.schedule();
    return true;
  }

  /** Re-measures on the next animation frame (several triggers in one frame cost one pass). */
  schedule(): void {
    if (this.frame) return;
    const view = this.doc.defaultView;
    if (!view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  }

  destroy(): void {
    this.resizeObserver?.disconnect();
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.host.remove();
    this.badges.clear();
  }

  private retarget(badge: Badge, target: Element): void {
    this.resizeObserver?.unobserve(badge.target);
    badge.target = target;
    badge.clips = null;
    this.resizeObserver?.observe(target);
  }

  /**
   * A re-rendered image is usually replaced by an identical one: follow it right away instead of
   * hiding the badge until the next idle-time scan confirms the finding.
   */
  private reattach(badge: Badge): void {
    if (!badge.source) return;
    const value = CSS.escape(badge.source);
    const twin = this.doc.querySelector(`img[data-src="${value}"], img[src="${value}"], video[src="${value}"]`);
    if (twin) this.retarget(badge, twin);
  }

  private createBadge(hit: DisclosureHit): HTMLElement {
    const text = badgeText(hit.finding);
    const el = this.doc.createElement('span');
    el.className = 'badge';
    el.setAttribute('role', 'img');
    el.setAttribute('tabindex', '0');
    el.setAttribute('aria-label', text.name);
    el.dataset.findingId = hit.finding.id;
    el.dataset.kind = hit.finding.kind;
    const mark = this.doc.createElement('span');
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = text.short;
    const tip = this.doc.createElement('span');
    tip.className = 'tip';
    tip.setAttribute('aria-hidden', 'true');
    tip.textContent = text.tooltip; // page text, always as text, never as HTML
    el.append(mark, tip);
    el.hidden = true;
    this.root.append(el);
    return el;
  }

  private position(): void {
    const view = this.doc.defaultView;
    // Nothing to place: reading the page's size would force a layout for nothing.
    if (!view || !this.badges.size) return;
    const sx = view.scrollX;
    const sy = view.scrollY;
    const pageWidth = this.doc.documentElement.scrollWidth;
    for (const badge of this.badges.values()) {
      if (!badge.target.isConnected) this.reattach(badge);
      const place = badge.target.isConnected ? this.anchor(badge, view) : null;
      if (!place) {
        badge.el.hidden = true;
        continue;
      }
      badge.el.hidden = false;
      const width = badge.el.offsetWidth || 30;
      const left = Math.max(0, Math.min(place.x, view.innerWidth - width - 2));
      badge.el.style.left = `${left + sx}px`;
      badge.el.style.top = `${place.y + sy}px`;
      badge.el.style.maxWidth = `${pageWidth}px`;
    }
  }

  /** Where the badge goes, in viewport coordinates, or null when it must not show. */
  private anchor(badge: Badge, view: Window): { x: number; y: number } | null {
    const rect = badge.target.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return null;
    let point: { x: number; y: number };
    if (badge.kind === 'media') {
      const min = this.options.minImagePx;
      if (rect.width < min || rect.height < min) return null;
      const x = badge.corner === 'left' ? rect.left + GAP : rect.right - GAP - (badge.el.offsetWidth || 30);
      point = { x, y: rect.top + GAP };
    } else {
      // Just after the headline's last line, centred on it; above the headline when no room.
      const range = this.doc.createRange();
      range.selectNodeContents(badge.target);
      const lines = range.getClientRects();
      const last = lines[lines.length - 1] ?? rect;
      const width = 34;
      point = last.right + GAP + width <= Math.min(view.innerWidth, rect.right + width + GAP * 2)
        ? { x: last.right + GAP, y: last.top + (last.height - 22) / 2 }
        : { x: rect.left, y: rect.top - 24 };
    }
    return this.insideClips(badge, point) ? point : null;
  }

  private insideClips(badge: Badge, point: { x: number; y: number }): boolean {
    const view = this.doc.defaultView!;
    badge.clips ??= clippingAncestors(badge.target, view);
    return badge.clips.every((clip) => {
      const r = clip.getBoundingClientRect();
      return point.x + 1 >= r.left && point.x <= r.right && point.y + 1 >= r.top && point.y <= r.bottom;
    });
  }
}

function clippingAncestors(el: Element, view: Window): Element[] {
  const clips: Element[] = [];
  for (let node = el.parentElement; node && node !== el.ownerDocument.body; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clips.push(node);
  }
  return clips;
}
