/**
 * The names and renderings of `name-renderings.ts` by their first word,
 * serialized (`serializedHeads`): the build replaces this module with them
 * (`scripts/build/first-lint-tables.ts`), so that a built package's first
 * capitalised word reads one string instead of listing some 1,500 forms.
 * Run from source (tests, scripts), there are none: the forms are listed
 * from the names, as they always may be.
 */
export const builtNameHeads: string | undefined = undefined
