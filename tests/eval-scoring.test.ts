import {expect, test} from 'vitest'
import {scoreCorpus, type Excerpt, type Hit} from '../scripts/devset.js'

// Invented text: the scoring is a pure function of excerpts and hits.
const text = 'The tenant of the Élysée spoke. Later the tenant of the Élysée left; the weather was fine.'
const excerpt: Excerpt = {
  id: 'X001',
  url: '',
  lang_source: 'fr',
  text,
  expect: [{category: 'calque', actual: 'The tenant of the Élysée spoke', why: 'periphrasis'}],
  file: 'invented.jsonl'
}
const hit = (actual: string, from: number, anchor?: string): Hit => {
  const start = text.indexOf(actual, from)
  return {ruleId: 'calque', start, end: start + actual.length, reason: '', actual, severity: 'warning', anchor}
}

test('a message on a later occurrence of what was found in a marked item is an outside message told apart as a repeat; families come from the url fragment', () => {
  const hits = [
    hit('tenant of the Élysée', 0, 'press-periphrasis'),
    hit('tenant of the Élysée', 10, 'press-periphrasis'),
    hit('the weather', 0, 'syntactic-calques')
  ]
  const score = scoreCorpus([excerpt], new Map([['X001', hits]]), [])
  expect(score.items.map((item) => [item.found, item.families])).toEqual([[true, ['calque#press-periphrasis']]])
  expect(score.repeats.map((repeat) => repeat.start)).toEqual([text.indexOf('tenant', 10)])
  expect(score.outside.map((outside) => outside.actual)).toEqual(['tenant of the Élysée', 'the weather'])
})
