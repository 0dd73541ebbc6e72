import {existsSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {combined, corpusExists, defaultCorpus, lintCorpus, readCorpus, readDisputed, recall, scoreCorpus, type Score} from '../scripts/devset.js'
import {lint} from '../src/index.js'

/**
 * Recall on the dev corpus (real machine-translated copy), held to a floor
 * per category: each floor is the value reached, so it only ratchets up.
 * Raise a floor when a change raises recall; never lower one to get green.
 */
const floors: Record<string, number> = {
  quotes: 0.883,
  typography: 0.847,
  boilerplate: 0.886,
  untranslated: 0.689,
  'name-consistency': 0.63,
  transliteration: 0.776,
  'name-policy': 1,
  honorific: 0.187,
  calque: 0.525
}
/** The scored categories but calques, together. */
const combinedFloor = 0.807
/**
 * Messages outside every marked span, per 1,000 words of positives: a ceiling.
 * Raised by issue 11's quote and typography classes (2.21 before) and names
 * work: each new outside message was reviewed with `--verbose`, and each is an
 * artifact of its class that the annotators marked elsewhere in the same text
 * or not at all (commas outside the closing mark before a speech verb,
 * quotations in a text's minority quote style, dialogue dashes, guillemets,
 * Dutch `,,`, a misspelled or Russian-form name repeated after its first,
 * marked, occurrence), and by issue 12's calque families (a weekday after a
 * past tense, `the President of the Republic`, a region without its article,
 * a speech verb before its subject, and the later occurrences of a calque
 * marked once: `npm run eval` tells those repeats apart). Raised from 4.35 to
 * 4.36 (262 messages, 259 before) when the line classifier, the phrase tables
 * of seven more languages and the names work together found 537 more marked
 * items: the list was reviewed, and the new ones are furniture, calques and
 * name inconsistencies of the marked classes left unmarked (`the traffic
 * light`, `Leave A Reply`, a time stamp, `president of the Government` after
 * its first, marked, occurrence); one is a headline joined to its time stamp
 * as one masthead run. Raised from 4.36 to 4.53 (262 → 272 messages) when
 * the calque classes of every source language found 168 more marked calques
 * and the names work 11 more names; each of the ten new outside messages was
 * reviewed and is an artifact of a marked class left unmarked, or marked at
 * another occurrence: a Polish `he assessed` closing a quotation, `He
 * announced this during a telethon`, Moscow time in brackets and a translated
 * Turkish operation name after their marked occurrence; `the Bavarian Prime
 * Minister` and `the Prime Minister of Bavaria` for a state premier, `the head
 * of the Consell` after its marked occurrence, `the ‘popular’` for a PP
 * politician; the second `seconds and N tenths` of a text whose first is
 * marked; and an accented `César` before the marked unaccented `Cesar`.
 * Raised to 4.54 (273) by the exonym pairs of name-variants: `Munich` in a
 * dateline of a text that keeps the club’s German `München` (marked as a
 * calque), the exonym pair’s other side. Raised to 4.62 (278) by the second
 * Russian and Ukrainian calque round: the five new ones are later occurrences
 * of marked calques (`allowed negotiations`, `causing the fire of`, `UAF`) and
 * an unmarked `the Armed Forces of Ukraine (AFU)` gloss in two texts. One more
 * (279, 4.64) from the second French round: a second `rebellion and contempt` (outrage et
 * rébellion) in a text whose first occurrence is marked. Lowered to 4.59
 * (276) when the quote-marks work read nested and reopened quotations as such
 * (nine false messages of broken pairing gone, six unmarked artifacts of the
 * marked classes added: spaced-hyphen asides, nested quotes, a style switch).
 */
const outsideCeiling = 4.59
/** Native-English negatives that may get a message. */
const flaggedCeiling = 0

// The corpus lives beside the repository, not in it (third-party text). Where
// the workplace’s shared folder is there but the corpus is not, that is a
// failure in CI; on a machine without the shared folder the test says so.
const sharedFolder = path.dirname(defaultCorpus)
const available = corpusExists(defaultCorpus)

describe('dev corpus', () => {
  if (!available) {
    test('is not on this machine', () => {
      const required = process.env.MTLINT_REQUIRE_DEVSET === '1' || (process.env.CI === 'true' && existsSync(sharedFolder))
      if (required) throw new Error('The dev corpus is missing from ' + defaultCorpus + ': recall cannot be measured')
      console.warn('dev corpus not found at ' + defaultCorpus + ': recall floors not checked')
      expect(available).toBe(false)
    })
    return
  }

  let score: Score
  test('lints every excerpt', async () => {
    const excerpts = readCorpus(defaultCorpus)
    score = scoreCorpus(excerpts, await lintCorpus(excerpts, (text) => lint(text)), readDisputed())
    expect(score.items.length).toBeGreaterThan(1000)
    expect(score.staleDisputes).toEqual([])
  })

  test.each(Object.entries(floors))('recall of %s stays at or above %d', (category, floor) => {
    expect(recall(score.byCategory[category]!)).toBeGreaterThanOrEqual(floor)
  })

  test('disputed labels stay under 5% of any category', () => {
    for (const [category, tally] of Object.entries(score.byCategory)) {
      expect(tally.disputed, category).toBeLessThanOrEqual(Math.floor(tally.marked * 0.05))
    }
  })

  test('recall of every scored category but calques together', () => {
    expect(recall(combined(score))).toBeGreaterThanOrEqual(combinedFloor)
  })

  test('messages outside the marked spans stay under the ceiling', () => {
    expect((1000 * score.outside.length) / score.positiveWords).toBeLessThanOrEqual(outsideCeiling)
  })

  test('native negatives flagged stay under the ceiling', () => {
    expect(score.flagged.length).toBeLessThanOrEqual(flaggedCeiling)
  })
})
