import { beforeEach, describe, expect, it } from 'vitest';
import { countAttempt, storageSnapshot, verifyGone } from '../../../utils/consent/verify';

beforeEach(() => {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://news.example.com/');
  localStorage.clear();
  sessionStorage.clear();
});

describe('verification', () => {
  it('sees a change in cookies or localStorage', () => {
    const before = storageSnapshot(window);
    localStorage.setItem('consent', '{"analytics":false}');
    expect(storageSnapshot(window)).not.toBe(before);
    const again = storageSnapshot(window);
    document.cookie = 'site_consent=rejected; path=/';
    expect(storageSnapshot(window)).not.toBe(again);
  });

  it('reports a banner that went and stayed gone, with the stored change', async () => {
    let shown = true;
    const before = storageSnapshot(window);
    setTimeout(() => {
      shown = false;
      localStorage.setItem('choice', 'rejected');
    }, 100);
    const check = await verifyGone(window, () => shown, before, { timeout: 1000, settleMs: 200 });
    expect(check).toMatchObject({ gone: true, stored: true });
  });

  it('does not verify a banner that comes back', async () => {
    let shown = true;
    setTimeout(() => (shown = false), 50);
    setTimeout(() => (shown = true), 150);
    const check = await verifyGone(window, () => shown, storageSnapshot(window), { timeout: 1000, settleMs: 400 });
    expect(check.gone).toBe(false);
  });

  it('counts answers per origin within two minutes, then starts over', () => {
    const now = 1_000_000;
    expect(countAttempt(window, now)).toBe(1);
    expect(countAttempt(window, now + 1000)).toBe(2);
    expect(countAttempt(window, now + 2000)).toBe(3);
    expect(countAttempt(window, now + 200_000)).toBe(1);
  });
});
