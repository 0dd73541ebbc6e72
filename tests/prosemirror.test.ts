/**
 * `mtlint/prosemirror` on ProseMirror’s own packages, in sync mode (no view,
 * no DOM): textblocks to blocks, findings back to document positions across
 * marks, hard breaks, inline atoms and nested blocks; decorations; commands.
 */
import {Schema, type Node} from 'prosemirror-model'
import {schema as basic} from 'prosemirror-schema-basic'
import {addListNodes} from 'prosemirror-schema-list'
import {EditorState, type Command} from 'prosemirror-state'
import {history, undo} from 'prosemirror-history'
import {describe, expect, test} from 'vitest'
import {lint} from '../src/index.js'
import {applyAllSafeFixes, applyFix, ignore, mtlintPlugin, mtlintPluginKey, textBlocks, type Finding} from '../src/prosemirror/index.js'

const schema = new Schema({
  nodes: addListNodes(basic.spec.nodes, 'paragraph block*', 'block').addToEnd('mention', {
    inline: true,
    group: 'inline',
    atom: true,
    attrs: {name: {default: ''}},
    leafText: (node) => '@' + String(node.attrs.name)
  }),
  marks: basic.spec.marks
})
const {doc, paragraph, heading, blockquote, bullet_list: bulletList, list_item: listItem, code_block: codeBlock, hard_break: hardBreak, mention} = schema.nodes
const em = schema.marks.em!.create()
const strong = schema.marks.strong!.create()
const text = (value: string, marks: readonly (typeof em)[] = []) => schema.text(value, marks)

/** A document with a finding in each kind of place: a heading, marks, a blockquote, a nested list, a hard break, an atom, code. */
function article(): Node {
  return doc!.create(null, [
    heading!.create({level: 1}, text('Talks in Kiev')),
    paragraph!.create(null, [text('MM. '), text('Ma', [em]), text('cron', [em, strong]), text(' and Scholz met in Ki'), text('ev', [em]), text('.')]),
    blockquote!.create(null, paragraph!.create(null, text('He said: « we will see ».'))),
    bulletList!.create(null, [
      listItem!.create(null, [
        paragraph!.create(null, text('The Elysée said so.')),
        bulletList!.create(null, listItem!.create(null, paragraph!.create(null, [text('Then the Élysée and the Élysée agreed.')])))
      ])
    ]),
    paragraph!.create(null, [text('Mme Dupont wrote to'), hardBreak!.create(), text('Mme Durand and '), mention!.create({name: 'desk'}), text(' in Kiev.')]),
    codeBlock!.create(null, text('MM. Kiev « code »'))
  ])
}

function stateOf(node: Node, options = {}): EditorState {
  return EditorState.create({doc: node, plugins: [history(), mtlintPlugin({sync: true, ...options})]})
}

const findingsOf = (state: EditorState): readonly Finding[] => mtlintPluginKey.getState(state)!.findings
const decorationsOf = (state: EditorState) => mtlintPluginKey.getState(state)!.decorations.find()

function run(state: EditorState, command: Command): EditorState {
  let next = state
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true)
  return next
}

