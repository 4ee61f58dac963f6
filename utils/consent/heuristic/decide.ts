import type { ConsentCategory } from '../../storage/preferences';
import type { ConsentPlan } from '../layer';
import type { ControlRole } from '../words';
import type { ConsentDialog, Control, Toggle } from './dialog';

export type Action =
  /** Click one control: a reject / necessary-only control, or accept under the allow-all rule. */
  | { kind: 'click'; control: Control; outcome: 'rejected' | 'accepted'; method: string }
  /** Set each category toggle as the plan says, then click save. */
  | { kind: 'toggles'; save: Control; want: Map<Toggle, boolean>; method: string }
  /** Open the second layer ("settings / manage") to look for reject or toggles there. */
  | { kind: 'settings'; control: Control }
  /** Consent-or-pay: left for the person. */
  | { kind: 'wall' }
  /** A notice with no choice: hidden cosmetically. */
  | { kind: 'hide' }
  /** allow-all with nothing accept-like, or a box that does not speak of cookies: leave it. */
  | { kind: 'leave' }
  /** A second layer with nothing usable. */
  | { kind: 'stuck' };

function first(dialog: ConsentDialog, role: ControlRole): Control | undefined {
  return dialog.controls.find((c) => c.match?.role === role);
}

/**
 * The state a toggle should end in: on only if every category it names is allowed; necessary
 * toggles keep their state (null); unknown toggles go off, so nothing unnamed is granted.
 */
export function wantedState(toggle: Toggle, allowed: readonly ConsentCategory[]): boolean | null {
  if (toggle.categories.has('necessary')) return null;
  if (toggle.categories.size === 0) return false;
  return [...toggle.categories].every((c) => allowed.includes(c as ConsentCategory));
}

function toggleAction(dialog: ConsentDialog, plan: ConsentPlan, save: Control, method: string): Action {
  const want = new Map<Toggle, boolean>();
  for (const toggle of dialog.toggles) {
    if (toggle.disabled) continue;
    const state = wantedState(toggle, plan.allowed);
    if (state !== null) want.set(toggle, state);
  }
  return { kind: 'toggles', save, want, method };
}

/**
 * What to do with a dialog under a plan. Pure: never clicks accept-like controls unless the plan
 * is allow-all, prefers the first layer's reject, and only opens settings once.
 */
export function decide(dialog: ConsentDialog, plan: ConsentPlan, settingsTried: boolean): Action {
  const reject = first(dialog, 'reject') ?? first(dialog, 'necessary');
  const save = first(dialog, 'save');
  const settings = settingsTried ? undefined : first(dialog, 'settings');
  const hasToggles = dialog.toggles.some((t) => !t.disabled);

  if (plan.mode === 'allow-all') {
    const accept = first(dialog, 'accept');
    if (accept) return { kind: 'click', control: accept, outcome: 'accepted', method: 'heuristic:accept' };
    if (hasToggles && save) return toggleAction(dialog, plan, save, 'heuristic:toggles');
    return { kind: 'leave' };
  }
  if (!reject && dialog.wall) return { kind: 'wall' };
  if (plan.mode === 'custom' && hasToggles && save) return toggleAction(dialog, plan, save, 'heuristic:toggles');
  if (plan.mode === 'custom' && settings) return { kind: 'settings', control: settings };
  if (reject) {
    const method = reject.match!.role === 'reject' ? 'heuristic:reject' : 'heuristic:necessary-only';
    return { kind: 'click', control: reject, outcome: 'rejected', method };
  }
  if (hasToggles && save) return toggleAction(dialog, plan, save, 'heuristic:toggles');
  if (settings) return { kind: 'settings', control: settings };
  if (settingsTried) return { kind: 'stuck' };
  return dialog.aboutCookies ? { kind: 'hide' } : { kind: 'leave' };
}
