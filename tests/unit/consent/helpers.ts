import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ConsentPlan } from '../../../utils/consent/layer';
import type { ConsentCategory } from '../../../utils/storage/preferences';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/pages/consent-homemade');

/** The E2E fixtures' banner texts per language (lang-texts.js), so unit and E2E tests share data. */
export function bannerTexts(): Record<string, { title: string; body: string; accept: string; reject: string; link?: boolean }> {
  const source = readFileSync(resolve(FIXTURES, 'lang-texts.js'), 'utf8');
  const sandbox = {} as { BANNER_TEXTS?: ReturnType<typeof bannerTexts> };
  new Function('window', source)(sandbox);
  return sandbox.BANNER_TEXTS!;
}

/** A fixture page's <body> markup, without its scripts (unit tests drive the DOM themselves). */
export function fixtureBody(name: string): string {
  const html = readFileSync(resolve(FIXTURES, name), 'utf8');
  const body = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
  return body.replace(/<script[\s\S]*?<\/script>/g, '');
}

export function bannerCss(): string {
  return readFileSync(resolve(FIXTURES, 'banner.css'), 'utf8');
}

export function plan(mode: ConsentPlan['mode'], allowed: ConsentCategory[] = []): ConsentPlan {
  return { mode, allowed, siteRule: 'default', gpc: true, watchMs: 2000 };
}

/** Loads a page body with the fixtures' stylesheet into happy-dom's document. */
export function loadPage(body: string): Document {
  document.head.innerHTML = `<style>${bannerCss()}</style>`;
  document.body.innerHTML = body;
  document.documentElement.removeAttribute('style');
  return document;
}
