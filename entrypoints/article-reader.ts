import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { articleReader } from '@/utils/article/reader';
import { provideModule } from '@/utils/content/modules';

/** Injected only when the article cannot be read in another process (utils/article/feature.ts). */
export default defineUnlistedScript(() => provideModule('article-reader', articleReader));
