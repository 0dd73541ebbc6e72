/**
 * The incremental linter gives what `lint()` gives for the whole text, after
 * any sequence of edits: typing, deleting, splitting and joining paragraphs,
 * pasting paragraphs. Property-based over real articles (the fixtures) and
 * the grammar of the property tests; seeded, `MTLINT_PROPERTY_RUNS` sequences
 * per property (2,000 in CI).
 */
import {deepStrictEqual} from 'node:assert/strict'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {createLinter, type BlockInput} from '../src/incremental/index.js'
import {LaidOutText} from '../src/incremental/document-text.js'
import {layout} from '../src/incremental/layout.js'
import {linterOf} from '../src/incremental/linter.js'
import {reportFindings} from '../src/engine/messages.js'
import {defineOptionlessRule} from '../src/engine/rule.js'
import {runRules} from '../src/engine/run.js'
import {activeRules} from '../src/engine/settings.js'
import type {KeptDecision, RuleContext, Summarized} from '../src/engine/types.js'
import {lint} from '../src/index.js'
import type {Options} from '../src/options.js'
import {documents, fragments} from '../scripts/inputs/property-grammar.js'
import {fixtureArticles, runs} from './property-support.js'

const articles = fixtureArticles()
const paragraphsOf = (text: string): string[] => text.split(/\n\s*\n/)
const realParagraphs = articles.flatMap(paragraphsOf)

/** What a message says and where, with all its metadata: what an editor shows. */
function described(file: VFile) {
  return {
    words: file.data.mtlint?.words,
    messages: file.messages.map((message) => ({
      text: String(message),
      place: message.place,
      line: message.line,
      column: message.column,
      ruleId: message.ruleId,
      source: message.source,
      actual: message.actual,
      expected: message.expected,
      note: message.note,
      url: message.url,
      fatal: message.fatal,
      fingerprint: message.fingerprint
    }))
  }
}

async function expectSameAsLint(linter: ReturnType<typeof createLinter>, blocks: readonly BlockInput[], options?: Options) {
  const text = blocks.map((block) => block.text).join('\n\n')
  const whole = await lint(text, options)
  expect(described(linter.update(blocks)), JSON.stringify(text)).toEqual(described(whole))
}

// Edits, with indices taken modulo what the document has when they apply.
type Edit =
  | {kind: 'insert'; block: number; at: number; text: string}
  | {kind: 'delete'; block: number; at: number; length: number}
  | {kind: 'split'; block: number; at: number}
  | {kind: 'join'; block: number}
  | {kind: 'paste'; block: number; at: number; paragraphs: string[]}
  | {kind: 'remove'; block: number}
  | {kind: 'move'; block: number; to: number}

const snippet = fc.oneof(fc.constantFrom(...fragments), fc.string({maxLength: 4}), fc.constantFrom(...realParagraphs))
const index = fc.nat({max: 10_000})
/** Edits that type, paste or split with `snippet`. */
const editsOf = (snippet: fc.Arbitrary<string>): fc.Arbitrary<Edit> =>
  fc.oneof(
    fc.record({kind: fc.constant('insert' as const), block: index, at: index, text: snippet}),
    fc.record({kind: fc.constant('delete' as const), block: index, at: index, length: fc.integer({min: 1, max: 40})}),
    fc.record({kind: fc.constant('split' as const), block: index, at: index}),
    fc.record({kind: fc.constant('join' as const), block: index}),
    fc.record({kind: fc.constant('paste' as const), block: index, at: index, paragraphs: fc.array(snippet, {minLength: 1, maxLength: 3})}),
    fc.record({kind: fc.constant('remove' as const), block: index}),
    fc.record({kind: fc.constant('move' as const), block: index, to: index})
  )
const edit = editsOf(snippet)

let keys = 0
const blockOf = (text: string): BlockInput => ({key: 'b' + keys++, text})

