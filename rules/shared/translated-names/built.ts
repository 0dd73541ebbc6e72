/**
 * The translated names' renderings and their gazetteer's anchors, serialized
 * (`serializedNames` in `compile.ts`): the build replaces this module with
 * them (`scripts/build/first-lint-tables.ts`), computed from the data it
 * bundles by the functions run from source, so that a built package reads
 * one string at its first sentence instead of rendering some 425 names word
 * for word and finding each rendering's rarest word. Run from source (tests,
 * scripts), there are none: the names are rendered, as they always may be.
 */
export const builtNames: string | undefined = undefined
