import { render, type ComponentChild } from 'preact';
import { t, uiLocale, type MessageKey } from '@/utils/i18n/t';
import './theme.css';

/** Renders an extension page in the UI's language: `<html lang>`, a translated title, the app. */
export function mountPage(titleKey: MessageKey, app: ComponentChild): void {
  document.documentElement.lang = uiLocale();
  document.title = t(titleKey);
  render(app, document.getElementById('app')!);
}
