import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import {allRules} from '../rules/index.js'
import {reportFindings} from './engine/messages.js'
import {runRules} from './engine/run.js'
import {activeRules, type ActiveRule} from './engine/settings.js'
import {walkedSource} from './engine/unparsed.js'
import type {RuleNames} from './disable-comments.js'
import {checkOptions, type Options} from './options.js'

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
} from '../rules/index.js'

declare module 'vfile' {
  interface DataMap {
    /** What the preset used for a file: the options in force and the number of words linted. */
    mtlint: {options: import('./options.js').Options | undefined; words: number}
  }
}

/**
 * Every rule, mtlint’s and its peers’ (from other retext packages), in the
 * order of the README table. This module is the one that imports the rule
 * list: everything else is handed the rules, or what it needs of them.
 */
export const rules = allRules

/** What disable comments may name (see `disable-comments.ts`). */
export const ruleNames: RuleNames = {
  ids: rules.map((rule) => rule.id),
  aliases: new Map(rules.flatMap((rule) => rule.aliases.map((alias) => [alias, rule.id] as const))),
  sources: [...new Set(rules.map((rule) => rule.source))]
}

/** Resolves options into the rules to run, with their severity and settings; throws on unknown keys, rules, severities and rule options. */
export function setup(options?: Options | null): ActiveRule[] {
  checkOptions(options)
  return activeRules(rules, options?.rules)
}

/** Checks options as the preset reads them, naming the key at fault (for configuration readers). */
export function checkPresetOptions(options: unknown): void {
  setup(options as Options)
}

/**
 * The mtlint preset, as a retext plugin:
 * `retext().use(retextEnglish).use(mtlint, {rules: {…}})`.
 *
 * Runs every rule that is on in one walk of the tree (or, for plain text its
 * parser left unparsed, of its blocks), and reports their findings as
 * messages, sorted by place. Records the options and the number of words
 * linted in `file.data.mtlint`.
 */
export default function mtlint(options?: Options | null): Transformer<Root, Root> {
  // Without rule settings no rule can be set up wrong: the rules are set up at the first file, not when a
  // processor is frozen (`processor` is frozen at import, and a run with options of its own never uses its rules).
  let active: ReturnType<typeof setup> | undefined
  if (options?.rules == null) checkOptions(options)
  else active = setup(options)
  // Two parameters: unified runs it synchronously.
  return function (tree, file) {
    active ??= setup(options)
    const walked = walkedSource(tree, String(file))
    const run = runRules(walked.source, walked.text, active, walked.sourceText)
    reportFindings(file, run.findings)
    file.data.mtlint = {options: options ?? undefined, words: run.words}
  }
}