/** Applies an edit as an editor would: a split or a paste makes new blocks, a join keeps the first block’s key. */
function apply(blocks: BlockInput[], change: Edit): BlockInput[] {
  if (blocks.length === 0) return [blockOf(change.kind === 'insert' ? change.text : '')]
  const at = change.block % blocks.length
  const {key, text} = blocks[at]!
  const offset = 'at' in change ? change.at % (text.length + 1) : 0
  const next = [...blocks]
  switch (change.kind) {
    case 'insert':
      next[at] = {key, text: text.slice(0, offset) + change.text + text.slice(offset)}
      break
    case 'delete':
      next[at] = {key, text: text.slice(0, offset) + text.slice(offset + change.length)}
      break
    case 'split':
      next.splice(at, 1, {key, text: text.slice(0, offset)}, blockOf(text.slice(offset)))
      break
    case 'join':
      if (at + 1 < blocks.length) next.splice(at, 2, {key, text: text + blocks[at + 1]!.text})
      break
    case 'paste': {
      const [first, ...rest] = change.paragraphs
      const pasted = [{key, text: text.slice(0, offset) + first}, ...rest.map(blockOf)]
      pasted.at(-1)!.text += text.slice(offset)
      next.splice(at, 1, ...pasted)
      break
    }
    case 'remove':
      next.splice(at, 1)
      break
    case 'move':
      // Dragged elsewhere, key and all.
      next.splice(at, 1)
      next.splice(change.to % blocks.length, 0, blocks[at]!)
  }
  return next
}

const realDocuments = fc.tuple(fc.constantFrom(...articles), fc.nat(), fc.integer({min: 1, max: 8})).map(([article, from, count]) => {
  const paragraphs = paragraphsOf(article)
  const start = from % paragraphs.length
  return paragraphs.slice(start, start + count)
})
const generatedDocuments = documents.map(paragraphsOf)

/** Edits blocks, checking `update(blocks)` after each, and `lintText()` on the text with other blank lines between the blocks. */
async function editSequence(paragraphs: string[], edits: readonly Edit[], options?: Options): Promise<void> {
  const linter = createLinter(options)
  const textLinter = createLinter(options)
  let blocks = paragraphs.map(blockOf)
  const check = async () => {
    await expectSameAsLint(linter, blocks, options)
    const text = blocks.map((block) => block.text).join('\n \n\n')
    expect(described(textLinter.lintText(text))).toEqual(described(await lint(text, options)))
  }
  await check()
  for (const change of edits) {
    blocks = apply(blocks, change)
    await check()
  }
}

