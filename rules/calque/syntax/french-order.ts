/**
 * Three small French orders that machine translation keeps: an adverb
 * before a count (`avec déjà 16 morts` → `with already 16 deaths`), the
 * `prochain`/`dernier` after a date (`jusqu’au 31 décembre prochain` →
 * `until December 31 next`), and a participle of an intransitive verb
 * opening a sentence (`Arrivé dans un contexte difficile, il…` → `Arrived
 * in a difficult context, he…`).
 */
import {itemAt} from '../../../src/engine/tokens.js'
import type {SyntaxPattern} from './patterns.js'
import {isNumber, isWord, startsSentence} from './token-tests.js'
import {MONTHS, NUMBER_WORDS} from './words.js'

/**
 * `with already 16 deaths`: French `avec déjà 16 morts` puts the adverb
 * before the count; English puts it after (`with 16 deaths already`,
 * `already with 16 deaths`). Quiet before an adjective (`with already
 * strained budgets`).
 */
export const adverbBeforeCount: SyntaxPattern = {
  id: 'already-before-a-count',
  languages: ['fr'],
  what: '`already` between `with` and a count',
  note: 'French puts `déjà` between `avec` and a count (`avec déjà 16 morts`); English says `with 16 deaths already` or `already 16 deaths`',
  triggers: new Set(['already']),
  invalid: ['The violence is rising, with already 12 victims since January.'],
  valid: ['The violence is rising, with 12 victims already since January.', 'Schools, with already stretched budgets, cannot cope.'],
  find(tokens, index) {
    const count = tokens[index + 1]
    if (itemAt(tokens, index - 1)?.lower !== 'with' || !(isNumber(count) || NUMBER_WORDS.has(count?.lower ?? ''))) return undefined
    return {start: tokens[index - 1]!.start, end: count!.end, advice: 'put `already` after the count: `with 12 victims already`', lowConfidence: true}
  }
}

/** What may follow `next`/`last` after a date for it to close the date: a mark, or a word that starts something else. */
const AFTER_A_DATE = new Set(['.', ',', ';', ':', ')', '!', '?', '”', '»', 'and', 'or', 'but', 'at', 'in', 'to', 'when', 'while', 'with'])

/**
 * `until December 31 next`, `on March 3 last`: French `le 31 décembre
 * prochain`, `le 3 mars dernier` mark a date as coming or past; English
 * writes the date alone. Quiet where `next`/`last` starts another time
 * (`on March 3 last year`).
 */
export const dateNext: SyntaxPattern = {
  id: 'next-or-last-after-a-date',
  languages: ['fr'],
  what: '`next` or `last` after a date',
  note: 'French marks a date as coming or past with `prochain` and `dernier` after it (`le 31 décembre prochain`); English writes the date alone: `until December 31`',
  triggers: new Set(['next', 'last']),
  invalid: ['The discount runs until March 15 next, the ministry said.', 'The law was passed on 12 October last and took effect at once.'],
  valid: ['The discount runs until March 15 next year, the ministry said.', 'The law was passed on 12 October; last week it took effect.'],
  find(tokens, index) {
    const one = itemAt(tokens, index - 1)
    const two = itemAt(tokens, index - 2)
    const dated =
      (isNumber(one) && /^\d{1,2}(st|nd|rd|th)?$/.test(one!.lower) && MONTHS.has(two?.lower ?? '')) ||
      (MONTHS.has(one?.lower ?? '') && isNumber(two) && /^\d{1,2}$/.test(two!.value))
    const after = tokens[index + 1]
    if (!dated || (after !== undefined && !AFTER_A_DATE.has(after.lower))) return undefined
    return {start: one!.end, end: tokens[index]!.end, expected: []}
  }
}

/**
 * `Arrived in a difficult context, the coach…`, `Become a symbol, she…`:
 * French opens a sentence with the participle of an intransitive verb
 * (`Arrivé`, `Devenu`) standing for `having arrived`; English cannot make
 * that participle an adjective. Reported at the start of a sentence, before
 * a preposition or an article.
 */
export const participleOpening: SyntaxPattern = {
  id: 'intransitive-participle-opening-a-sentence',
  languages: ['fr'],
  what: 'intransitive participle opening a sentence',
  note: 'French opens a sentence with the participle of an intransitive verb (`Arrivé en 2019, il…`, `Devenu un symbole, il…`); English says `Having arrived in 2019, he…` or `He arrived in 2019 and…`',
  triggers: new Set(['arrived', 'become']),
  invalid: ['Arrived at the club in a crisis, the new director cut costs.', 'Become a symbol of the protest, the song was banned.'],
  valid: ['Having arrived at the club in a crisis, the new director cut costs.', 'She arrived at the club in a crisis. Become a member today!'],
  find(tokens, index) {
    const token = tokens[index]!
    const next = tokens[index + 1]
    if (!startsSentence(tokens, index) || token.value.charAt(0) === token.lower.charAt(0) || !isWord(next)) return undefined
    const opens = token.lower === 'arrived' ? /^(in|at|on|from)$/.test(next.lower) : /^(a|an|the)$/.test(next.lower)
    // A comma closes the opening phrase before the subject (`Become a member today!` has none).
    const comma = tokens.findIndex((other, at) => at > index && other.value === ',')
    if (!opens || comma === -1 || comma - index > 14) return undefined
    return {start: token.start, end: token.end, advice: 'say `Having arrived`, `Having become`, or give the clause its subject'}
  }
}
