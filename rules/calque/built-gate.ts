/**
 * calque's gate for every language (the words each family reads a sentence
 * at, laid out as its `WordTable` puts them), serialized (`serializedGate`
 * in `index.ts`): the build replaces this module with it
 * (`scripts/build/first-lint-tables.ts`), so that a built package's first
 * sentence reads one string instead of listing some 3,000 anchor words and
 * hashing each. Run from source (tests, scripts), there is none: the gate is
 * made from the tables, as it always may be.
 */
export const builtGate: string | undefined = undefined