describe('createLinter()', () => {
  test('gives the messages lint() gives for the blocks joined by blank lines', async () => {
    const linter = createLinter()
    const blocks = [blockOf('MM. Macron and Scholz met in Kiev.'), blockOf('He said: « we will see ».'), blockOf('Zelensky met Zelenskyy.')]
    await expectSameAsLint(linter, blocks)
    expect(linter.update(blocks).messages.length).toBeGreaterThan(2)
  })

  test('reads blocks that touch white space together, as lint() reads the whole text', async () => {
    const linter = createLinter()
    for (const texts of [['a “quote', '', '” ends'], ['one\u00a0', 'two'], ['one\n', 'two  ', '\t three'], ['', ''], []]) {
      await expectSameAsLint(linter, texts.map(blockOf))
    }
  })

  test('places the blocks after an edit where the edit moved them, in lines and columns', async () => {
    const linter = createLinter()
    const [first, kyiv, other, last] = ['Start.', 'They met in Kiev.', 'Then in Kiev again.', 'End.'].map(blockOf)
    const sequences: BlockInput[][] = [
      [first!, kyiv!, blockOf(''), other!, last!],
      // The blank block gone: the blocks after it come two lines earlier.
      [first!, kyiv!, other!, last!],
      // Blanks moved from the end of one block to the start of the next: the same texts cut out, at the same offsets, one column on.
      [first!, {key: kyiv!.key, text: kyiv!.text + ' '}, other!, last!],
      [first!, kyiv!, {key: other!.key, text: ' ' + other!.text}, last!],
      [first!, other!, kyiv!, last!]
    ]
    for (const blocks of sequences) await expectSameAsLint(linter, blocks)
    expect(linter.update(sequences[3]!).messages.map(String)).toEqual([expect.stringMatching(/^3:13-3:17/), expect.stringMatching(/^5:10-5:14/)])
  })

  test('takes the options lint() takes, and refuses other formats', async () => {
    const options: Options = {rules: {'place-names': ['warn', {prefer: 'consistent'}], 'quote-marks': 'off'}}
    await editSequence(['They left Kiev for Kyiv.', 'Kyiv is calm.'], [{kind: 'remove', block: 1}], options)
    expect(() => createLinter({format: 'markdown'})).toThrow(/plain text/)
  })

  test('reuses unchanged blocks: the document-level rules see edits elsewhere', async () => {
    const linter = createLinter()
    const first = blockOf('The Elysée said so.')
    const file = linter.update([first, blockOf('Nothing else.')])
    expect(file.messages).toEqual([])
    const second = linter.update([first, blockOf('The Élysée agreed, and the Élysée left.')])
    // The accented spelling, met after the unaccented one, is the other side of the inconsistency (info).
    expect(second.messages.map(String)).toEqual([
      expect.stringMatching(/^1:5-1:11: Unexpected `Elysée`/),
      expect.stringMatching(/^3:5-3:11: Unexpected `Élysée`/)
    ])
  })

  test('copies the messages after an edit that moved them: what lint() makes, in new objects, the last ones left as they were', async () => {
    const linter = createLinter()
    const blocks = [
      'A short opening.',
      'MM. Lebrun toured the harbour of Odessa.',
      'The team said so.\nMM. Giraud agreed, selon the report.',
      'The Elysée spoke first.',
      'Then the Élysée spoke again.'
    ].map(blockOf)
    const first = linter.update(blocks).messages
    const seen = first.map((message) => JSON.stringify(message))
    // A line added to the first block moves the others down a line and along the text.
    const edited = [{key: blocks[0]!.key, text: 'A short opening.\nAnd a second line.'}, ...blocks.slice(1)]
    const second = linter.update(edited).messages
    const fresh = (await lint(edited.map((block) => block.text).join('\n\n'))).messages
    // A block’s and a document decision’s (name-variants) messages.
    expect(new Set(second.map((message) => message.ruleId))).toContain('name-variants')
    expect(second.length).toBeGreaterThanOrEqual(4)
    expect(second.map(String)).toEqual(fresh.map(String))
    for (const [index, message] of second.entries()) deepStrictEqual(message, fresh[index])
    for (const message of second) expect(first).not.toContain(message)
    expect(first.map((message) => JSON.stringify(message))).toEqual(seen)
  })

  test('keeps the messages of the document decisions that an edit after them leaves as they were', async () => {
    const linter = createLinter()
    const blocks = ['The Elysée said so.', 'The Élysée agreed, and the Élysée left.', 'Nothing else.'].map(blockOf)
    const first = linter.update(blocks).messages
    expect(first.map((message) => message.ruleId)).toEqual(['name-variants', 'name-variants'])
    const edited = [blocks[0]!, blocks[1]!, {key: blocks[2]!.key, text: 'Nothing else, said the mayor.'}]
    const file = linter.update(edited)
    expect(described(file)).toEqual(described(await lint(edited.map((block) => block.text).join('\n\n'))))
    const second = file.messages
    // Both messages read text before the edit: the same objects.
    expect(second.slice(0, 2)).toEqual(first)
    expect(second[0]).toBe(first[0])
    expect(second[1]).toBe(first[1])
  })

  // A kept decision’s reports on a block (quote-marks’ marks, once the document’s style is known) are kept with the block.
  test.each([
    {
      name: 'a mark facing the wrong way, with blocks edited before and after it',
      steps: [
        ['The clerk wrote “closed today” on the door.', 'The baker said ”fresh bread“ was gone.', 'Rain fell.'],
        ['The clerk wrote “closed today” on the door, twice.', 'The baker said ”fresh bread“ was gone.', 'Rain fell.'],
        ['The clerk wrote “closed today” on the door, twice.', 'The baker said ”fresh bread“ was gone.', 'Rain fell.\nThen snow.'],
        ['The baker said ”fresh bread“ was gone.', 'Rain fell.\nThen snow.']
      ]
    },
    {
      name: 'the document’s style changing with the blocks added and removed',
      steps: [
        ['Ana called it “a fair deal” at noon.', 'Ben called it "a trap" at once.', 'Cleo wrote “soon” on the list.'],
        ['Ana called it “a fair deal” at noon.', 'Ben called it "a trap" at once.', 'Dan said "no" and "never" twice.', 'Cleo wrote “soon” on the list.'],
        ['Ana called it “a fair deal” at noon.', 'Ben called it "a trap" at once.', 'Cleo wrote “soon” on the list.'],
        ['Ben called it "a trap" at once.', 'Cleo wrote “soon” on the list.', 'Ana called it “a fair deal” at noon.']
      ]
    }
  ])('keeps a decision’s reports on their blocks and moves them with the blocks: $name', async ({steps}) => {
    const linter = createLinter()
    for (const texts of steps) await expectSameAsLint(linter, texts.map(blockOf))
  })

  test('keeps the message of a decision’s report on a block that an edit after it leaves in place', async () => {
    const linter = createLinter()
    const blocks = ['The baker said ”fresh bread“ was gone.', 'Rain fell.'].map(blockOf)
    const first = linter.update(blocks).messages
    expect(first.map((message) => message.ruleId)).toEqual(['quote-marks', 'quote-marks'])
    const edited = [blocks[0]!, {key: blocks[1]!.key, text: 'Rain fell all day.'}]
    const second = linter.update(edited).messages
    expect(described(linter.update(edited))).toEqual(described(await lint(edited.map((block) => block.text).join('\n\n'))))
    expect(second[0]).toBe(first[0])
    expect(second[1]).toBe(first[1])
  })

  test('walks a rule that carries state across blocks over the whole document (an acronym explained once)', async () => {
    const linter = createLinter()
    const later = blockOf('The BAMF refused again.')
    const explained = [blockOf('The migration office (BAMF) wrote to them.'), later]
    await expectSameAsLint(linter, explained)
    expect(linter.update(explained).messages.map((message) => message.ruleId)).not.toContain('untranslated-french')
    await expectSameAsLint(linter, [later])
    expect(linter.update([later]).messages.map((message) => message.ruleId)).toContain('untranslated-french')
  })

  test('edit sequences on real articles give what lint() gives', async () => {
    await fc.assert(
      fc.asyncProperty(realDocuments, fc.array(edit, {maxLength: 6}), (paragraphs, edits) => editSequence(paragraphs, edits)),
      runs
    )
  }, 600_000)

  test('edit sequences on generated text give what lint() gives', async () => {
    await fc.assert(
      fc.asyncProperty(generatedDocuments, fc.array(edit, {maxLength: 6}), (paragraphs, edits) => editSequence(paragraphs, edits)),
      runs
    )
  }, 600_000)
})

