/**
 * A ProseMirror page for the browser test (`tests/browser/prosemirror.test.ts`): an editor with the basic schema
 * and lists, `mtlintPlugin` (debounce 0: each keystroke is linted as soon as
 * the browser is free), history, and what the test reads through `window.editor`.
 */
import {Schema, type Node} from 'prosemirror-model'
import {schema as basic} from 'prosemirror-schema-basic'
import {addListNodes} from 'prosemirror-schema-list'
import {EditorState} from 'prosemirror-state'
import {EditorView} from 'prosemirror-view'
import {history, undo} from 'prosemirror-history'
import {applyFix, mtlintPlugin, mtlintPluginKey} from '../src/prosemirror/index.js'

const schema = new Schema({nodes: addListNodes(basic.spec.nodes, 'paragraph block*', 'block'), marks: basic.spec.marks})

function docOf(text: string): Node {
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph !== '')
  return schema.node(
    'doc',
    null,
    paragraphs.length === 0 ? [schema.node('paragraph')] : paragraphs.map((paragraph) => schema.node('paragraph', null, [schema.text(paragraph)]))
  )
}

// Keystroke-to-decoration latencies: from a key press to the transaction that brings the findings of the text it made.
const latencies: number[] = []
const longTasks: number[] = []
let pressed: number | undefined
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration)
}).observe({type: 'longtask', buffered: false})

const view = new EditorView(document.querySelector('#editor')!, {
  state: EditorState.create({doc: docOf(''), plugins: [history(), mtlintPlugin({debounce: 0})]}),
  dispatchTransaction(tr) {
    view.updateState(view.state.apply(tr))
    if (pressed !== undefined && tr.getMeta(mtlintPluginKey)) {
      latencies.push(performance.now() - pressed)
      pressed = undefined
    }
  }
})
view.dom.addEventListener('keydown', () => (pressed = performance.now()), {capture: true})

const findings = () => mtlintPluginKey.getState(view.state)!.findings

Object.assign(window, {
  editor: {
    load(text: string) {
      view.updateState(EditorState.create({doc: docOf(text), plugins: view.state.plugins}))
      view.dispatch(view.state.tr)
    },
    text: () => view.state.doc.content.content.map((node) => node.textContent).join('\n\n'),
    findings: () =>
      findings().map((finding) => ({
        from: finding.from,
        to: finding.to,
        ruleId: finding.message.ruleId,
        actual: finding.message.actual,
        expected: finding.message.expected
      })),
    decorations: () => mtlintPluginKey.getState(view.state)!.decorations.find().length,
    fix(index: number) {
      const finding = findings()[index]!
      return applyFix(finding, finding.message.expected![0]!)(view.state, view.dispatch)
    },
    undo: () => undo(view.state, view.dispatch),
    focusEnd() {
      view.focus()
      const end = view.state.doc.content.size - 1
      view.dispatch(
        view.state.tr.setSelection((view.state.selection.constructor as typeof import('prosemirror-state').TextSelection).create(view.state.doc, end))
      )
    },
    measures: () => ({latencies: [...latencies], longTasks: [...longTasks]}),
    resetMeasures() {
      latencies.length = 0
      longTasks.length = 0
    }
  }
})
