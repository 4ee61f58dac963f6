import { beforeEach, describe, expect, it } from 'vitest';
import { decide, wantedState } from '../../../utils/consent/heuristic/decide';
import { readDialog, type Toggle } from '../../../utils/consent/heuristic/dialog';
import { findConsentDialogs } from '../../../utils/consent/heuristic/finder';
import { fixtureBody, loadPage, plan } from './helpers';

function dialogOf(body: string, showLayer2 = false) {
  loadPage(body);
  document.querySelectorAll('[data-banner], [data-backdrop]').forEach((el) => el.removeAttribute('hidden'));
  if (showLayer2) {
    document.querySelectorAll('[data-layer="1"]').forEach((el) => el.setAttribute('hidden', ''));
    document.querySelectorAll('[data-layer="2"]').forEach((el) => el.removeAttribute('hidden'));
  }
  return readDialog(findConsentDialogs(document)[0]!);
}

const toggle = (categories: string[]): Toggle =>
  ({ el: document.createElement('input'), label: '', categories: new Set(categories), disabled: false }) as Toggle;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('deciding what to do with a dialog', () => {
  it('opens the second layer when the first has no reject, then sets toggles and saves', () => {
    const first = dialogOf(fixtureBody('second-layer.html'));
    const open = decide(first, plan('reject-all'), false);
    expect(open.kind === 'settings' && open.control.label).toBe('Manage options');
    const second = dialogOf(fixtureBody('second-layer.html'), true);
    const save = decide(second, plan('custom', ['analytics']), true);
    expect(save.kind).toBe('toggles');
    if (save.kind !== 'toggles') return;
    expect(save.save.label).toBe('Confirm my choices');
    expect([...save.want].map(([t, on]) => `${[...t.categories]}=${on}`)).toEqual([
      'functional=false',
      'analytics=true',
      'advertising=false',
      'social=false',
    ]);
  });

  it('goes to settings for a mixed preference even when the first layer has a reject', () => {
    const dialog = dialogOf(`<div style="position:fixed"><p>We use cookies.</p><button>Reject all</button><button>Customise</button><button data-accept>Accept all</button></div>`);
    expect(decide(dialog, plan('custom', ['analytics']), false).kind).toBe('settings');
    // …but once settings were tried without a usable second layer, rejecting is the safe answer.
    const fallback = decide(dialog, plan('custom', ['analytics']), true);
    expect(fallback.kind === 'click' && fallback.control.label).toBe('Reject all');
  });

  it('hides a notice with only an accept-like button and never clicks it', () => {
    const dialog = dialogOf(fixtureBody('notice.html'));
    expect(decide(dialog, plan('reject-all'), false).kind).toBe('hide');
    expect(decide(dialog, plan('custom', ['analytics']), false).kind).toBe('hide');
  });

  it('leaves a no-choice box alone when it speaks of privacy but not of cookies (a chat or newsletter box)', () => {
    const dialog = dialogOf(`<div style="position:fixed"><p>Chat with us! Your privacy matters: see our privacy policy.</p><button>Start chat</button><button>OK</button></div>`);
    expect(dialog.aboutCookies).toBe(false);
    expect(decide(dialog, plan('reject-all'), false).kind).toBe('leave');
  });

  it('clicks accept only under allow-all', () => {
    const dialog = dialogOf(fixtureBody('notice.html'));
    const action = decide(dialog, plan('allow-all', ['functional', 'analytics', 'advertising', 'social']), false);
    expect(action.kind === 'click' && action.outcome).toBe('accepted');
  });

  it('reports a second layer with nothing usable as stuck, not as a notice to hide', () => {
    const dialog = dialogOf(`<div style="position:fixed"><p>Cookie preferences</p><button data-accept>Accept all</button></div>`);
    expect(decide(dialog, plan('reject-all'), true).kind).toBe('stuck');
  });

  it('prefers a reject over a consent-or-pay reading when a reject exists', () => {
    const dialog = dialogOf(`<div style="position:fixed"><p>Cookies for ads, or read ad-free with a subscription.</p><button>Reject all</button><button>Accept</button></div>`);
    expect(dialog.wall).toBe(true);
    expect(decide(dialog, plan('reject-all'), false).kind).toBe('click');
  });

  it('grants a toggle only when every category it names is allowed; necessary ones are left alone', () => {
    expect(wantedState(toggle(['analytics']), ['analytics'])).toBe(true);
    expect(wantedState(toggle(['analytics', 'advertising']), ['analytics'])).toBe(false);
    expect(wantedState(toggle([]), ['analytics'])).toBe(false);
    expect(wantedState(toggle(['necessary']), [])).toBeNull();
  });
});