/**
 * A rule of this test that decides over the document (every `#tag` after
 * its first mention), in both forms: `decide`, and a kept decision that
 * holds the summaries it was told of and checks, at every update, that the
 * changes it is handed make the document’s summaries (each removed one held,
 * each added one new, added in document order, the others in the order they
 * had).
 */
type Tags = Array<{tag: string; start: number}>
let keptUpdates = 0

function reportLaterMentions({report}: RuleContext<unknown>, blocks: ReadonlyArray<Summarized<Tags>>): void {
  const seen = new Set<string>()
  for (const {start, summary} of blocks) {
    for (const mention of summary) {
      if (seen.has(mention.tag))
        report({start: start + mention.start, end: start + mention.start + mention.tag.length, what: 'tag mentioned again', note: 'Test.'})
      seen.add(mention.tag)
    }
  }
}

function checkedDecision(): KeptDecision<Tags> {
  const held = new Set<Summarized<Tags>>()
  let order: Array<Summarized<Tags>> = []
  return {
    update(context, blocks, {removed, added}) {
      keptUpdates++
      for (const summary of removed) if (!held.delete(summary)) throw new Error('removed a summary not held')
      const gone = new Set(removed)
      const brought = new Set(added)
      for (const summary of added) {
        if (held.has(summary)) throw new Error('added a summary held')
        held.add(summary)
      }
      if (held.size !== blocks.length || blocks.some((summary) => !held.has(summary))) throw new Error('the changes do not make the document')
      const places = added.map((summary) => blocks.indexOf(summary))
      if (places.some((place, at) => at > 0 && place <= places[at - 1]!)) throw new Error('added out of document order')
      const stayed = order.filter((summary) => !gone.has(summary))
      const others = blocks.filter((summary) => !brought.has(summary))
      if (stayed.length !== others.length || stayed.some((summary, at) => others[at] !== summary)) throw new Error('the summaries kept changed order')
      order = [...blocks]
      reportLaterMentions(context, blocks)
    }
  }
}

