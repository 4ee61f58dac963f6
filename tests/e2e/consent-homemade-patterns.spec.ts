import { consentOf, expect, fixtureState, test, withConsent } from './consent-homemade-support';

// Dark patterns, notices, walls, shadow DOM, frames, retries and per-site rules on home-made banners.
// Invariant in every test: no click on a control marked data-accept (or data-pay) unless the
// site rule is allow-all.

// A loaded 2-core CI machine can take long to start pages with the extension: allow 2 min per test.
test.describe.configure({ timeout: 120_000 });

const REJECT_ALL = withConsent({});
const ANALYTICS_ONLY = withConsent({ allowed: ['analytics'] });

interface Case {
  name: string;
  path: string;
  prefs: ReturnType<typeof withConsent>;
  cookie: string;
  value: string;
  outcome: string;
  categories?: string[];
}

const CASES: Case[] = [
  { name: 'reject only in the second layer, pre-ticked toggles: all switched off', path: 'second-layer.html', prefs: REJECT_ALL, cookie: 'hm_layers', value: 'selected:', outcome: 'rejected', categories: [] },
  { name: 'second layer with analytics allowed: exactly the analytics toggle stays on', path: 'second-layer.html', prefs: ANALYTICS_ONLY, cookie: 'hm_layers', value: 'selected:analytics', outcome: 'custom', categories: ['analytics'] },
  { name: 'German custom switches, reject-all', path: 'switches-de.html', prefs: REJECT_ALL, cookie: 'hm_switches', value: 'selected:', outcome: 'rejected', categories: [] },
  { name: 'German custom switches, analytics + social allowed', path: 'switches-de.html', prefs: withConsent({ allowed: ['analytics', 'social'] }), cookie: 'hm_switches', value: 'selected:analytics,social', outcome: 'custom', categories: ['analytics', 'social'] },
  { name: 'pre-ticked boxes on the first layer, accept highlighted', path: 'inline-toggles.html', prefs: REJECT_ALL, cookie: 'hm_inline', value: 'selected:', outcome: 'rejected', categories: [] },
  { name: 'pre-ticked boxes on the first layer with analytics allowed', path: 'inline-toggles.html', prefs: ANALYTICS_ONLY, cookie: 'hm_inline', value: 'selected:analytics', outcome: 'custom', categories: ['analytics'] },
  { name: 'a first-layer reject is used even when the person allows analytics but no settings exist', path: 'lang.html?l=es', prefs: ANALYTICS_ONLY, cookie: 'hm_es', value: 'rejected', outcome: 'rejected', categories: [] },
  { name: 'banner in an open shadow root', path: 'shadow.html', prefs: REJECT_ALL, cookie: 'hm_shadow', value: 'rejected', outcome: 'rejected' },
  { name: 'banner in a same-origin iframe', path: 'iframe.html', prefs: REJECT_ALL, cookie: 'hm_frame', value: 'rejected', outcome: 'rejected' },
  { name: 'banner in a srcdoc iframe, which only the top frame can reach', path: 'srcdoc.html', prefs: REJECT_ALL, cookie: 'hm_srcdoc', value: 'rejected', outcome: 'rejected' },
  { name: 'a banner that ignores early clicks is answered again until it holds', path: 'early-ignore.html', prefs: REJECT_ALL, cookie: 'hm_early', value: 'rejected', outcome: 'rejected' },
  { name: 'a late banner (inserted after 4 s) is found by the watcher', path: 'late.html', prefs: REJECT_ALL, cookie: 'hm_late', value: 'rejected', outcome: 'rejected' },
];

let host = 0;
const nextHost = () => `p${++host}.candor.test`;

for (const c of CASES) {
  test(c.name, async ({ extension, server, reportOf, prefs }) => {
    await prefs(c.prefs);
    const page = await extension.context.newPage();
    await page.goto(server.url(`/consent-homemade/${c.path}`, nextHost()));
    const consent = await consentOf(reportOf, page);
    const state = await fixtureState(page);
    expect(state.acceptClicks).toBe(0);
    expect(consent).toMatchObject({ outcome: c.outcome, verified: true, layer: 'heuristic' });
    if (c.categories) expect(consent.categories).toEqual(c.categories);
    // Cookies of a framed banner are the frame's (same origin here, so the same jar).
    expect(state.cookies[c.cookie]).toBe(c.value);
    expect(state.bannerShown).toBe(false);
    expect(state.scrollLocked).toBe(false);
    console.log(`${c.path}: ${consent.method} → ${consent.outcome} in ${consent.ms} ms`);
    await page.close();
  });
}

