/**
 * `At the party congress explained the finance minister`, `Later reported
 * the weekly about it`: German (and Dutch) put the verb second, after an
 * opening phrase, and the subject after it (`Auf dem Parteitag erklärte der
 * Finanzminister`); English keeps the subject before the verb (`At the party
 * congress, the finance minister explained`). Reported where a sentence opens
 * with a preposition or a time adverb, a reporting verb follows it with no
 * noun phrase between that could be its subject, and a speaker follows the
 * verb and ends the clause. `In the interview the minister said…` and
 * `In Paris Macron announced the plan` stay quiet.
 */
import {itemAt} from '../../../src/engine/tokens.js'
import type {SyntaxPattern} from './patterns.js'
import {isWord, startsSentence} from './token-tests.js'
import {CLAUSE_WORDS, DETERMINERS, PREPOSITIONS, SPEAKERS} from './words.js'

/** Reporting verbs that take no person as object, so `explained the minister` cannot read as an object. */
// prettier-ignore
const VERBS = new Set([
  'said', 'explained', 'reported', 'announced', 'declared', 'stated', 'added', 'wrote', 'stressed', 'emphasised', 'emphasized',
  'underlined', 'noted', 'confirmed', 'admitted', 'says', 'explains', 'reports', 'announces', 'declares', 'writes', 'stresses', 'notes', 'confirms'
])

/** Words a verb-second sentence opens with: prepositions that head no clause, and time adverbs. */
const PREPOSITION_OPENERS = new Set(['at', 'in', 'on', 'during', 'with', 'from'])
const ADVERB_OPENERS = new Set(['first', 'then', 'later', 'yesterday', 'today', 'earlier', 'previously', 'recently', 'afterwards', 'meanwhile'])

const closers = new Set(['.', ';', ':', '!', '?', ','])

export const verbSecond: SyntaxPattern = {
  id: 'reporting-verb-after-an-opening-phrase',
  languages: ['de', 'nl'],
  what: 'reporting verb before its subject after an opening phrase',
  note: 'German and Dutch put the verb second, after an opening phrase, and the subject after it (`Auf dem Parteitag erklärte der Finanzminister`); English keeps the subject first (`At the party congress, the finance minister explained`)',
  triggers: VERBS,
  invalid: ['At the party congress explained the finance minister: “We will save.”', 'First reported the regional newspaper about it.'],
  valid: [
    'In the interview the minister said the plan would work.',
    'In Paris Macron announced the plan.',
    'At the congress, the finance minister explained: “We will save.”',
    'Later said the minister would resign, according to aides.'
  ],
  find(tokens, index) {
    // The opening: from the first word of the sentence, one to five words and no mark before the verb.
    let first = index - 1
    while (first > 0 && index - first < 6 && isWord(tokens[first - 1])) first--
    if (first === index || !isWord(itemAt(tokens, first)) || !startsSentence(tokens, first) || index - first > 5) return undefined
    const opener = tokens[first]!.lower
    if (ADVERB_OPENERS.has(opener) ? index !== first + 1 : !PREPOSITION_OPENERS.has(opener)) return undefined
    // No determiner after the preposition’s own noun phrase: `In the interview the minister said` has its subject.
    if (tokens.slice(first + 2, index).some((token) => DETERMINERS.has(token.lower))) return undefined
    // After the verb: a determiner, then the subject, ended by a mark or a preposition, its head a speaker.
    if (!DETERMINERS.has(tokens[index + 1]?.lower ?? '')) return undefined
    let end = index + 2
    while (end < tokens.length && end - index <= 7 && isWord(tokens[end]) && !(PREPOSITIONS.has(tokens[end]!.lower) && tokens[end]!.lower !== 'of')) {
      if (CLAUSE_WORDS.has(tokens[end]!.lower)) return undefined
      end++
    }
    if (end < tokens.length && !closers.has(tokens[end]!.value) && !PREPOSITIONS.has(tokens[end]!.lower)) return undefined
    const words = tokens.slice(index + 2, end)
    const ofAt = words.findIndex((token) => token.lower === 'of')
    const head = (ofAt === -1 ? words : words.slice(0, ofAt)).at(-1)
    if (!head || !SPEAKERS.has(head.lower)) return undefined
    return {start: tokens[index]!.start, end: tokens[end - 1]!.end, advice: 'put the subject before the verb'}
  }
}
