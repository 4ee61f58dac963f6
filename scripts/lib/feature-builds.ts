/** Where a build made with CANDOR_FEATURES=<set> goes (wxt.config.ts), apart from the one the tests load. */
export const featureBuildOutDir = (set: string) => `.output/features-${set.replace(/[^a-z-]+/g, '+')}`;
