// Build-time values that wxt.config.ts defines besides WXT's own (.wxt/types/globals.d.ts).
interface ImportMetaEnv {
  /** CANDOR_FEATURES at build time: the content features to start ("" for all); see utils/content/features.ts. */
  readonly CANDOR_FEATURES?: string;
}