describe('mtlint/prosemirror', () => {
  test('finds what lint() finds in the text of the textblocks, code blocks left out', async () => {
    const state = stateOf(article())
    const blocks = textBlocks(state.doc)
    expect(blocks.map((block) => block.text)).toEqual([
      'Talks in Kiev',
      'MM. Macron and Scholz met in Kiev.',
      'He said: « we will see ».',
      'The Elysée said so.',
      'Then the Élysée and the Élysée agreed.',
      'Mme Dupont wrote to\nMme Durand and \uFFFC in Kiev.'
    ])
    const file = await lint(blocks.map((block) => block.text).join('\n\n'))
    expect(file.messages.length).toBeGreaterThan(5)
    const findings = findingsOf(state)
    expect(findings.map((finding) => [finding.message.ruleId, finding.message.reason])).toEqual(
      file.messages.map((message) => [message.ruleId, message.reason])
    )
    expect(decorationsOf(state)).toHaveLength(findings.length)
  })

  test('places every finding at document positions whose text is its `actual`, across marks and nested blocks', () => {
    const state = stateOf(article())
    const findings = findingsOf(state)
    for (const finding of findings) expect(state.doc.textBetween(finding.from, finding.to)).toBe(finding.message.actual)
    const actuals = findings.map((finding) => finding.message.actual)
    expect(actuals).toEqual(expect.arrayContaining(['Kiev', 'MM.', 'Elysée']))
    // `Ki` plain and `ev` emphasised: one finding over both.
    const second = state.doc.child(1)
    const kiev = findings.find((finding) => finding.message.actual === 'Kiev' && finding.from > 1 + state.doc.child(0).nodeSize)!
    expect(kiev.from).toBe(state.doc.child(0).nodeSize + 1 + second.textContent.indexOf('Kiev'))
  })

  test('draws decorations with classes by category and severity, and the rule and message as data', () => {
    const state = stateOf(article())
    const decoration = decorationsOf(state).find(
      (entry) => (entry as unknown as {type: {attrs: Record<string, string>}}).type.attrs['data-rule'] === 'place-names'
    )!
    const attrs = (decoration as unknown as {type: {attrs: Record<string, string>}}).type.attrs
    expect(attrs.class).toBe('mtlint mtlint-names mtlint-warning')
    expect(attrs['data-message']).toMatch(/^Unexpected `Kiev`/)
  })

  test('lints typing: a calque or `MM. ` typed is decorated', () => {
    let state = stateOf(doc!.create(null, paragraph!.create(null, text('They met.'))))
    expect(findingsOf(state)).toEqual([])
    state = state.apply(state.tr.insertText('MM. Dupont and Durand ', 1))
    state = state.apply(state.tr.insertText('While the head of American diplomacy arrived, ', 1))
    const rules = findingsOf(state).map((finding) => [finding.message.ruleId, finding.message.actual])
    expect(rules).toEqual(
      expect.arrayContaining([
        ['calque', 'head of American diplomacy'],
        ['french-honorifics', 'MM.']
      ])
    )
    expect(decorationsOf(state)).toHaveLength(findingsOf(state).length)
  })

  test('applyFix replaces the span in one undoable step; undo brings the text and its decoration back', () => {
    let state = stateOf(article())
    const kiev = findingsOf(state).find((finding) => finding.message.ruleId === 'place-names')!
    const before = state.doc
    state = run(state, applyFix(kiev, kiev.message.expected![0]!))
    expect(state.doc.child(0).textContent).toBe('Talks in Kyiv')
    expect(findingsOf(state).some((finding) => finding.from === kiev.from && finding.message.ruleId === 'place-names')).toBe(false)
    state = run(state, undo)
    expect(state.doc.eq(before)).toBe(true)
    expect(findingsOf(state).find((finding) => finding.message.ruleId === 'place-names')).toMatchObject({from: kiev.from, to: kiev.to})
    // A finding whose text has changed since is refused.
    state = state.apply(state.tr.insertText('X', kiev.from + 1))
    expect(applyFix(kiev, 'Kyiv')(state)).toBe(false)
  })

  test('applyFix across marks replaces the text and leaves the marks around it', () => {
    let state = stateOf(article())
    const kiev = findingsOf(state).find(
      (finding) => finding.message.ruleId === 'place-names' && state.doc.resolve(finding.from).parent.type === paragraph && finding.from < 60
    )!
    state = run(state, applyFix(kiev, 'Kyiv'))
    expect(state.doc.child(1).textContent).toBe('MM. Macron and Scholz met in Kyiv.')
    const marked: string[] = []
    state.doc.child(1).forEach((child) => child.marks.length > 0 && marked.push(child.text!))
    expect(marked).toEqual(['Ma', 'cron'])
  })

  test('applyAllSafeFixes fixes every single-replacement finding in one undoable step', async () => {
    let state = stateOf(article())
    const before = state.doc
    state = run(state, applyAllSafeFixes())
    expect(findingsOf(state).filter((finding) => finding.message.expected?.length === 1)).toEqual([])
    expect(state.doc.child(0).textContent).toBe('Talks in Kyiv')
    expect(state.doc.lastChild!.textContent).toBe('MM. Kiev « code »')
    state = run(state, undo)
    expect(state.doc.eq(before)).toBe(true)
  })

  test('ignore hides a finding, also after edits elsewhere', () => {
    let state = stateOf(article())
    const count = findingsOf(state).length
    const honorific = findingsOf(state).find((finding) => finding.message.actual === 'MM.')!
    state = run(state, ignore(honorific))
    expect(findingsOf(state)).toHaveLength(count - 1)
    state = state.apply(state.tr.insertText('Now. ', state.doc.content.size - 1))
    expect(findingsOf(state).some((finding) => finding.message.actual === 'MM.')).toBe(false)
  })

  test('runs the rules it is given', () => {
    const state = stateOf(article(), {rules: {'place-names': 'off'}})
    expect(findingsOf(state).some((finding) => finding.message.ruleId === 'place-names')).toBe(false)
    expect(findingsOf(state).length).toBeGreaterThan(0)
  })

  test('without `sync`, the state holds no findings until a view lints (after the debounce)', () => {
    const state = EditorState.create({doc: article(), plugins: [mtlintPlugin()]})
    expect(findingsOf(state)).toEqual([])
    const findings = findingsOf(stateOf(article()))
    const next = state.apply(state.tr.setMeta(mtlintPluginKey, {findings, doc: state.doc}))
    expect(findingsOf(next)).toBe(findings)
  })
})
