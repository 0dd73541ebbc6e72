import {compilePatterns, type PatternEntry, type PatternOptions, type PatternSet} from './alternation.js'
import {patternRuleParts, type StyleMatch} from './pattern-rule.js'
import {defineRule, type Rule, type RuleDefinition} from './rule.js'
import type {OptionCheck} from './types.js'

/**
 * What one source language writes that machine translation carries into
 * English: conventions it shares with other languages (entries of a shared
 * file, so that each is written once) and conventions of its own.
 */
export interface LanguagePatterns<Entry extends PatternEntry> {
  shared: readonly Entry[]
  own: readonly Entry[]
}

/** The data of a rule whose patterns are split by source language. */
export interface LanguagePatternData<Language extends string, Entry extends PatternEntry> {
  /** Every shared convention, in match order (an alternation tries them in this order). */
  shared: readonly Entry[]
  /** Damage of no one source language (machine translation, scraping): always on, worded as written. */
  common: readonly Entry[]
  /** Each language’s patterns; its own come first in the alternation, being the more specific. */
  byLanguage: Partial<Record<Language, LanguagePatterns<Entry>>>
}

/** How a rule names languages and checks its `languages` option (the rule’s shared language knowledge, handed in). */
export interface LanguageNaming<Language extends string> {
  /** Every language, in the order messages list them. */
  all: readonly Language[]
  name(language: Language): string
  check: OptionCheck
}

/**
 * The entries to match for a choice of source languages, worded for it: a
 * convention’s `what` names the languages that write it among those chosen
 * (`German opening quote mark`, `Spanish or Italian opening guillemet`,
 * `decimal comma of French, German, Spanish and 7 more languages`), and
 * `{languages}` in its note is replaced by all of them (`German, Polish and
 * Dutch`). Order: each chosen language’s own entries, the shared
 * conventions, then the common entries.
 */
export function entriesFor<Language extends string, Entry extends PatternEntry>(
  data: LanguagePatternData<Language, Entry>,
  chosen: readonly Language[],
  naming: LanguageNaming<Language>
): Entry[] {
  const ordered = naming.all.filter((language) => chosen.includes(language) && data.byLanguage[language])
  const speakers = new Map<Entry, Language[]>()
  for (const language of ordered) {
    for (const entry of data.byLanguage[language]!.shared) {
      if (!data.shared.includes(entry)) throw new Error('A shared entry of `' + language + '` is missing from the shared list: ' + entry.what)
      speakers.set(entry, [...(speakers.get(entry) ?? []), language])
    }
  }
  const worded = (entry: Entry, languages: readonly Language[]): Entry => {
    const names = languages.map((language) => naming.name(language))
    // Past four languages, a message names the first three: `decimal comma of French, German, Spanish and 7 more languages`.
    const what =
      names.length > 4
        ? entry.what + ' of ' + names.slice(0, 3).join(', ') + ' and ' + (names.length - 3) + ' more languages'
        : list(names, 'or') + ' ' + entry.what
    return {...entry, what, note: entry.note.replaceAll('{languages}', list(names, 'and'))}
  }
  return [
    ...ordered.flatMap((language) => data.byLanguage[language]!.own.map((entry) => worded(entry, [language]))),
    ...data.shared.filter((entry) => speakers.has(entry)).map((entry) => worded(entry, speakers.get(entry)!)),
    ...data.common
  ]
}

/** `A`, `A or B`, `A, B or C`. */
function list(names: readonly string[], conjunction: 'and' | 'or'): string {
  return names.length < 2 ? (names[0] ?? '') : names.slice(0, -1).join(', ') + ' ' + conjunction + ' ' + names[names.length - 1]
}

type Meta = Pick<RuleDefinition<object, unknown>, 'id' | 'description' | 'category' | 'severity' | 'fixable'>

interface LanguageOptions<Language extends string> {
  /** Source languages whose conventions are looked for (default: all). */
  languages: readonly Language[]
}

/**
 * A pattern rule (see `definePatternRule`) whose data is split by source
 * language, with a `languages` option (default: every language with data):
 * the chosen languages’ patterns and the common ones are compiled into one
 * alternation, once per distinct option.
 */
export function defineLanguagePatternRule<Language extends string, Entry extends PatternEntry>(
  meta: Meta,
  data: LanguagePatternData<Language, Entry>,
  naming: LanguageNaming<Language>,
  flags: string,
  options: PatternOptions = {}
): Rule {
  return defineRule<LanguageOptions<Language>, PatternSet<Entry>, StyleMatch[] | undefined>({
    ...meta,
    defaults: {languages: naming.all.filter((language) => data.byLanguage[language])},
    options: {languages: naming.check},
    prepare: ({languages}) => compilePatterns(entriesFor(data, languages, naming), flags, options),
    ...patternRuleParts<Entry>()
  })
}
