import { wantBodyTexts } from '../content/body-texts';
import type { ContentFeature } from '../content/env';
import { loadModule } from '../content/modules';
import { watchMutations } from '../content/mutations';
import { safely } from '../content/safely';
import { mayHaveAiDisclosure, PREFILTER_ATTRIBUTES } from './prefilter';

/** Idle-callback deadline: look within this time even on a page that is never idle. */
const IDLE_TIMEOUT_MS = 2000;
/** After an SPA navigation, the new route's report gets its (empty) list once the route rendered. */
const AFTER_NAVIGATION_MS = 1500;

/**
 * Publisher AI disclosures: the detector and its badges (module.ts) are injected only into pages
 * where the prefilter sees a trigger term, at idle time or later in what the page adds. A page
 * without one gets an empty list, so its report says "none" rather than "not looked at".
 */
export const aiLabelsFeature: ContentFeature = {
  name: 'ai-labels',
  allFrames: false,
  start(env) {
    const { ctx, doc } = env;
    // The banner finder walks the body's texts at start: offered to the idle-time look below.
    wantBodyTexts(doc);
    let loaded = false;
    const load = () => {
      if (loaded) return;
      loaded = true;
      unwatch();
      safely('ai-labels', async () => (await loadModule('ai-labels')).start(env));
    };
    const lookAtPage = () => {
      if (loaded || ctx.isInvalid) return;
      if (mayHaveAiDisclosure(doc)) load();
      else env.send({ type: 'ai:found', findings: [] });
    };
    const unwatch = watchMutations(ctx, doc, {
      childList: true,
      characterData: true,
      attributes: PREFILTER_ATTRIBUTES,
      records(records) {
        for (const record of records) {
          const touched = record.type === 'childList' ? [...record.addedNodes] : [record.target];
          for (const node of touched) {
            const element = node instanceof Element ? node : node.parentElement;
            if (element && mayHaveAiDisclosure(element)) return load();
          }
        }
      },
      overflow: () => !loaded && mayHaveAiDisclosure(doc) && load(),
    });
    ctx.requestIdleCallback(() => safely('ai-labels', lookAtPage), { timeout: IDLE_TIMEOUT_MS });
    ctx.addEventListener(doc.defaultView ?? window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => safely('ai-labels', lookAtPage), AFTER_NAVIGATION_MS);
    });
  },
};
