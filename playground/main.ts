import type {VFile} from 'vfile'
import {autofix, createLinter, fix, processor, rules} from '../src/index.js'
import {formatOf, type Format} from '../src/formats/format.js'
import {density} from '../src/reporters/message.js'
import example from '../fixtures/afp-ukraine-2022.txt'
import {findingsOf, groupByRule, isSafe, type Finding} from './findings.js'
import {describe, h, renderDetails, renderDocument, renderSummary} from './render.js'
import {reportOf} from './report.js'

function element<Type extends HTMLElement>(id: string): Type {
  return document.getElementById(id) as Type
}

const input = element<HTMLTextAreaElement>('input')
const opener = element<HTMLInputElement>('open')
const formatPicker = element<HTMLSelectElement>('format')
const fixAllButton = element<HTMLButtonElement>('fix-all')
const undoButton = element<HTMLButtonElement>('undo')
const downloadButton = element<HTMLButtonElement>('download')
const status = element('status')
const view = element('document')
const details = element('details')
const summary = element('summary')
const card = element('card')

/** The document being checked: its name (a pasted text has none), what linting it gave, and the selection. */
const state: {name: string | undefined; file: VFile | undefined; findings: Finding[]; selected: number | undefined} = {
  name: undefined,
  file: undefined,
  findings: [],
  selected: undefined
}
/** Texts before each fix, for “Undo fix” (the textarea’s own undo does not see programmatic edits). */
const history: string[] = []
let run = 0

// One processor per format, as the CLI has: it counts words for the score, and its messages equal `lint()`’s.
const processors = new Map<Format, ReturnType<typeof processor>>()
function processorFor(format: Format) {
  let found = processors.get(format)
  if (!found) {
    found = processor().data('settings', {mtlint: {format}}).freeze()
    processors.set(format, found)
  }
  return found
}

// Plain text is linted incrementally: a keystroke parses again only the paragraph it changed.
const textLinter = createLinter()

function lintWith(format: Format, text: string): VFile | Promise<VFile> {
  return format === 'text' ? textLinter.lintText(text) : processorFor(format).process({value: text, path: state.name})
}

function currentFormat(): Format {
  const picked = formatPicker.value
  // `formatOf` reads only the extension of the file.
  return picked === 'auto' ? formatOf({extname: extensionOf(state.name)} as VFile) : (picked as Format)
}

function extensionOf(name: string | undefined): string {
  const match = name ? /\.[^.]+$/.exec(name) : null
  return match ? match[0] : ''
}

/** Lints the textarea’s text and redraws everything; a run overtaken by a newer one is dropped. */
async function check(focusNear?: number): Promise<void> {
  const text = input.value
  const current = ++run
  const file = await lintWith(currentFormat(), text)
  if (current !== run) return
  state.file = file
  state.findings = findingsOf(file)
  state.selected = undefined
  renderDocument(view, text, state.findings)
  view.toggleAttribute('data-empty', text === '')
  const words = file.data.mtlint?.words ?? 0
  renderSummary(summary, groupByRule(state.findings), {words, ...density(file.messages, words)}, (finding) => focusFinding(finding.id))
  const safe = state.findings.filter(isSafe).length
  fixAllButton.disabled = safe === 0
  fixAllButton.textContent = 'Fix all safe (' + safe + ')'
  downloadButton.disabled = text === ''
  undoButton.disabled = history.length === 0
  const next = focusNear === undefined ? undefined : state.findings.find((finding) => (finding.start ?? -1) >= focusNear)
  select(next?.id ?? state.findings.find((finding) => finding.start !== undefined)?.id, next !== undefined)
}

function markOf(id: number | undefined): HTMLElement | null {
  return id === undefined ? null : view.querySelector<HTMLElement>('[data-finding="' + id + '"]')
}

/** Selects a finding: details panel, roving tab stop, `aria-current` in the text and in the side list. */
function select(id: number | undefined, focus = false): void {
  markOf(state.selected)?.removeAttribute('aria-current')
  summary.querySelector('[aria-current]')?.removeAttribute('aria-current')
  for (const mark of view.querySelectorAll('[data-finding]')) mark.setAttribute('tabindex', '-1')
  state.selected = id
  const finding = state.findings.find((entry) => entry.id === id)
  renderDetails(details, finding, applyFix)
  const mark = markOf(id)
  if (!mark) return
  mark.setAttribute('tabindex', '0')
  mark.setAttribute('aria-current', 'true')
  summary.querySelector('[data-select="' + id + '"]')?.setAttribute('aria-current', 'true')
  if (focus) mark.focus()
}

function focusFinding(id: number): void {
  select(id, true)
  markOf(id)?.scrollIntoView({block: 'center', behavior: 'smooth'})
}

