import {compilePhraseTable, type PhraseMatch} from '../src/engine/phrase-table.js'
import {defineOptionlessRule} from '../src/engine/rule.js'
import {calques, type CalqueEntry} from './calque.data.js'

const table = compilePhraseTable(calques, (entry) => entry.phrases)

export default defineOptionlessRule({
  id: 'calque',
  description: 'Rewrite phrases carried over word for word from French (`the head of American diplomacy`)',
  category: 'language',
  severity: 'warn',
  fixable: true,
  prepare: () => table,
  create({settings, report, text}) {
    return {
      sentence(tokens) {
        for (const match of settings.match(tokens)) {
          const {entry} = match
          report({
            start: match.start,
            end: match.end,
            what: 'calque of French `' + entry.french + '`',
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
function rewritten(rewrite: string, match: PhraseMatch<CalqueEntry>, text: string): string {
  const filled = rewrite.replace(/\$(\d)/g, (_, digit: string) => match.captures[Number(digit) - 1] ?? '')
  const first = text.charAt(match.start)
  return match.sentenceStart && first !== first.toLowerCase()
    ? filled.charAt(0).toUpperCase() + filled.slice(1)
    : filled
}
