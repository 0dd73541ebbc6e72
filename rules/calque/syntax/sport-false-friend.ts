/**
 * `after the meeting`, `the 56-year-old technician`, `all its executives
 * were rested`: French sports copy calls a match `rencontre`, a coach
 * `technicien`, senior players `cadres`, a squad `effectif` and fouls
 * `fautes`, and machine translation writes their English look-alikes, which
 * outside sport mean a gathering, a repairer, managers, staff and errors.
 * Reported only in a sentence about a game (one sport word, or two game
 * words: `sport-words.ts`), as info. A meeting that English sport also
 * says (`the last meeting between the sides`), a meeting pointed back to
 * (`this meeting`), named by its kind (`a team meeting`) or called by someone
 * (`called a meeting`), a technician described (`the technician at the
 * plant`), club and league executives and tennis faults stay quiet.
 */
import {itemAt} from '../../../src/engine/tokens.js'
import type {Token} from '../../../src/engine/types.js'
import type {SyntaxPattern} from './patterns.js'
import {GAME_WORDS, NOT_SPORT_WORDS, SPORT_FALSE_FRIENDS, SPORT_WORDS} from './sport-words.js'

/** Words before `meeting` that make it one English sport says too, or a gathering of people. */
// prettier-ignore
const MEETING_BEFORE = new Set(['this', 'that', 'these', 'those', 'last', 'previous', 'recent', 'latest', 'next', 'team', 'crisis', 'board', 'press', 'staff', 'emergency', 'our', 'my', 'your', 'his', 'her', 'its', 'their', 'annual', 'general', 'athletics', 'track'])
/** Words after `meeting` that make it a gathering (`a meeting with the coach`) or the English sports sense (`between the sides`). */
const MEETING_AFTER = new Set(['with', 'between', 'of', 'at', 'room', 'rooms', 'point', 'place'])
/** Words before `meeting` that make it a noun (`a meeting that`, `three meetings`). */
const NOUN_BEFORE = new Set(['a', 'an', 'the', 'first', 'second', 'third', 'fourth', 'one', 'two', 'three', 'four', 'five', 'of'])
/** Words after `meeting` that make it the verb with its object (`meeting these goals`). */
// prettier-ignore
const VERB_OBJECTS = new Set(['these', 'those', 'the', 'a', 'an', 'our', 'their', 'its', 'his', 'her', 'this', 'that', 'them', 'all', 'every', 'each', 'some', 'any'])
/** Verbs that gather people (`called a meeting`, `held meetings`): a meeting two or three words after them is one. */
// prettier-ignore
const GATHER = new Set(['call', 'called', 'calls', 'hold', 'held', 'holds', 'convened', 'convenes', 'attend', 'attended', 'attends', 'chaired', 'organised', 'organized', 'had', 'have', 'has'])
/** Words after `technician` that describe a repairer (`the technician who fixed`, `the technician at the plant`). */
const TECHNICIAN_AFTER = new Set(['who', 'that', 'at', 'of', 'from', 'in', 'on', 'with', 'for'])
/** Words before `executives` that name business people (`club executives`). */
// prettier-ignore
const EXECUTIVE_BEFORE = new Set(['club', 'league', 'federation', 'network', 'broadcast', 'television', 'tv', 'company', 'senior', 'top', 'sponsor', 'business', 'media', 'marketing'])

/** Whether the sentence is about a game: one sport word or two game words, and no word of politics or tennis (`double faults`). */
function aboutAGame(tokens: readonly Token[]): boolean {
  const game = new Set<string>()
  let sport = false
  for (const token of tokens) {
    if (NOT_SPORT_WORDS.has(token.lower)) return false
    if (SPORT_WORDS.has(token.value) || SPORT_WORDS.has(token.lower)) sport = true
    else if (GAME_WORDS.has(token.value)) game.add(token.lower)
  }
  return sport || game.size >= 2
}

export const sportFalseFriend: SyntaxPattern = {
  id: 'sports-word-read-as-its-look-alike',
  languages: ['fr'],
  what: 'French sports word read as its English look-alike',
  note: 'French sports copy calls a match `rencontre`, a coach `technicien`, senior players `cadres`, a squad `effectif` and fouls `fautes`; their English look-alikes mean a gathering, a repairer, managers, staff and errors',
  triggers: new Set(SPORT_FALSE_FRIENDS.keys()),
  invalid: [
    'The striker gave his view of a meeting that his team had thrown away.',
    'The 48-year-old technician praised the defence after the victory over the league leaders.',
    'With five executives rested, the coach fielded a young side.',
    'The centre scored 20 points despite the many faults on him under the basket.'
  ],
  valid: [
    'The coach called a team meeting after the defeat.',
    'Their last meeting between the two teams ended in a draw.',
    'The club executives met the league on Monday.',
    'Two double faults cost her the tennis match.',
    'Meeting these goals will take the whole team a season.',
    'The first meeting after the elections between the League and its ally took place in Rome.',
    'After the meeting, the technician fixed the printer.',
    'The striker said the technician at the stadium fixed the lights.'
  ],
  find(tokens, index) {
    const token = tokens[index]!
    const friend = SPORT_FALSE_FRIENDS.get(token.lower)!
    const before = itemAt(tokens, index - 1)?.lower ?? ''
    const after = tokens[index + 1]?.lower ?? ''
    if (token.lower.startsWith('meeting')) {
      if (MEETING_BEFORE.has(before) || MEETING_AFTER.has(after)) return undefined
      // `Meeting these goals`, `by meeting the target`: the verb, where no article or count makes it a noun.
      if (!NOUN_BEFORE.has(before) && VERB_OBJECTS.has(after)) return undefined
      if (GATHER.has(itemAt(tokens, index - 2)?.lower ?? '') || GATHER.has(itemAt(tokens, index - 3)?.lower ?? '')) return undefined
    }
    if (token.lower === 'technician' && TECHNICIAN_AFTER.has(after)) return undefined
    if (token.lower === 'executives' && EXECUTIVE_BEFORE.has(before)) return undefined
    if (!aboutAGame(tokens)) return undefined
    return {start: token.start, end: token.end, expected: [friend.expected], lowConfidence: true}
  }
}
