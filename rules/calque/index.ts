import type {Gazetteer} from '../../src/engine/gazetteer.js'
import {compilePhraseTable, type PhraseMatch, type PhraseTable} from '../../src/engine/phrase-table.js'
import {defineRule} from '../../src/engine/rule.js'
import type {Report} from '../../src/engine/types.js'
import {checkLanguages, languageNames, languages, type Language} from '../languages.js'
import {calques, type LanguageCalque} from './data.js'
import {compileNames} from './names/compile.js'
import type {LanguageName} from './names/data.js'
import {kinds} from './names/kinds.js'
import {periphrases} from './periphrasis/data.js'
import {compileSyntax, type SyntaxMatcher} from './syntax/compile.js'

interface Options {
  /** Source languages whose calques are looked for (default: all). */
  languages: readonly Language[]
}

/**
 * The families of calques, each a section of `rules/calque.md` (its slug is
 * the messages’ `url` fragment, which `npm run eval` counts by).
 */
export const families = {
  phrases: 'phrases',
  names: 'translated-names',
  periphrasis: 'press-periphrasis',
  syntax: 'syntactic-calques'
} as const

interface Settings {
  phrases: PhraseTable<LanguageCalque>
  periphrasis: PhraseTable<LanguageCalque>
  names: Gazetteer<LanguageName>
  syntax: SyntaxMatcher
}

export default defineRule<Options, Settings>({
  id: 'calque',
  description: 'Rewrite phrases carried over word for word from the source language (`the head of American diplomacy`)',
  category: 'language',
  severity: 'warn',
  fixable: true,
  defaults: {languages},
  options: {languages: checkLanguages},
  prepare(options) {
    const chosen = new Set(options.languages)
    const ofChosen = (entries: readonly LanguageCalque[]) => entries.filter((entry) => chosen.has(entry.language))
    return {
      phrases: compilePhraseTable(ofChosen(calques), (entry) => entry.phrases),
      periphrasis: compilePhraseTable(ofChosen(periphrases), (entry) => entry.phrases),
      names: compileNames(chosen),
      syntax: compileSyntax(chosen)
    }
  },
  create({settings, report, text}) {
    // The reports of one sentence, from every family in turn: where two overlap, the earlier family’s stands.
    const found: Report[] = []
    return {
      sentence(tokens) {
        for (const match of settings.phrases.match(tokens)) found.push(phraseReport(match, families.phrases, text))
        for (const match of settings.periphrasis.match(tokens)) found.push(phraseReport(match, families.periphrasis, text))
        for (const match of settings.names.match(tokens)) found.push(nameReport(match.entry, match.others, match.start, match.end))
        settings.syntax.match(tokens, text, (syntax) => found.push({...syntax, anchor: families.syntax}))
        if (found.length === 0) return
        reportApart(found, report)
        found.length = 0
      }
    }
  }
})

function phraseReport(match: PhraseMatch<LanguageCalque>, anchor: string, text: string): Report {
  const {entry} = match
  return {
    start: match.start,
    end: match.end,
    what: 'calque of ' + languageNames[entry.language] + ' `' + entry.source + '`',
    expected: entry.expected?.map((rewrite) => rewritten(rewrite, match, text)),
    advice: entry.advice ?? 'rewrite it in idiomatic English',
    note: entry.note,
    lowConfidence: entry.confidence === 'low',
    anchor
  }
}

function nameReport(entry: LanguageName, others: readonly LanguageName[], start: number, end: number): Report {
  const kind = kinds[entry.kind]
  const language = languageNames[entry.language]
  return {
    start,
    end,
    what: (kind.title ? 'title' : 'name') + ' of the ' + language + ' ' + kind.label + ' `' + entry.name + '` translated',
    expected: [...new Set([entry, ...others].map((name) => name.english ?? name.name))],
    note:
      '`' + entry.name + '` is the ' + entry.note + '; ' +
      (entry.english ? 'English copy calls it ' + entry.english : 'English copy keeps the ' + (kind.title ? 'title' : 'name') + ' in ' + language),
    anchor: families.names
  }
}

/**
 * Reports `found` in document order, leaving out any that overlaps one found
 * before it: the phrase table’s precise rewrites stand over the periphrasis,
 * names and patterns that cover the same words.
 */
function reportApart(found: Report[], report: (report: Report) => void): void {
  const kept: Report[] = []
  for (const finding of found) {
    if (!kept.some((earlier) => finding.start < earlier.end && earlier.start < finding.end)) kept.push(finding)
  }
  kept.sort((a, b) => a.start - b.start)
  for (const finding of kept) report(finding)
}

/** Fills `$1`, `$2`… with the words `*` matched, and capitalises a rewrite that starts a sentence. */
function rewritten(rewrite: string, match: PhraseMatch<LanguageCalque>, text: string): string {
  const filled = rewrite.replace(/\$(\d)/g, (_, digit: string) => match.captures[Number(digit) - 1] ?? '')
  const first = text.charAt(match.start)
  return match.sentenceStart && first !== first.toLowerCase()
    ? filled.charAt(0).toUpperCase() + filled.slice(1)
    : filled
}

