import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';

/**
 * Parses a fixture page (path relative to tests/fixtures/pages) into a fresh Document with linkedom,
 * the parser bench:extract uses; it loads no stylesheets or scripts, as a detector's input needs none.
 */
export function loadPage(path: string): Document {
  return parseHtml(readFileSync(resolve(__dirname, '../../fixtures/pages', path), 'utf8'));
}

export function parseHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
