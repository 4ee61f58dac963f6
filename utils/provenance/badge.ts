import { BadgeLayer } from '../ai-labels/badges/layer';
import { findingOf } from './finding';
import type { ProvenanceRecord } from '../report/schema';

/**
 * Where metadata badges are drawn. Images whose file claims AI get the same badge as publisher
 * labels, from the AI-label badge layer (own instance, so the label scanner's updates never drop
 * them), which also gives them "show on page". Credentials that are not about AI, or that fail
 * validation, get a small neutral or amber pill instead, which that layer (an "AI" badge) cannot
 * express. The file's claim is always set as text, never as HTML.
 */
const PILL_TEXT: Record<Exclude<ProvenanceRecord['verdict'], 'ai'>, string> = {
  'not-ai': 'Content metadata',
  unknown: 'Content metadata',
  invalid: 'Metadata invalid',
};

const PILL_STYLE = `
:host { all: initial; position: absolute; z-index: 2147483646; pointer-events: none; }
span { pointer-events: auto; display: inline-block; max-width: 20em; padding: 2px 8px; border-radius: 999px;
  font: 600 12px/1.5 system-ui, sans-serif; color: #fff; background: #475569; border: 2px solid #fff;
  box-shadow: 0 0 0 1px rgba(0,0,0,.55); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
:host([data-verdict="invalid"]) span { background: #b45309; }
`;

export class ProvenanceBadges {
  private layer: BadgeLayer | null = null;
  private readonly aiHits = new Map<string, { finding: ReturnType<typeof findingOf>; elements: Element[] }>();
  private readonly pills = new Map<HTMLImageElement, { host: HTMLElement; pill: HTMLElement }>();

  constructor(private readonly doc: Document, private readonly minImagePx: number) {}

  show(record: ProvenanceRecord, images: HTMLImageElement[]): void {
    if (record.verdict === 'ai') {
      this.aiHits.set(record.id, { finding: findingOf(record), elements: images });
      this.layer ??= new BadgeLayer(this.doc, { minImagePx: this.minImagePx });
      this.layer.update([...this.aiHits.values()]);
      return;
    }
    for (const img of images) this.pill(img, record);
  }

  reveal(id: string): boolean {
    return this.layer?.reveal(id) ?? false;
  }

  reposition(): void {
    this.layer?.schedule();
    for (const [img, { host }] of this.pills) place(img, host);
  }

  destroy(): void {
    this.layer?.destroy();
    for (const { host } of this.pills.values()) host.remove();
    this.pills.clear();
  }

  private pill(img: HTMLImageElement, record: ProvenanceRecord): void {
    let known = this.pills.get(img);
    if (!known) {
      const host = this.doc.createElement('candor-provenance-badge');
      const root = host.attachShadow({ mode: 'open' });
      const style = this.doc.createElement('style');
      style.textContent = PILL_STYLE;
      const pill = this.doc.createElement('span');
      pill.setAttribute('role', 'note');
      pill.tabIndex = 0;
      root.append(style, pill);
      this.doc.documentElement.append(host);
      known = { host, pill };
      this.pills.set(img, known);
      new ResizeObserver(() => place(img, host)).observe(img);
    }
    known.host.dataset.verdict = record.verdict;
    known.host.dataset.src = record.src;
    known.pill.textContent = PILL_TEXT[record.verdict as keyof typeof PILL_TEXT];
    known.pill.title = record.claim;
    known.pill.setAttribute('aria-label', record.claim);
    place(img, known.host);
  }
}

/** Bottom-left corner, clear of the label badges at the top-left. */
function place(img: HTMLImageElement, host: HTMLElement): void {
  const rect = img.getBoundingClientRect();
  const view = img.ownerDocument.defaultView;
  host.style.display = img.isConnected && rect.width > 0 ? '' : 'none';
  host.style.left = `${rect.left + (view?.scrollX ?? 0) + 6}px`;
  host.style.top = `${rect.bottom + (view?.scrollY ?? 0) - 30}px`;
}
