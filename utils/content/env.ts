import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentToBackground } from '../messaging/messages';
import type { Preferences } from '../storage/preferences';

/** What every content feature receives: the page, the person's preferences and a way to report. */
export interface ContentEnv {
  ctx: ContentScriptContext;
  doc: Document;
  isTopFrame: boolean;
  prefs: Preferences;
  send(message: ContentToBackground): void;
}

/** One content feature (article, AI labels, consent…), registered in features.ts. */
export interface ContentFeature {
  name: string;
  /** Whether the feature runs in subframes as well as the top frame. */
  allFrames: boolean;
  start(env: ContentEnv): void | Promise<void>;
}
