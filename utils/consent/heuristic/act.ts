import { isToggleOn, type Toggle } from './dialog';

/** Clicks a control the way a person would, so the site's own listeners run. */
export function press(el: Element): void {
  if ('click' in el && typeof (el as HTMLElement).click === 'function') (el as HTMLElement).click();
  else el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
}

/**
 * Switches a toggle to `on` by clicking it; a site that swallows the click on a native checkbox
 * gets the state set directly with the input/change events its code listens to.
 */
export function setToggle(toggle: Toggle, on: boolean): void {
  const el = toggle.el;
  if (isToggleOn(el) === on) return;
  press(el);
  if (isToggleOn(el) === on || !(el instanceof el.ownerDocument.defaultView!.HTMLInputElement)) return;
  el.checked = on;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}
