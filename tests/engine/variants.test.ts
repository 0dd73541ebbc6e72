import {describe, expect, test} from 'vitest'
import {createVariantTally, occurrences} from '../../src/engine/variants.js'

function summary(tally: ReturnType<typeof createVariantTally>) {
  return [...tally.conflicts()].map(({key, majority, variants}) => ({
    key,
    majority: majority.display,
    variants: variants.map((variant) => variant.display + ' ' + occurrences(variant))
  }))
}

describe('variant tally', () => {
  test('a group with one spelling is no conflict', () => {
    const tally = createVariantTally()
    tally.add('elysee', 'élysée', 'Élysée', 0, 6, true)
    tally.add('elysee', 'élysée', 'Élysée', 10, 16, true)
    expect(summary(tally)).toEqual([])
  })

  test('the most frequent spelling wins; on a tie, the one seen first, whatever the order of the calls', () => {
    const tally = createVariantTally()
    tally.add('zelenskii', 'zelenskyy', 'Zelenskyy', 50, 59, true)
    tally.add('zelenskii', 'zelensky', 'Zelensky', 10, 18, true)
    tally.add('elysee', 'elysée', 'Elysée', 40, 46, true)
    tally.add('elysee', 'élysée', 'Élysée', 20, 26, true)
    tally.add('zelenskii', 'zelensky', 'Zelensky', 70, 78, true)
    expect(summary(tally)).toEqual([
      {key: 'zelenskii', majority: 'Zelensky', variants: ['Zelensky 2', 'Zelenskyy 1']},
      {key: 'elysee', majority: 'Élysée', variants: ['Élysée 1', 'Elysée 1']}
    ])
  })

  test('a spelling counts only once an occurrence says so, and then shows that occurrence’s case', () => {
    const tally = createVariantTally()
    tally.add('rose', 'rosé', 'Rosé', 0, 4, false)
    tally.add('rose', 'rose', 'Rose', 10, 14, true)
    expect(summary(tally)).toEqual([])

    tally.add('ceasefire', 'ceasefire', 'Ceasefire', 20, 29, false)
    tally.add('ceasefire', 'cease-fire', 'cease-fire', 40, 50, true)
    tally.add('ceasefire', 'ceasefire', 'ceasefire', 60, 69, true)
    const [conflict] = tally.conflicts()
    expect(conflict?.majority).toMatchObject({display: 'ceasefire', counts: true, spans: [20, 29, 60, 69]})
  })
})
