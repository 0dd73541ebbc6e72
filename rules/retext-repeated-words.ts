import {whiteSpace} from '../src/engine/blocks.js'
import {defineOptionlessRule} from '../src/engine/rule.js'
import type {Block, Report, Token, Visitor} from '../src/engine/types.js'

/**
 * `retext-repeated-words` 5.0.0, ported to the engine’s sentence tokens: the
 * same checks and wording. Its messages carry the rule’s id as `ruleId` (the
 * package uses the repeated word), like every message of mtlint. The package walks every
 * sentence with `unist-util-visit` and `nlcst-to-string`, which cost ~0.4× a
 * block parse on its own; on the shared tokens the check is nearly free.
 * `tests/repeated-words.test.ts` holds the port to the package’s output. The
 * package’s plugin takes no options.
 */

// Words that can legally occur twice, as the package lists them.
const legal = new Set(['had', 'that', 'can', 'blah', 'beep', 'yadda', 'sapiens', 'tse', 'mau'])
const url = 'https://github.com/retextjs/retext-repeated-words#readme'

export default defineOptionlessRule({
  id: 'retext-repeated-words',
  description: 'Check for repeated words such as `the the` (from `retext-repeated-words`)',
  category: 'language',
  // On: on native English it rarely reports (see the README’s rule table), and each of those is a real typo.
  severity: 'warn',
  fixable: true,
  package: {name: 'retext-repeated-words', url},
  create: ({report}) => repeatedWords(report)
})

/** Per-document handlers: reports a word that repeats the word before it, with only white space between. */
function repeatedWords(report: (report: Report) => void): Visitor {
  return {
    sentence(tokens, block) {
      // The package’s state: the word just seen, and the word before the white space just seen (token indices).
      let previous = -1
      let current = -1
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index]!
        // Tokens leave white space out: a gap before a token is the white space node the package sees.
        if (index > 0 && spaced(tokens[index - 1]!, token, block)) {
          previous = current
          current = -1
        }
        if (token.kind !== 'word') {
          previous = current = -1
          continue
        }
        current = index
        // Lower case is computed once for all rules: unequal strings mostly differ in length, an O(1) test.
        const lower = token.lower
        if (previous === -1 || tokens[previous]!.lower !== lower || ignore(token.value)) continue
        report({
          start: tokens[previous]!.start,
          end: token.end,
          expected: [token.value],
          note: '',
          reason: 'Unexpected repeated `' + token.value + '`, remove one occurrence'
        })
      }
    }
  }
}

/**
 * Whether white space separates two tokens of a sentence. In plain text the
 * gap between tokens is white space; in Markdown and HTML it may also be
 * masked markup, which holds no white space node unless the gap has a space.
 */
function spaced(before: Token, after: Token, block: Block): boolean {
  for (let at = before.end; at < after.start; at++) {
    const character = block.text.charAt(at - block.start)
    if (character === ' ' || whiteSpace.test(character)) return true
  }
  return false
}

/** The package’s exceptions: `had had`, initials (`D. D.`), capitalised names (`Duran Duran`). */
function ignore(value: string): boolean {
  if (legal.has(value.toLowerCase())) return true
  const head = value.charAt(0)
  if (head === head.toUpperCase()) {
    if (value.length === 2 && value.charAt(1) === '.') return true
    const tail = value.slice(1)
    if (tail === tail.toLowerCase()) return true
  }
  return false
}