test('a notice with no choice is hidden cosmetically, scrolling restored, "Got it" not clicked', async ({ extension, server, reportOf, prefs }) => {
  await prefs(REJECT_ALL);
  const page = await extension.context.newPage();
  await page.goto(server.url('/consent-homemade/notice.html', nextHost()));
  const consent = await consentOf(reportOf, page);
  const state = await fixtureState(page);
  expect(state.acceptClicks).toBe(0);
  expect(state.clicks).toBe(0);
  expect(consent).toMatchObject({ outcome: 'hidden', verified: true });
  expect(state.cookies.hm_notice).toBeUndefined();
  expect(state.bannerShown).toBe(false);
  expect(state.scrollLocked).toBe(false);
  await page.mouse.wheel(0, 800);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await page.close();
});

test('a consent-or-pay wall is reported as a wall and left alone: no accept, no payment', async ({ extension, server, reportOf, prefs }) => {
  await prefs(REJECT_ALL);
  const page = await extension.context.newPage();
  await page.goto(server.url('/consent-homemade/wall.html', nextHost()));
  const consent = await consentOf(reportOf, page);
  const state = await fixtureState(page);
  expect(consent).toMatchObject({ outcome: 'wall', verified: false });
  expect(state).toMatchObject({ acceptClicks: 0, payClicks: 0, clicks: 0, bannerShown: true });
  expect(state.cookies.hm_wall).toBeUndefined();
  await page.close();
});

test('a banner whose reject never holds ends "failed" after a bounded number of attempts', async ({ extension, server, reportOf, prefs }) => {
  await prefs(REJECT_ALL);
  const page = await extension.context.newPage();
  await page.goto(server.url('/consent-homemade/broken.html', nextHost()));
  const consent = await consentOf(reportOf, page);
  const state = await fixtureState(page);
  expect(consent).toMatchObject({ outcome: 'failed', verified: false });
  expect(state.acceptClicks).toBe(0);
  expect(state.clicks).toBeGreaterThanOrEqual(2);
  expect(state.clicks).toBeLessThanOrEqual(3);
  await page.close();
});

test('site rule allow-all: the accept control is used (the one case it may be)', async ({ extension, server, reportOf, prefs }) => {
  const site = nextHost();
  await prefs(withConsent({ siteRules: { 'candor.test': 'allow-all' } }));
  const page = await extension.context.newPage();
  await page.goto(server.url('/consent-homemade/second-layer.html', site));
  const consent = await consentOf(reportOf, page);
  const state = await fixtureState(page);
  expect(consent).toMatchObject({ outcome: 'accepted', verified: true });
  expect(consent.categories).toEqual(['functional', 'analytics', 'advertising', 'social']);
  expect(state.cookies.hm_layers).toBe('accepted');
  expect(state.acceptClicks).toBe(1);
  await page.close();
});

test('site rule leave-alone: the banner is not touched and the report says so', async ({ extension, server, reportOf, prefs }) => {
  await prefs(withConsent({ siteRules: { 'candor.test': 'leave-alone' } }));
  const page = await extension.context.newPage();
  await page.goto(server.url('/consent-homemade/lang.html?l=en', nextHost()));
  const consent = await consentOf(reportOf, page);
  expect(consent).toMatchObject({ outcome: 'none', method: 'site-rule:leave-alone' });
  await expect(page.locator('[data-banner]')).toBeVisible();
  // Give the engine the time it would have taken to answer, then check nothing was clicked.
  await page.waitForTimeout(2000);
  const state = await fixtureState(page);
  expect(state).toMatchObject({ clicks: 0, acceptClicks: 0, bannerShown: true });
  expect(state.cookies.hm_en).toBeUndefined();
  await page.close();
});

test('site rule reject-all overrides allowed categories', async ({ extension, server, reportOf, prefs }) => {
  await prefs(withConsent({ allowed: ['analytics', 'advertising'], siteRules: { 'candor.test': 'reject-all' } }));
  const page = await extension.context.newPage();
  await page.goto(server.url('/consent-homemade/second-layer.html', nextHost()));
  const consent = await consentOf(reportOf, page);
  const state = await fixtureState(page);
  expect(consent).toMatchObject({ outcome: 'rejected', verified: true, categories: [] });
  expect(state.cookies.hm_layers).toBe('selected:');
  expect(state.acceptClicks).toBe(0);
  await page.close();
});
