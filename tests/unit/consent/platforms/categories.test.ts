import { describe, expect, it } from 'vitest';
import {
  categoriesOfItem,
  categoriesOfLabel,
  itemsToGrant,
  verifyState,
  type PlatformItem,
} from '@/utils/consent/platforms/categories';

const item = (id: string, labels: string[], granted = false, required = false): PlatformItem => ({ id, labels, required, granted });

describe('platform labels → Candor categories', () => {
  it('maps fixed platform ids (OneTrust groups, Cookiebot levels, TCF purposes, tarteaucitron types)', () => {
    expect(categoriesOfLabel('C0002')).toEqual(['analytics']);
    expect(categoriesOfLabel('C0004')).toEqual(['advertising']);
    expect(categoriesOfLabel('statistics')).toEqual(['analytics']);
    expect(categoriesOfLabel('tcf-1')).toEqual(['functional']);
    expect(categoriesOfLabel('ads')).toEqual(['advertising']);
  });

  it('maps site-defined names by words, in several languages', () => {
    expect(categoriesOfLabel('functionality')).toEqual(['functional']);
    expect(categoriesOfLabel('Advertenties')).toEqual(['advertising']);
    expect(categoriesOfLabel('Mesure d’audience')).toEqual(['analytics']);
    expect(categoriesOfLabel('Video-embeds')).toEqual(['functional']);
    expect(categoriesOfLabel('Soziale Medien Plugins')).toEqual(['social']);
  });

  it('treats an unknown label as needing every category, so it is only granted under allow-all', () => {
    expect(categoriesOfItem(item('x', ['zorblax']))).toEqual(['functional', 'analytics', 'advertising', 'social']);
    expect(itemsToGrant([item('x', ['zorblax'])], ['functional', 'analytics'])).toEqual([]);
    expect(itemsToGrant([item('x', ['zorblax'])], ['functional', 'analytics', 'advertising', 'social'])).toEqual(['x']);
  });
});

describe('choosing items to grant', () => {
  const items = [
    item('necessary', ['necessary'], true, true),
    item('matomo', ['analytics']),
    item('mixed', ['analytics', 'marketing']),
    item('video', ['functional']),
  ];

  it('grants an item only when every category it needs is allowed, never a required one', () => {
    expect(itemsToGrant(items, [])).toEqual([]);
    expect(itemsToGrant(items, ['analytics', 'functional'])).toEqual(['matomo', 'video']);
    expect(itemsToGrant(items, ['analytics', 'advertising'])).toEqual(['matomo', 'mixed']);
  });
});

describe('verifying stored state', () => {
  it('is verified only when the choice is stored and every optional item matches', () => {
    const stored = { decided: true, items: [item('C0001', ['C0001'], true, true), item('C0002', ['C0002'], true), item('C0004', ['C0004'])] };
    expect(verifyState(stored, ['C0002'])).toEqual({ verified: true, granted: ['analytics'] });
    expect(verifyState(stored, []).verified).toBe(false);
    expect(verifyState({ ...stored, decided: false }, ['C0002']).verified).toBe(false);
    expect(verifyState(null, [])).toEqual({ verified: false, granted: [] });
  });

  it('reports a platform that granted more than asked as unverified, with what it granted', () => {
    const overGranted = { decided: true, items: [item('marketing', ['marketing'], true), item('statistics', ['statistics'], true)] };
    expect(verifyState(overGranted, ['statistics'])).toEqual({ verified: false, granted: ['analytics', 'advertising'] });
  });
});
