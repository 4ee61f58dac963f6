import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { consentEngine } from '@/utils/consent/engine';
import { provideModule } from '@/utils/content/modules';

/** Injected into a frame whose consent prefilter saw a banner (utils/consent/feature.ts). */
export default defineUnlistedScript(() => provideModule('consent-engine', consentEngine));
