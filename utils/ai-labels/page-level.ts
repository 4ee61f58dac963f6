import { pageHeadline, mediaSource } from './attach';
import { clip } from './normalize';
import type { FoundItem } from './detect';

/**
 * Machine-readable declarations a publisher puts in the page itself: the WICG "AI Content
 * Disclosure" proposal (`<meta name="ai-disclosure">` for the page, an `ai-disclosure` attribute
 * on any element; values none | ai-assisted | ai-generated | autonomous, "mixed" on the meta only)
 * and schema.org `digitalSourceType` in JSON-LD with the IPTC terms for generative AI.
 */
const DISCLOSED = new Set(['ai-assisted', 'ai-generated', 'autonomous']);
/** IPTC digital source types that mean trained generative AI ("algorithmicMedia" does not). */
const GENERATIVE_SOURCE = /(?:^|\/|:)(?:trainedAlgorithmicMedia|compositeWithTrainedAlgorithmicMedia)$/i;
const MEDIA_TYPES = /^(?:ImageObject|VideoObject|MediaObject|Photograph|AudioObject)$/;

const valueOf = (raw: string | null) => raw?.trim().toLowerCase().split(/[\s;,]/)[0] ?? '';

export function pageDeclarations(doc: Document): FoundItem[] {
  const found: FoundItem[] = [];
  const page = pageHeadline(doc);
  const storyOf = (element: Element | null, headline: string, phrase: string): FoundItem | null =>
    headline ? { kind: 'text', evidence: 'metadata', phrase, lang: null, key: headline, element: element ?? doc.body, headline, label: null } : null;

  const meta = doc.querySelector('meta[name="ai-disclosure" i]');
  const metaValue = valueOf(meta?.getAttribute('content') ?? null);
  if (DISCLOSED.has(metaValue)) {
    const item = storyOf(page.element, page.headline, `ai-disclosure: ${metaValue}`);
    if (item) found.push(item);
  }

  for (const el of doc.querySelectorAll('[ai-disclosure]')) {
    if (el.tagName === 'META') continue;
    const value = valueOf(el.getAttribute('ai-disclosure'));
    if (!DISCLOSED.has(value)) continue;
    const phrase = `ai-disclosure: ${value}`;
    if (el.matches('img, video, picture')) {
      const media = el.tagName === 'PICTURE' ? el.querySelector('img') : el;
      const src = media && mediaSource(media, doc.baseURI);
      if (media && src) found.push({ kind: media.tagName === 'VIDEO' ? 'video' : 'image', evidence: 'metadata', phrase, lang: null, key: src, element: media, src, label: null });
      continue;
    }
    const heading = el.matches('body, main, html') ? null : el.querySelector('h1, h2, h3, h4, h5, h6');
    const item = heading
      ? storyOf(heading, clip((heading.textContent ?? '').replace(/\s+/g, ' ').trim(), 160), phrase)
      : storyOf(page.element, page.headline, phrase);
    if (item) found.push(item);
  }

  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A publisher's broken JSON-LD is their problem, not a finding.
    }
    walkJsonLd(data, 0, (node) => {
      const source = [node.digitalSourceType].flat().find((v): v is string => typeof v === 'string' && GENERATIVE_SOURCE.test(v.trim()));
      if (!source) return;
      const phrase = `digitalSourceType: ${source.trim().split(/[/:]/).pop()}`;
      const types = [node['@type']].flat().filter((t): t is string => typeof t === 'string');
      if (types.some((t) => MEDIA_TYPES.test(t))) {
        const raw = [node.contentUrl, node.url].flat().find((v): v is string => typeof v === 'string');
        if (!raw) return;
        let src: string;
        try {
          src = new URL(raw, doc.baseURI).href;
        } catch {
          return;
        }
        const kind = types.includes('VideoObject') ? 'video' : types.includes('AudioObject') ? 'audio' : 'image';
        const element = [...doc.querySelectorAll('img')].find((img) => mediaSource(img, doc.baseURI) === src) ?? null;
        found.push({ kind, evidence: 'metadata', phrase, lang: null, key: src, element, src, label: null });
        return;
      }
      const item = storyOf(page.element, page.headline, phrase);
      if (item) found.push(item);
    });
  }
  return found;
}

type JsonNode = Record<string, unknown>;

function walkJsonLd(value: unknown, depth: number, visit: (node: JsonNode) => void): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) walkJsonLd(item, depth + 1, visit);
    return;
  }
  const node = value as JsonNode;
  visit(node);
  for (const child of Object.values(node)) walkJsonLd(child, depth + 1, visit);
}
