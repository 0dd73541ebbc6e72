import {compilePhraseTable, type PhraseMatch, type PhraseTable} from '../../src/engine/phrase-table.js'
import {defineRule} from '../../src/engine/rule.js'
import {checkLanguages, languageNames, languages, type Language} from '../shared/languages.js'
import {calques, type LanguageCalque} from './data.js'

interface Options {
  /** Source languages whose calques are looked for (default: all). */
  languages: readonly Language[]
}

export default defineRule<Options, PhraseTable<LanguageCalque>>({
  id: 'calque',
  description: 'Rewrite phrases carried over word for word from the source language (`the head of American diplomacy`)',
  category: 'language',
  severity: 'warn',
  fixable: true,
  defaults: {languages},
  options: {languages: checkLanguages},
  prepare(options) {
    const chosen = new Set(options.languages)
    return compilePhraseTable(
      calques.filter((entry) => chosen.has(entry.language)),
      (entry) => entry.phrases
    )
  },
  create({settings, report, text}) {
    return {
      sentence(tokens) {
        for (const match of settings.match(tokens)) {
          const {entry} = match
          report({
            start: match.start,
            end: match.end,
            what: 'calque of ' + languageNames[entry.language] + ' `' + entry.source + '`',
            expected: entry.expected?.map((rewrite) => rewritten(rewrite, match, text)),
            advice: 'rewrite it in idiomatic English',
            note: entry.note,
            lowConfidence: entry.confidence === 'low'
          })
        }
      }
    }
  }
})

/** Fills `$1`, `$2`… with the words `*` matched, and capitalises a rewrite that starts a sentence. */
function rewritten(rewrite: string, match: PhraseMatch<LanguageCalque>, text: string): string {
  const filled = rewrite.replace(/\$(\d)/g, (_, digit: string) => match.captures[Number(digit) - 1] ?? '')
  const first = text.charAt(match.start)
  return match.sentenceStart && first !== first.toLowerCase()
    ? filled.charAt(0).toUpperCase() + filled.slice(1)
    : filled
}
