/**
 * The TipTap demo (`npm run playground` builds it into `dist/playground/tiptap/`):
 * the seed article in a TipTap editor with `mtlint/tiptap`, the findings
 * listed by rule, and a hover card with the message, its note, the rule’s doc
 * and the fix buttons. `window.demo` is what the browser test reads.
 */
import {Editor, type JSONContent} from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import article from '../../fixtures/afp-ukraine-2022.txt'
import {Mtlint, severityOf, type Finding} from '../../src/tiptap/index.js'
import {h, inlineCode} from '../render.js'

function docOf(text: string): JSONContent {
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '')
  return {type: 'doc', content: paragraphs.map((paragraph) => ({type: 'paragraph', content: [{type: 'text', text: paragraph}]}))}
}

const card = document.querySelector<HTMLElement>('#card')!
const summary = document.querySelector<HTMLElement>('#summary')!
const status = document.querySelector<HTMLElement>('#status')!

const editor = new Editor({
  element: document.querySelector<HTMLElement>('#editor')!,
  // The page’s Content-Security-Policy allows no inline style: the editor’s few rules are in tiptap.css.
  injectCSS: false,
  extensions: [StarterKit, Mtlint.configure({debounce: 150})],
  content: docOf(article),
  onTransaction: () => scheduleSummary()
})

const findings = (): readonly Finding[] => editor.storage.mtlint.findings

let shown: readonly Finding[] | undefined
let pending = false
function scheduleSummary(): void {
  if (pending) return
  pending = true
  requestAnimationFrame(() => {
    pending = false
    if (findings() !== shown) renderSummary((shown = findings()))
  })
}

/** The findings grouped by rule, each a button that selects its text and shows its card. */
function renderSummary(all: readonly Finding[]): void {
  const groups = new Map<string, Finding[]>()
  for (const finding of all) {
    const rule = finding.message.ruleId ?? 'mtlint'
    const list = groups.get(rule)
    if (list) list.push(finding)
    else groups.set(rule, [finding])
  }
  status.textContent = all.length + ' findings'
  summary.replaceChildren(
    ...[...groups].map(([rule, list]) =>
      h('details', {class: 'group', open: true, 'data-rule': rule}, [
        h('summary', {}, [h('span', {class: 'rule-name'}, [rule]), h('span', {class: 'count'}, [String(list.length)])]),
        h(
          'ul',
          {},
          list.map((finding) => {
            const button = h('button', {type: 'button'}, [h('code', {}, [finding.message.actual ?? finding.message.reason])])
            button.addEventListener('click', () => select(finding))
            return h('li', {}, [button])
          })
        )
      ])
    )
  )
}

function select(finding: Finding): void {
  editor.chain().focus().setTextSelection({from: finding.from, to: finding.to}).scrollIntoView().run()
  const {node} = editor.view.domAtPos(finding.from)
  showCard(finding, (node instanceof Element ? node : node.parentElement)!)
}

/** The card of a finding beside `anchor`: what, why, the rule’s doc, a button per replacement and one to ignore it. */
function showCard(finding: Finding, anchor: Element): void {
  const {message} = finding
  const fixes = (message.expected ?? []).map((replacement) => {
    const label = replacement === '' ? 'Delete' : 'Replace with `' + replacement + '`'
    const button = h('button', {type: 'button', class: 'fix', 'data-replacement': replacement}, inlineCode(label))
    button.addEventListener('click', () => {
      editor.commands.applyFix(finding, replacement)
      hideCard()
    })
    return button
  })
  const ignore = h('button', {type: 'button', class: 'ignore'}, ['Ignore'])
  ignore.addEventListener('click', () => {
    editor.commands.ignoreFinding(finding)
    hideCard()
  })
  card.replaceChildren(
    h('p', {class: 'where'}, [message.ruleId ?? 'mtlint', ' · ', severityOf(message)]),
    h('p', {class: 'reason'}, inlineCode(message.reason)),
    ...(message.note ? [h('p', {class: 'note'}, inlineCode(message.note))] : []),
    ...(message.url ? [h('p', {}, [h('a', {href: message.url, target: '_blank', rel: 'noopener'}, ['The rule’s doc'])])] : []),
    h('div', {class: 'fixes', role: 'group', 'aria-label': 'Fixes'}, [...fixes, ignore])
  )
  const box = anchor.getBoundingClientRect()
  card.style.left = window.scrollX + box.left + 'px'
  card.style.top = window.scrollY + box.bottom + 6 + 'px'
  card.hidden = false
  current = finding
}

let current: Finding | undefined
function hideCard(): void {
  card.hidden = true
  current = undefined
}

/** The finding under a decoration: the one whose span holds the position of the hovered text. */
function findingAt(element: Element): Finding | undefined {
  const position = editor.view.posAtDOM(element, 0)
  const rule = element.getAttribute('data-rule')
  return findings().find((finding) => finding.message.ruleId === rule && finding.from <= position && position < finding.to)
}

editor.view.dom.addEventListener('mouseover', (event) => {
  const mark = (event.target as Element).closest('.mtlint')
  if (!mark) return
  const finding = findingAt(mark)
  if (finding && finding !== current) showCard(finding, mark)
})
document.addEventListener('mousedown', (event) => {
  if (!card.contains(event.target as Node) && !(event.target as Element).closest('.mtlint')) hideCard()
})
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hideCard()
})
document.querySelector('#fix-all')!.addEventListener('click', () => editor.commands.applyAllSafeFixes())
document.querySelector('#undo')!.addEventListener('click', () => editor.commands.undo())

Object.assign(window, {
  demo: {
    text: () => editor.state.doc.content.content.map((node) => node.textContent).join('\n\n'),
    findings: () => findings().map((finding) => ({ruleId: finding.message.ruleId, actual: finding.message.actual})),
    card: () => (card.hidden ? undefined : card.textContent)
  }
})
