/**
 * `If the news pleased some, others expected more`: French concessive `si`
 * (`Si la nouvelle réjouit certains, d’autres attendaient plus`) sets two
 * facts side by side, and machine translation writes `If`. An English
 * conditional makes its main clause depend on the condition (`will`,
 * `would`, a present); a main clause in the simple past (`others
 * expected`, `it lacked`) or a cleft (`it is the replays that…`) after a
 * condition in the indicative states both facts: English says `While`,
 * `Although`. The condition must name a thing (`If the news…`): quiet for
 * `If you…`, `If it…`, `If set to…` and conditions with `were`.
 */
import type {Token} from '../../../src/engine/types.js'
import type {SyntaxPattern} from './patterns.js'
import {isWord, startsSentence} from './token-tests.js'

/** Words of a condition that make it hypothetical or general (`If you…`, `If it were…`). */
const HYPOTHETICAL = new Set(['you', 'we', 'i', 'were', 'should', 'ever', 'not', 'only', 'so', 'necessary', 'possible', 'needed'])
/** Words after which an `-ed` word is a participle, not a past tense (`is taken`, `has lacked`). */
const BEFORE_A_PARTICIPLE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'get', 'gets', 'got', '’s', "'s"])
/** Words a subject starts with: the condition names a thing (`If the news…`), not `it` or a participle (`If set to…`). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'some', 'many'])
/** Pronouns a main clause may start with (`it lacked`, `others expected`). */
const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'others', 'some', 'many', 'most', 'few'])
/** Modals: a main clause with one is a consequence (`it will`, `this delay should`). */
const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', '’ll', "'ll", '’d', "'d"])

/** Whether the main clause from `from` states a past fact or is a cleft, within its first words. */
function statesAFact(tokens: readonly Token[], from: number): boolean {
  const words = tokens.slice(from, from + 5)
  if (words.some((token) => MODALS.has(token.lower))) return false
  // A cleft: `it is the replays that`, `it’s the replay numbers that`.
  if (
    words[0]?.lower === 'it' &&
    /^(is|’s|'s|was)$/.test(words[1]?.lower ?? '') &&
    DETERMINERS.has(words[2]?.lower ?? '') &&
    tokens.slice(from + 2, from + 8).some((token) => token.lower === 'that')
  )
    return true
  // A past tense as the main verb: a subject (a determiner, a pronoun or a name first), then the `-ed` word,
  // with no auxiliary or negation before it (`runs the plugins attached to it` has no subject).
  const first = words[0]
  if (!first || !(DETERMINERS.has(first.lower) || SUBJECT_PRONOUNS.has(first.lower) || first.value.charAt(0) !== first.lower.charAt(0))) return false
  for (const [at, token] of words.slice(0, 4).entries()) {
    if (!isWord(token) || BEFORE_A_PARTICIPLE.has(token.lower) || /^(not|n’t|n't|never|also|then)$/.test(token.lower)) return false
    // After a determiner, `-ed` is an adjective (`the returned object`).
    if (at > 0 && /[^e]ed$/.test(token.lower) && !DETERMINERS.has(words[at - 1]!.lower)) return true
  }
  return false
}

export const concessiveIf: SyntaxPattern = {
  id: 'if-for-while',
  languages: ['fr'],
  what: '`If` setting two facts side by side',
  note: 'French concessive `si` (`Si la nouvelle réjouit certains, d’autres…`) sets two facts side by side; English `If` makes a condition: say `While`, `Although`',
  triggers: new Set(['if']),
  invalid: [
    'If the verdict satisfies the family, the defence announced an appeal.',
    'If the first episode drew five million viewers, it is the replays that surprised the channel.'
  ],
  valid: [
    'If the verdict satisfies the family, the defence will not appeal.',
    'If an appeal is lodged, the case is heard again.',
    'If you missed the show, it streamed online.',
    'If it were up to me, we stayed.',
    'If the key matches, the returned object holds the value.',
    'If a parser is given, runs the plugins attached to it.',
    'If there is a problem here, it is that we cannot supply the demand.'
  ],
  find(tokens, index) {
    if (tokens[index]!.value !== 'If' || !startsSentence(tokens, index)) return undefined
    const comma = tokens.findIndex((token, at) => at > index && token.value === ',')
    if (comma === -1 || comma - index > 20 || comma - index < 3) return undefined
    if (!DETERMINERS.has(tokens[index + 1]!.lower) || tokens.slice(index + 1, comma).some((token) => HYPOTHETICAL.has(token.lower))) return undefined
    if (!statesAFact(tokens, comma + 1)) return undefined
    return {start: tokens[index]!.start, end: tokens[index]!.end, expected: ['While', 'Although'], lowConfidence: true}
  }
}
