/**
 * `She joined, Tuesday, May 14, her new colleagues`, `unveiled on Friday,
 * March 31, his first squad`: French news copy puts the full date right after
 * the verb, before its object (`Elle a rejoint, mardi 14 mai, ses nouveaux
 * collègues`); English puts the date after the object or first in the
 * sentence. Reported only for a full date (a weekday and a day of a month)
 * between a past-tense verb and a determiner that starts the object, so
 * `said Wednesday that…`, `met on Monday with…` and `announced Tuesday, June 3`
 * at the end of a clause stay quiet.
 */
import {itemAt} from '../../../src/engine/tokens.js'
import type {Token} from '../../../src/engine/types.js'
import type {SyntaxPattern} from './patterns.js'
import {isNumber, isWord} from './token-tests.js'
import {MONTHS, WEEKDAYS} from './words.js'

/** Words that start an object after the date: determiners and possessives. */
const OBJECT_STARTS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'two', 'three', 'four', 'five', 'several', 'new'])

/** Irregular past tenses that take an object in news copy (regular ones end in `-ed`). */
// prettier-ignore
const IRREGULAR_PAST = new Set([
  'found', 'became', 'made', 'gave', 'took', 'held', 'met', 'won', 'lost', 'left', 'sent', 'set', 'put', 'struck', 'brought', 'bought',
  'chose', 'drew', 'hit', 'led', 'saw', 'sought', 'told', 'wrote', 'began', 'beat', 'paid', 'sold', 'kept', 'shot', 'signed', 'unveiled'
])

const isPastVerb = (token: Token | undefined): boolean =>
  isWord(token) && (IRREGULAR_PAST.has(token.lower) || (/[a-z]{3,}ed$/.test(token.lower) && token.value === token.lower))

/** The index of the last token of the day of the month after a weekday (`, June 22` or `22 June`), or -1. */
function dateEnd(tokens: readonly Token[], weekday: number): number {
  let at = weekday + 1
  if (tokens[at]?.value === ',') at++
  const first = tokens[at]
  const second = tokens[at + 1]
  if (isWord(first) && MONTHS.has(first.lower) && isNumber(second)) return at + 1
  if (isNumber(first) && isWord(second) && MONTHS.has(second.lower)) return at + 1
  return -1
}

export const insertedDate: SyntaxPattern = {
  id: 'date-between-verb-and-object',
  languages: ['fr', 'es', 'it', 'pt'],
  what: 'date between the verb and its object',
  note: 'French, Spanish, Italian and Portuguese put the date right after the verb (`a rejoint, mardi 14 mai, ses collègues`); English puts it after the object or at the start of the sentence',
  triggers: WEEKDAYS,
  invalid: [
    'She joined, Tuesday, May 14, her new colleagues at the Senate.',
    'The coach unveiled on Friday, March 31, his first squad.',
    'The actor became on Monday, 3 February, the new face of the brand.'
  ],
  valid: [
    'She joined her new colleagues at the Senate on Tuesday, May 14.',
    'The ministry said Wednesday, June 22, that talks had failed.',
    'The coach unveiled his first squad on Friday, March 31.',
    'Prices rose on Monday, March 3, the highest in a year.'
  ],
  find(tokens, index) {
    const weekday = tokens[index]!
    if (weekday.value === weekday.lower) return undefined
    // Before the weekday: the verb, then a comma or `on` (or both).
    let at = index - 1
    let start = weekday.start
    if (itemAt(tokens, at)?.lower === 'on') start = tokens[at--]!.start
    if (itemAt(tokens, at)?.value === ',') at--
    if (!isPastVerb(itemAt(tokens, at))) return undefined
    const end = dateEnd(tokens, index)
    if (end === -1) return undefined
    // After the date (and its comma), the object starts with a determiner or a possessive.
    const next = tokens[end + 1]?.value === ',' ? end + 2 : end + 1
    if (!isWord(tokens[next]) || !OBJECT_STARTS.has(tokens[next]!.lower)) return undefined
    // `Prices rose on Monday, March 3, the highest…`: an intransitive verb’s apposition, not an object.
    if (tokens[next]!.lower === 'the' && /^(highest|lowest|first|last|biggest|largest|best|worst|same)$/.test(tokens[next + 1]?.lower ?? '')) return undefined
    return {start, end: tokens[end]!.end, advice: 'move the date after the object, or to the start of the sentence'}
  }
}