const tagRule = defineOptionlessRule<undefined, Tags>({
  id: 'test-tags',
  description: 'A test rule: tags mentioned again.',
  category: 'names',
  severity: 'warn',
  fixable: false,
  create() {
    let tags: Tags = []
    return {
      block(block) {
        for (const match of block.text.matchAll(/#\w+/g)) tags.push({tag: match[0], start: match.index})
      },
      summary() {
        const summary = tags
        tags = []
        return summary
      }
    }
  },
  decide: reportLaterMentions,
  keepDecision: checkedDecision
})

describe('a rule’s kept decision', () => {
  const active = activeRules([tagRule], {})
  const tagged = fc.array(fc.constantFrom('#a', '#b', '#c', 'word', 'Some', '\n', ''), {maxLength: 6}).map((words) => words.join(' '))

  test('is told exactly what each update changed, and reports what decide reports', async () => {
    const before = keptUpdates
    await fc.assert(
      fc.asyncProperty(fc.array(tagged, {maxLength: 8}), fc.array(editsOf(tagged), {maxLength: 8}), async (paragraphs, edits) => {
        const linter = linterOf(active)
        let blocks = paragraphs.map(blockOf)
        for (const change of [undefined, ...edits]) {
          if (change) blocks = apply(blocks, change)
          const text = blocks.map((block) => block.text).join('\n\n')
          const expected = new VFile(text)
          reportFindings(expected, runRules(text, text, active).findings)
          expect(linter.update(blocks).messages.map(String), JSON.stringify(text)).toEqual(expected.messages.map(String))
        }
      }),
      runs
    )
    expect(keptUpdates).toBeGreaterThan(before)
  })

  test('is told of blocks that changed places as removed and added', () => {
    const linter = linterOf(active)
    const blocks = ['#a one', '#b two', '#a three', '#c four'].map(blockOf)
    const placed = (file: VFile) => file.messages.map((message) => [message.ruleId, message.place, message.actual])
    const mention = (offset: number) => ['test-tags', {start: {line: 5, column: 1, offset}, end: {line: 5, column: 3, offset: offset + 2}}, '#a']
    expect(placed(linter.update(blocks))).toEqual([mention(16)])
    const before = keptUpdates
    // The first and third blocks swapped: the later mention is the other one now.
    expect(placed(linter.update([blocks[2]!, blocks[1]!, blocks[0]!, blocks[3]!]))).toEqual([mention(18)])
    expect(keptUpdates).toBe(before + 1)
  })
})

describe('layout() after an update', () => {
  // Each case: the editor blocks before and after an update; the text and engine blocks must be those of a layout from scratch, and `kept` the engine blocks it keeps at the head and tail (the linter compares no other).
  const cases: Array<{name: string; before: string[]; after: string[]; kept: [number, number]}> = [
    {
      name: 'a word typed in the middle block',
      before: ['Tea is hot.', 'Rain fell.', 'Bells rang.'],
      after: ['Tea is hot.', 'Rain fell hard.', 'Bells rang.'],
      kept: [1, 1]
    },
    {name: 'the first block removed', before: ['Tea is hot.', 'Rain fell.', 'Bells rang.'], after: ['Rain fell.', 'Bells rang.'], kept: [0, 2]},
    {name: 'a block inserted before the last', before: ['a', 'b', 'c', 'd'], after: ['a', 'b', 'x', 'c', 'd'], kept: [2, 2]},
    {name: 'blank blocks removed before a heading', before: ['', '', '', '#a'], after: ['', '', '#a'], kept: [0, 1]},
    {
      name: 'a block joined to the next by a trailing space',
      before: ['One.', 'Two.', 'Three.', 'Four.'],
      after: ['One.', 'Two. ', 'Three.', 'Four.'],
      kept: [1, 2]
    },
    {name: 'a block split in two by a line break', before: ['One.', 'Two three.', 'Four.'], after: ['One.', 'Two\nthree.', 'Four.'], kept: [1, 1]},
    {name: 'every block removed', before: ['One.', 'Two.'], after: [], kept: [0, 0]},
    {name: 'nothing changed', before: ['One.', ' Two.', 'Three.'], after: ['One.', ' Two.', 'Three.'], kept: [3, 0]}
  ]
  const blocksOf = (texts: readonly string[]): BlockInput[] => texts.map((text, index) => ({key: String(index), text}))
  test.each(cases)('$name', ({before, after, kept}) => {
    const {laidOut: first, cache} = layout(blocksOf(before))
    const {text: beforeText, spans: beforeSpans} = {text: first.text, spans: [...first.spans]}
    const {laidOut: actual} = layout(blocksOf(after), cache)
    const {laidOut: expected} = layout(blocksOf(after))
    expect({text: actual.text, spans: [...actual.spans]}).toEqual({text: expected.text, spans: [...expected.spans]})
    expect([actual.keptHead, actual.keptTail]).toEqual(kept)
    // Each block kept reads as it read before, where it stood (the head) or moved by the text’s change (the tail).
    const texts = (text: string, spans: readonly number[]) => spans.flatMap((start, at) => (at % 2 === 0 ? [text.slice(start, spans[at + 1])] : []))
    const [head, tail] = kept
    const delta = actual.text.length - beforeText.length
    expect(actual.spans.slice(0, 2 * head)).toEqual(beforeSpans.slice(0, 2 * head))
    expect(actual.spans.slice(actual.spans.length - 2 * tail)).toEqual(beforeSpans.slice(beforeSpans.length - 2 * tail).map((offset) => offset + delta))
    expect(texts(actual.text, actual.spans).slice(0, head)).toEqual(texts(beforeText, beforeSpans).slice(0, head))
    expect(texts(actual.text, actual.spans).slice(actual.spans.length / 2 - tail)).toEqual(texts(beforeText, beforeSpans).slice(beforeSpans.length / 2 - tail))
  })
})

describe('the text of a layout', () => {
  // Documents of up to a few hundred blocks (the text is kept in parts of about 64 blocks), edited as an editor edits them.
  const blockText = fc.constantFrom('', 'Rain fell.', 'Tea\r\nis hot.', ' Bells rang ', 'x', 'Ships sail\n')
  const step = fc.record({at: fc.nat(), remove: fc.nat({max: 80}), insert: fc.array(blockText, {maxLength: 80, size: 'medium'})})
  const blocksOf = (texts: readonly string[]): BlockInput[] => texts.map((text, index) => ({key: String(index), text}))

  test('is the blocks joined by blank lines after any edits, and LaidOutText reads it as the string reads', () => {
    fc.assert(
      fc.property(
        fc.array(blockText, {maxLength: 400, size: 'max'}),
        fc.array(step, {maxLength: 8}),
        fc.array(fc.nat(), {maxLength: 20}),
        (texts, steps, offsets) => {
          let blocks = texts
          let {cache} = layout(blocksOf(blocks))
          for (const {at, remove, insert} of steps) {
            blocks = [...blocks]
            blocks.splice(at % (blocks.length + 1), remove, ...insert)
            const next = layout(blocksOf(blocks), cache)
            cache = next.cache
            const text = blocks.join('\n\n')
            expect(next.laidOut.text).toBe(text)
            const read = new LaidOutText(text.length, next.laidOut.editorStarts, next.laidOut.editorTexts)
            for (const offset of offsets) {
              const start = offset % (text.length + 2)
              expect([read.charCodeAt(start), read.charCodeAt(start - 1)]).toEqual([text.charCodeAt(start), text.charCodeAt(start - 1)])
              expect(read.slice(start, start + (offset % 40))).toBe(text.slice(start, start + (offset % 40)))
              const search = text.slice(start, start + 3)
              expect([read.startsWith(search, start), read.startsWith('\n' + search, start)]).toEqual([
                text.startsWith(search, start),
                text.startsWith('\n' + search, start)
              ])
            }
          }
        }
      ),
      runs
    )
  })
})
