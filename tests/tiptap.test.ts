// @vitest-environment happy-dom
/**
 * `mtlint/tiptap` on TipTap’s own packages, in happy-dom’s DOM:
 * the extension’s options reach the plugin, its storage follows the
 * document, and its commands fix, fix all and ignore as one undoable step.
 */
import {Editor, type EditorOptions, type JSONContent} from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import {afterEach, describe, expect, test} from 'vitest'
import {lint} from '../src/index.js'
import {Mtlint, type Finding} from '../src/tiptap/index.js'

// happy-dom (this file’s environment) provides the DOM; the repository’s types leave the DOM out on purpose.
const {document} = globalThis as unknown as {document: {createElement(tag: 'div'): NonNullable<EditorOptions['element']>}}

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

function docOf(...paragraphs: string[]): JSONContent {
  return {type: 'doc', content: paragraphs.map((text) => ({type: 'paragraph', content: [{type: 'text', text}]}))}
}

function editorOf(content: JSONContent, options: Parameters<typeof Mtlint.configure>[0] = {}): Editor {
  const editor = new Editor({element: document.createElement('div'), extensions: [StarterKit, Mtlint.configure({sync: true, ...options})], content})
  editors.push(editor)
  return editor
}

const brief = ['MM. Blinken and Lavrov met in Kiev.', 'The minister said it was « a first step ».']
const spans = (findings: readonly Finding[]) => findings.map((finding) => [finding.message.ruleId, finding.message.actual])

describe('mtlint/tiptap', () => {
  test('the storage holds the findings lint() gives for the same text, at the document positions of their text', async () => {
    const editor = editorOf(docOf(...brief))
    const findings = editor.storage.mtlint.findings
    const expected = (await lint(brief.join('\n\n'))).messages.map((message) => [message.ruleId, message.actual])
    expect(spans(findings)).toEqual(expected)
    for (const finding of findings) expect(editor.state.doc.textBetween(finding.from, finding.to)).toBe(finding.message.actual)
  })

  test('the storage follows an edit', () => {
    const editor = editorOf(docOf('The talks went well.'))
    expect(editor.storage.mtlint.findings).toEqual([])
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, {type: 'text', text: ' MM. Macron and Scholz agreed.'})
    expect(spans(editor.storage.mtlint.findings)).toEqual([['french-honorifics', 'MM.']])
  })

  test('the rules option reaches the plugin', () => {
    const editor = editorOf(docOf(...brief), {rules: {'french-honorifics': 'off'}})
    const ids = editor.storage.mtlint.findings.map((finding) => finding.message.ruleId)
    expect(ids).not.toContain('french-honorifics')
    expect(ids).toContain('place-names')
  })

  test('applyFix replaces the span with the chosen replacement, as one undoable step', () => {
    const editor = editorOf(docOf(...brief))
    const kiev = editor.storage.mtlint.findings.find((finding) => finding.message.actual === 'Kiev')!
    expect(kiev.message.expected).toEqual(['Kyiv'])
    expect(editor.commands.applyFix(kiev, 'Kyiv')).toBe(true)
    expect(editor.state.doc.textContent).toContain('met in Kyiv.')
    expect(editor.storage.mtlint.findings.some((finding) => finding.message.actual === 'Kiev')).toBe(false)
    expect(editor.commands.undo()).toBe(true)
    expect(editor.state.doc.textContent).toContain('met in Kiev.')
  })

  test('applyFix refuses a finding whose text has changed since', () => {
    const editor = editorOf(docOf(...brief))
    const kiev = editor.storage.mtlint.findings.find((finding) => finding.message.actual === 'Kiev')!
    editor.commands.insertContentAt(kiev.from + 1, {type: 'text', text: 'x'})
    expect(editor.commands.applyFix(kiev, 'Kyiv')).toBe(false)
  })

  test('applyAllSafeFixes fixes every finding with one replacement in one step; undo restores the text', () => {
    const text = 'Talks in Kiev. Then Kiev again.'
    const editor = editorOf(docOf(text))
    expect(editor.storage.mtlint.findings.length).toBeGreaterThan(0)
    expect(editor.commands.applyAllSafeFixes()).toBe(true)
    expect(editor.state.doc.textContent).toBe('Talks in Kyiv. Then Kyiv again.')
    expect(editor.commands.undo()).toBe(true)
    expect(editor.state.doc.textContent).toBe(text)
  })

  test('ignoreFinding hides a finding, also after an edit elsewhere', () => {
    const editor = editorOf(docOf(...brief))
    const honorific = editor.storage.mtlint.findings.find((finding) => finding.message.ruleId === 'french-honorifics')!
    const before = editor.storage.mtlint.findings.length
    expect(editor.commands.ignoreFinding(honorific)).toBe(true)
    expect(editor.storage.mtlint.findings).toHaveLength(before - 1)
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, {type: 'text', text: ' Fine.'})
    expect(editor.storage.mtlint.findings.some((finding) => finding.message.ruleId === 'french-honorifics')).toBe(false)
  })

  test('commands chain with other TipTap commands into one transaction', () => {
    const editor = editorOf(docOf('Talks in Kiev.'))
    const kiev = editor.storage.mtlint.findings[0]!
    expect(editor.chain().applyFix(kiev, 'Kyiv').insertContentAt(1, {type: 'text', text: 'New '}).run()).toBe(true)
    expect(editor.state.doc.textContent).toBe('New Talks in Kyiv.')
    editor.commands.undo()
    expect(editor.state.doc.textContent).toBe('Talks in Kiev.')
  })
})
