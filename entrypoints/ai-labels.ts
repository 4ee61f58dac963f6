import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { aiLabelsModule } from '@/utils/ai-labels/module';
import { provideModule } from '@/utils/content/modules';

/** Injected into a page whose AI-disclosure prefilter saw a trigger term (utils/ai-labels/feature.ts). */
export default defineUnlistedScript(() => provideModule('ai-labels', aiLabelsModule));
