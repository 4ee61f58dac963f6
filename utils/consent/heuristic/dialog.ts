import { categoriesOf, classifyLabel, hasCookieVocabulary, hasWallVocabulary, type ControlMatch, type ToggleCategory } from '../words';
import { controlLabel, deepElements, deepText, isShown, parentOf } from './dom';

const CONTROL = 'button, a, [role="button"], [role="link"], input[type="button"], input[type="submit"], [onclick]';
const TOGGLE = 'input[type="checkbox"], [role="switch"], [role="checkbox"]';

export interface Control {
  el: HTMLElement;
  label: string;
  /** What the label says the control does; null for unknown controls and navigating links. */
  match: ControlMatch | null;
}

export interface Toggle {
  el: HTMLElement;
  label: string;
  categories: Set<ToggleCategory>;
  disabled: boolean;
}

/** A consent dialog read into its controls and category toggles. */
export interface ConsentDialog {
  root: Element;
  controls: Control[];
  toggles: Toggle[];
  /** Offers a paid / ad-free alternative (consent-or-pay). */
  wall: boolean;
  /** Names cookies or trackers: required before a no-choice box is hidden as a cookie notice. */
  aboutCookies: boolean;
}

/** A link that leaves the page (a privacy policy) is never an answer to the banner. */
function navigates(el: Element): boolean {
  if (el.localName !== 'a') return false;
  const href = el.getAttribute('href');
  if (!href || href.startsWith('#') || href.startsWith('javascript:')) return false;
  try {
    const target = new URL(href, el.ownerDocument.baseURI);
    const here = new URL(el.ownerDocument.URL);
    return target.origin + target.pathname + target.search !== here.origin + here.pathname + here.search;
  } catch {
    return false;
  }
}

export function isToggleOn(el: Element): boolean {
  return el instanceof el.ownerDocument.defaultView!.HTMLInputElement
    ? el.checked
    : el.getAttribute('aria-checked') === 'true';
}

function toggleShown(el: Element): boolean {
  const labels = (el as HTMLInputElement).labels;
  if (isShown(el)) return true;
  if (labels && Array.from(labels).some((label) => isShown(label))) return true;
  const parent = parentOf(el);
  return parent !== null && isShown(parent);
}

/** A toggle's name: aria, its <label>s, aria-labelledby, else the heading of its row. */
function toggleLabel(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return aria.trim();
  const root = el.getRootNode() as Document | ShadowRoot;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  const labels = (el as HTMLInputElement).labels;
  const labelText = labels ? Array.from(labels, (l) => deepText(l)).join(' ').trim() : '';
  if (labelText) return labelText;
  let row: Element | null = parentOf(el);
  for (let depth = 0; row && depth < 3; depth++, row = parentOf(row)) {
    const heading = row.querySelector('h1, h2, h3, h4, h5, h6, legend, summary, strong, b, [class*="title" i]');
    if (heading?.textContent?.trim()) return heading.textContent.trim();
    const text = deepText(row);
    if (text) return text.slice(0, 150);
  }
  return '';
}

function within(root: Element, selector: string): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of deepElements(root)) if (el.matches(selector)) found.push(el as HTMLElement);
  return found;
}

export function readDialog(root: Element): ConsentDialog {
  const candidates = within(root, CONTROL).filter((el) => !el.matches(TOGGLE) && isShown(el));
  const controls = candidates
    .filter((el) => !candidates.some((other) => other !== el && other.contains(el)))
    .map((el) => {
      const label = controlLabel(el);
      return { el, label, match: navigates(el) ? null : classifyLabel(label) };
    });
  const toggles = within(root, TOGGLE)
    .filter(toggleShown)
    .map((el) => {
      const label = toggleLabel(el);
      const disabled = (el as HTMLInputElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
      return { el, label, categories: categoriesOf(label), disabled };
    });
  const text = deepText(root);
  return { root, controls, toggles, wall: hasWallVocabulary(text), aboutCookies: hasCookieVocabulary(text) };
}
