/**
 * mtlint: lint English prose for machine-translation artifacts.
 *
 * - `lint(text, options)`: lint plain text, resolve with a vfile.
 * - default export: the retext preset, `retext().use(retextEnglish).use(mtlint, options)`.
 * - `rules`: every rule’s metadata and unified plugin.
 */
export {default} from './preset.js'
export {lint} from './lint.js'
export {allRules as rules} from '../rules/index.js'
export {
  frenchHonorifics,
  frenchTypography,
  nameVariants,
  placeNames,
  quoteMarks,
  scraperBoilerplate,
  transliteration
} from '../rules/index.js'
export type {Options, RuleSetting} from './engine/config.js'
export type {Rule} from './engine/rule.js'
export type {Category, SeverityLabel} from './engine/types.js'
export {fix, type Fixable} from './fix.js'
