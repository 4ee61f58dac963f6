import type { ProvenanceRecord } from '../report/schema';

/**
 * The one place where a metadata badge is drawn (kept small so it can move to the shared badge
 * renderer once the AI-label badges have one). A corner pill over the image, in a shadow
 * root positioned in document coordinates: the page's CSS cannot restyle it and its layout does
 * not move. The file's claim is set as text (never HTML) in the accessible name and tooltip.
 */
const SHORT: Record<ProvenanceRecord['verdict'], string> = {
  ai: 'AI · Content metadata',
  'not-ai': 'Content metadata',
  unknown: 'Content metadata',
  invalid: 'Metadata invalid',
};

const STYLE = `
:host { all: initial; position: absolute; z-index: 2147483646; pointer-events: none; }
span { pointer-events: auto; display: inline-block; max-width: 20em; padding: 2px 8px; border-radius: 999px;
  font: 600 12px/1.5 system-ui, sans-serif; color: #fff; background: #475569; box-shadow: 0 0 0 1px #fff8;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
:host([data-verdict="ai"]) span { background: #6d28d9; }
:host([data-verdict="invalid"]) span { background: #b45309; }
`;

const badges = new Map<HTMLImageElement, HTMLElement>();

function place(img: HTMLImageElement, host: HTMLElement): void {
  const rect = img.getBoundingClientRect();
  host.style.display = img.isConnected && rect.width > 0 ? '' : 'none';
  host.style.left = `${rect.left + window.scrollX + 6}px`;
  host.style.top = `${rect.bottom + window.scrollY - 28}px`;
}

export function showProvenanceBadge(img: HTMLImageElement, record: ProvenanceRecord): void {
  const doc = img.ownerDocument;
  let host = badges.get(img);
  if (!host) {
    host = doc.createElement('candor-provenance-badge');
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    root.append(style, doc.createElement('span'));
    (doc.body ?? doc.documentElement).append(host);
    badges.set(img, host);
    new ResizeObserver(() => place(img, host!)).observe(img);
    (host as HTMLElement & { pill?: HTMLElement }).pill = root.querySelector('span')!;
  }
  const pill = (host as HTMLElement & { pill?: HTMLElement }).pill!;
  host.dataset.verdict = record.verdict;
  host.dataset.src = record.src;
  pill.textContent = SHORT[record.verdict];
  pill.title = record.claim;
  pill.setAttribute('role', 'note');
  pill.setAttribute('aria-label', record.claim);
  place(img, host);
}

/** Keeps badges on their images when the page's layout changes without resizing them. */
export function repositionProvenanceBadges(): void {
  for (const [img, host] of badges) place(img, host);
}
