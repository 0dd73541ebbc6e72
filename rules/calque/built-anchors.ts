/**
 * The anchors of calque’s phrase tables for every language, serialized
 * (`serializedAnchors` in `tables.ts`): the build replaces this module with
 * them, computed from the data it bundles (`scripts/build/first-lint-tables.ts`), so that a
 * built package reads one string at its first sentence instead of scanning
 * every phrase for its anchor. Run from source (tests, scripts), there are
 * none: the tables scan their phrases, as they always may.
 */
export const builtAnchors: string | undefined = undefined