/** One replacement for one finding, through the API’s `fix()` (which refuses a span whose text, or the text around it, changed). */
function applyFix(finding: Finding, replacement: string): void {
  const before = input.value
  const {place, actual, fingerprint} = finding.message
  const after = fix(before, [{place, actual, fingerprint, expected: [replacement]}])
  if (after === before) {
    status.textContent = 'The text changed since it was checked: nothing replaced.'
    return
  }
  edit(after, 'Replaced `' + (finding.message.actual ?? '') + '` with `' + replacement + '`.', finding.start)
}

function edit(text: string, message: string, focusNear?: number): void {
  history.push(input.value)
  input.value = text
  status.textContent = message
  void check(focusNear)
}

/**
 * “Fix all safe”: `autofix()`, which lints and applies every single-replacement
 * fix again until nothing changes (as `mtlint --fix` does), since one fix can
 * make another (a `»` turned into `”` pairs the quotes anew).
 */
async function fixAll(): Promise<void> {
  const result = await autofix(input.value, {format: currentFormat()})
  const passes = result.passes + (result.passes === 1 ? ' pass' : ' passes')
  edit(result.value, 'Applied every safe fix in ' + passes + (result.stable ? '.' : '; more may remain.'))
}

function download(): void {
  if (!state.file) return
  const name = state.name ?? 'pasted.txt'
  const report = reportOf(state.file, name, currentFormat(), MTLINT_VERSION)
  const url = URL.createObjectURL(new Blob([JSON.stringify(report, null, 2) + '\n'], {type: 'application/json'}))
  const link = h('a', {href: url, download: name.replace(/\.[^.]+$/, '') + '.mtlint.json'})
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** Arrow keys move between highlights (one tab stop for the whole text); Enter goes to the fixes. */
function onKey(event: KeyboardEvent): void {
  const marks = [...view.querySelectorAll<HTMLElement>('[data-finding]')]
  const index = marks.indexOf(document.activeElement as HTMLElement)
  if (index === -1) return
  const moves: Record<string, number> = {ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: marks.length - 1}
  if (event.key in moves) {
    const target = marks[Math.max(0, Math.min(marks.length - 1, moves[event.key]!))]!
    event.preventDefault()
    focusFinding(Number(target.dataset.finding))
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault()
    ;(details.querySelector<HTMLElement>('button.fix') ?? details).focus()
  } else if (event.key === 'Escape') {
    card.hidden = true
  }
}

/** The hover card: the message, the note and the rule’s doc of the highlight under the pointer. */
function onHover(event: MouseEvent): void {
  const mark = (event.target as Element).closest<HTMLElement>('mark')
  const id = mark ? Number(mark.dataset.finding ?? mark.dataset.continues) : undefined
  const finding = state.findings.find((entry) => entry.id === id)
  if (!mark || !finding) {
    card.hidden = true
    return
  }
  card.replaceChildren(...describe(finding))
  const box = mark.getBoundingClientRect()
  card.style.left = Math.max(8, Math.min(box.left + window.scrollX, window.innerWidth - 380)) + 'px'
  card.style.top = box.bottom + window.scrollY + 6 + 'px'
  card.hidden = false
}

async function open(): Promise<void> {
  const chosen = opener.files?.[0]
  if (!chosen) return
  state.name = chosen.name
  history.length = 0
  input.value = await chosen.text()
  status.textContent = 'Opened ' + chosen.name + ' (' + currentFormat() + ').'
  await check()
}

let pending: ReturnType<typeof setTimeout> | undefined
input.addEventListener('input', () => {
  clearTimeout(pending)
  pending = setTimeout(() => void check(), 200)
})
opener.addEventListener('change', () => void open())
formatPicker.addEventListener('change', () => void check())
fixAllButton.addEventListener('click', () => void fixAll())
undoButton.addEventListener('click', () => {
  const previous = history.pop()
  if (previous === undefined) return
  input.value = previous
  status.textContent = 'Undone.'
  void check()
})
downloadButton.addEventListener('click', download)
element('example').addEventListener('click', () => {
  state.name = 'afp-ukraine-2022.txt'
  history.length = 0
  input.value = example
  void check()
})
view.addEventListener('keydown', onKey)
view.addEventListener('focusin', (event) => {
  const id = (event.target as HTMLElement).dataset.finding
  if (id !== undefined && Number(id) !== state.selected) select(Number(id))
})
view.addEventListener('click', (event) => {
  const mark = (event.target as Element).closest<HTMLElement>('mark')
  const id = mark?.dataset.finding ?? mark?.dataset.continues
  if (id !== undefined) select(Number(id), true)
})
view.addEventListener('mouseover', onHover)
view.addEventListener('mouseleave', () => (card.hidden = true))

element('legend').replaceChildren(
  ...[...new Set(rules.map((rule) => rule.category))].map((category) =>
    h('li', {}, [h('span', {class: 'swatch', 'data-category': category, 'aria-hidden': 'true'}), category])
  )
)
void check()
