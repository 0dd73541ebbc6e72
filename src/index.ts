/**
 * mtlint: lint English prose for machine-translation artifacts.
 *
 * - `lint(file, options)`: lint plain text, Markdown or HTML, resolve with a vfile.
 * - default export: the retext preset, `retext().use(retextEnglish).use(mtlint, options)`.
 * - `rules`: every rule’s metadata and unified plugin.
 * - `processor`: the processor of the CLI and the language server (any format, disable comments, `settings.mtlint`).
 * - `createLinter(options)`: lint plain text as an editor changes it, parsing only the blocks that changed.
 */
export {default, rules} from './preset.js'
export {lint} from './lint.js'
export {
  articleAgreement,
  calque,
  frenchDates,
  frenchHonorifics,
  frenchTypography,
  nameVariants,
  placeNames,
  quoteMarks,
  scraperBoilerplate,
  transliteration,
  untranslatedFrench
} from './preset.js'
export type {Options, RuleSetting} from './options.js'
export type {Rule} from './engine/rule.js'
export type {Category, SeverityLabel} from './engine/types.js'
export {autofix, fix, type AutofixResult, type Fixable, type FixOptions} from './fix.js'
export {processor} from './processor.js'
export {createLinter} from './incremental/main-entry.js'
export type {BlockInput, IncrementalLinter} from './incremental/linter.js'
export type {Format} from './formats/format.js'
