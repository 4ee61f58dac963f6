import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

export const AI_FIXTURES = resolve(import.meta.dirname, '../../fixtures/pages/ai-labels');
export const DEMO_PAGE = resolve(import.meta.dirname, '../../fixtures/pages/demo-news/index.html');

/** Every fixture page folder under tests/fixtures/pages/ai-labels. */
export function fixturePages(): string[] {
  return readdirSync(AI_FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(resolve(AI_FIXTURES, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/** Parses an HTML file into a happy-dom Document at `url`, with the page's scripts and styles off. */
export function loadPage(file: string, url: string): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  window.document.write(readFileSync(file, 'utf8'));
  return window.document as unknown as Document;
}

export function parseHtml(html: string, url = 'https://news.example/story/'): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  window.document.write(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return window.document as unknown as Document;
}

/**
 * The ground truth a fixture page carries in its markup: `data-expect-ai="image|video"` on each
 * labelled image or video, `data-expect-ai="text"` on each labelled story's headline. Keys are
 * computed here independently of the detector: the media's real (lazy) source or the headline text.
 */
export function expectedKeys(doc: Document): string[] {
  return [...doc.querySelectorAll('[data-expect-ai]')].map((el) => {
    const kind = el.getAttribute('data-expect-ai')!;
    if (kind === 'text') return `text|${(el.textContent ?? '').replace(/\s+/g, ' ').trim()}`;
    const background = /url\((['"]?)(.*?)\1\)/.exec(el.getAttribute('style') ?? '')?.[2];
    const raw = el.getAttribute('data-src') ?? el.getAttribute('src') ?? background!;
    return `${kind}|${new URL(raw, doc.baseURI).href}`;
  });
}

export const findingKey = (f: { kind: string; target: { src?: string; headline?: string } }) =>
  `${f.kind}|${f.target.src ?? f.target.headline}`;
