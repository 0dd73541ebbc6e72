import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {documents} from '../../scripts/inputs/property-grammar.js'
import {blockGates, opens, startBatch} from '../../src/engine/block-gates.js'
import {BlockReader, type TextBlock} from '../../src/engine/blocks.js'
import {rules} from '../../src/index.js'
import type {Rule} from '../../src/engine/rule.js'
import type {ActiveRule} from '../../src/engine/settings.js'
import type {Report} from '../../src/engine/types.js'
import {nativeCorpus} from '../native-corpus.js'

const fixtures = new URL('../../fixtures/', import.meta.url)
const texts = [
  readFileSync(new URL('afp-ukraine-2022.txt', fixtures), 'utf8'),
  ...readdirSync(new URL('mt/', fixtures))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(new URL('mt/' + name, fixtures), 'utf8'))
]

const gated = rules.filter((rule) => rule.blockGates !== undefined)
const activeOf = (rule: Rule): ActiveRule => ({rule, severity: 'warn', settings: rule.settings(undefined)})

function blocksOf(text: string): TextBlock[] {
  const reader = new BlockReader(text, true)
  const blocks: TextBlock[] = []
  for (let block = reader.next(); block; block = reader.next()) if (block.sentences) blocks.push(block)
  return blocks
}

/** Whether one of a rule's gates matches a text (each searched alone, from the text's start). */
function holdsGate(rule: Rule, settings: unknown, text: string): boolean {
  return rule.blockGates!(settings).some((gate) => new RegExp(gate.source, gate.flags.replace(/[gy]/g, '')).test(text))
}

/**
 * Walks the blocks of `text` with one rule, handing every block to its
 * `block` handler, or (`gated`) only those that hold one of its gates;
 * returns every report and summary, in order.
 */
function walk(rule: Rule, text: string, gated: boolean): unknown[] {
  const settings = rule.settings(undefined)
  const out: unknown[] = []
  const visitor = rule.create({settings, text, claimedByOthers: rule.claimedByOthers, report: (report: Report) => out.push(report)})
  for (const block of blocksOf(text)) {
    if (visitor.block && (!gated || holdsGate(rule, settings, block.text))) visitor.block(block)
    for (const sentence of block.sentences!) visitor.sentence?.(sentence, block)
    if (visitor.summary) out.push({summary: visitor.summary(block)})
  }
  return out
}

describe('block gates', () => {
  it('are declared by the rules whose block handlers start with a search', () => {
    expect(gated.map((rule) => rule.id).sort()).toEqual(
      [
        'article-agreement',
        'french-dates',
        'french-honorifics',
        'french-typography',
        'place-names',
        'quote-marks',
        'transliteration',
        'untranslated-french'
      ].sort()
    )
  })

  // The contract (`RuleDefinition.blockGates`): a block without a gate gives the rule's `block` handler nothing to
  // report and nothing to remember, so that skipping it changes no report and no summary, of that block or later ones.
  it.each(gated.map((rule) => [rule.id, rule] as const))('%s: skipping a block without its gates changes nothing (real copy)', (_, rule) => {
    for (const text of texts) expect(walk(rule, text, true)).toEqual(walk(rule, text, false))
  })

  it.each(gated.map((rule) => [rule.id, rule] as const))('%s: skipping a block without its gates changes nothing (generated)', (_, rule) => {
    fc.assert(
      fc.property(fc.array(documents, {minLength: 1, maxLength: 6}), (parts) => {
        const text = parts.join('\n\n')
        expect(walk(rule, text, true)).toEqual(walk(rule, text, false))
      }),
      {numRuns: 150}
    )
  })

  it('tell blocks apart in machine-translated copy', () => {
    const blocks = texts.flatMap(blocksOf)
    const quotes = rules.find((rule) => rule.id === 'quote-marks')!
    const settings = quotes.settings(undefined)
    const held = blocks.filter((block) => holdsGate(quotes, settings, block.text)).length
    expect(held).toBeGreaterThan(0)
    expect(held).toBeLessThan(blocks.length)
  })

  // What they are for: most blocks of native English are handed to no gated rule (13% are, on the README corpus).
  it('keep most blocks of native English from the gated rules, joined', () => {
    const blocks = nativeCorpus().documents.flatMap((document) => blocksOf(document.text))
    const gates = blockGates(gated.map(activeOf))
    startBatch(gates, blocks.length)
    gated.forEach((_, at) => {
      const handed = blocks.filter((block, index) => opens(gates, gates.byRule[at]!, index, block.text)).length
      expect(handed).toBeLessThan(blocks.length / 4)
    })
    expect(blocks.length).toBeGreaterThan(1000)
  })

  it('join the gates of one set of flags into one search, which fails only where each of them does', () => {
    const gates = blockGates(gated.map(activeOf))
    expect(gates.byRule).toHaveLength(gated.length)
    // Fewer searches than gates: those of one set of flags are one alternation.
    const count = gated.reduce((sum, rule) => sum + rule.blockGates!(rule.settings(undefined)).length, 0)
    expect(gates.searches.length).toBeLessThan(count)
    const samples = ['the talks went on', '“quoted”', 'Kiev', 'MM. Blinken said', 'le 7 février', 'word : x', 'a “immediate', 'Mr Speaker', 'Zoloté']
    startBatch(gates, samples.length)
    const any = samples.map((text) => gated.some((rule) => holdsGate(rule, rule.settings(undefined), text)))
    gated.forEach((rule, at) => {
      const settings = rule.settings(undefined)
      samples.forEach((text, index) => {
        const open = opens(gates, gates.byRule[at]!, index, text)
        // A block that holds the rule's gate is handed to it; one that holds no rule's gate is handed to none.
        if (holdsGate(rule, settings, text)) expect(open).toBe(true)
        if (!any[index]) expect(open).toBe(false)
      })
    })
    // The plain sentence holds no gate: no rule is handed it.
    expect(any[0]).toBe(false)
  })

  it('search a gate with a group name or a numbered backreference alone', () => {
    const rule = (id: string, gates: readonly RegExp[]): ActiveRule => ({
      rule: {id, blockGates: () => gates} as unknown as Rule,
      severity: 'warn',
      settings: {}
    })
    const gates = blockGates([rule('a', [/(x)\1/]), rule('b', [/(?<y>q)/, /z/]), rule('c', [/w/]), rule('d', [/v/i])])
    // `(x)\1` alone, `(?<y>q)` alone, `z|w` together, and `v` with its own flags.
    expect(gates.searches.map(String)).toEqual(['/(x)\\1/', '/(?<y>q)/', '/(?:z)|(?:w)/', '/v/i'])
    expect(gates.byRule).toEqual([[0], [1, 2], [2], [3]])
    const samples = ['xx', 'x', 'q', 'w', 'z', 'V', 'other']
    startBatch(gates, samples.length)
    const open = (at: number) => samples.map((text, index) => opens(gates, gates.byRule[at]!, index, text))
    expect(open(0)).toEqual([true, false, false, false, false, false, false])
    // `w` holds a gate of the alternation `b` is searched with: `b` is handed it, and finds nothing there itself.
    expect(open(1)).toEqual([false, false, true, true, true, false, false])
    expect(open(2)).toEqual([false, false, false, true, true, false, false])
    expect(open(3)).toEqual([false, false, false, false, false, true, false])
  })
})
