/**
 * The exonym keys of `keys.ts` (each local city name's key to its English
 * name's), serialized by `serializedExonymKeys`: the build replaces this
 * module with them (`scripts/build/first-lint-tables.ts`), so that a built
 * package reads one short string at its first key instead of running every
 * fold's pattern over some 40 names (a first sentence with a capitalised
 * word asks for a key). Run from source (tests, scripts), there are none:
 * the keys are made from the table, as they always may be.
 */
export const builtExonymKeys: string | undefined = undefined
