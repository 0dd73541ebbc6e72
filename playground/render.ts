import {isSafe, replacementsOf, type Finding, type Group} from './findings.js'
import {nest, type Piece} from './nest.js'

// DOM for the playground. Text from the document and from messages goes in as
// text nodes only, never as HTML: the page shows untrusted documents.

type Attributes = Record<string, string | number | boolean | undefined>

/** `document.createElement` with attributes and children; `false` and `undefined` attributes are left out. */
export function h(tag: string, attributes: Attributes = {}, children: Array<Node | string> = []): HTMLElement {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue
    element.setAttribute(name, value === true ? '' : String(value))
  }
  element.append(...children)
  return element
}

/** A message’s text with its backticked parts as `<code>`: ``Unexpected `Kiev` `` reads as in the CLI. */
export function inlineCode(value: string): Node[] {
  return value.split('`').map((part, index) => (index % 2 === 1 ? h('code', {}, [part]) : document.createTextNode(part)))
}

/** The text with one focusable mark per finding (`data-finding`), coloured by `data-category`. */
export function renderDocument(container: HTMLElement, text: string, findings: readonly Finding[]): void {
  const placed = findings.filter((finding) => finding.start !== undefined && finding.end !== undefined)
  const byId = new Map(placed.map((finding) => [finding.id, finding]))
  const pieces = nest(
    text.length,
    placed.map((finding) => ({id: finding.id, start: finding.start!, end: finding.end!}))
  )
  container.replaceChildren(...pieces.map(build))

  function build(piece: Piece): Node {
    if (piece.type === 'text') return document.createTextNode(text.slice(piece.start, piece.end))
    const finding = byId.get(piece.id)!
    const attributes: Attributes = {class: 'finding', 'data-category': finding.category, 'data-level': finding.level}
    if (piece.head) {
      Object.assign(attributes, {
        'data-finding': finding.id,
        'data-start': finding.start,
        'data-end': finding.end,
        role: 'button',
        tabindex: -1,
        'aria-label': finding.message.reason + ' (' + finding.ruleKey + ')'
      })
    } else {
      // The rest of a mark that crosses another: the same finding, not a new highlight.
      attributes['data-continues'] = finding.id
    }
    return h('mark', attributes, piece.children.map(build))
  }
}

/** Where a finding is, what it is, why, and its rule’s doc: for the hover card and the details panel. */
export function describe(finding: Finding): HTMLElement[] {
  const {message, rule} = finding
  const where = finding.line === undefined ? 'Whole document' : 'Line ' + finding.line + ', column ' + finding.column
  const parts = [
    h('p', {class: 'where'}, [where + ' · ', h('span', {class: 'badge', 'data-category': finding.category}, [finding.category]), ' · ' + finding.level]),
    h('p', {class: 'reason'}, inlineCode(message.reason))
  ]
  if (message.note) parts.push(h('p', {class: 'note'}, inlineCode(message.note)))
  const url = message.url ?? rule?.url
  const name = url ? h('a', {href: url, target: '_blank', rel: 'noopener'}, [finding.ruleKey]) : h('code', {}, [finding.ruleKey])
  parts.push(h('p', {class: 'rule'}, [name, ...(rule ? [': ', ...inlineCode(rule.description)] : [])]))
  return parts
}

/** The details panel of the selected finding, with one button per replacement. */
export function renderDetails(panel: HTMLElement, finding: Finding | undefined, onFix: (finding: Finding, replacement: string) => void): void {
  if (!finding) {
    panel.replaceChildren(
      h('p', {class: 'hint'}, ['Select a highlight (click it, or Tab into the text and use the arrow keys) to see why it was reported and to fix it.'])
    )
    return
  }
  const buttons = replacementsOf(finding).map((replacement) => {
    const label = replacement === '' ? 'Delete `' + (finding.message.actual ?? '') + '`' : 'Replace with `' + replacement + '`'
    const button = h('button', {type: 'button', class: 'fix', 'data-replacement': replacement}, inlineCode(label))
    button.addEventListener('click', () => onFix(finding, replacement))
    return button
  })
  const fixes =
    buttons.length > 0
      ? h('div', {class: 'fixes', role: 'group', 'aria-label': 'Fixes'}, buttons)
      : h('p', {class: 'hint'}, ['No mechanical fix: edit the text by hand.'])
  panel.replaceChildren(...describe(finding), fixes)
  if (buttons.length > 0 && !isSafe(finding)) {
    panel.append(h('p', {class: 'hint'}, ['“Fix all safe” leaves this one to you: pick a replacement.']))
  }
}

/** The side list: the score, then the findings grouped by rule with their counts. */
export function renderSummary(
  container: HTMLElement,
  groups: readonly Group[],
  score: {findings: number; words: number; perThousandWords: number},
  onSelect: (finding: Finding) => void
): void {
  const numbers = new Intl.NumberFormat('en-US')
  const headline = h('p', {class: 'score'}, [
    h('strong', {'data-score': score.perThousandWords.toFixed(1)}, [score.perThousandWords.toFixed(1)]),
    ' artifacts per 1,000 words (' + numbers.format(score.findings) + ' in ' + numbers.format(score.words) + ' words)'
  ])
  const list = groups.map((group) =>
    h('details', {class: 'group', open: true, 'data-rule': group.ruleKey}, [
      h('summary', {}, [
        h('span', {class: 'swatch', 'data-category': group.category, 'aria-hidden': 'true'}),
        h('span', {class: 'rule-name'}, [group.ruleKey]),
        h('span', {class: 'count', 'aria-label': group.findings.length + ' findings'}, [String(group.findings.length)])
      ]),
      h(
        'ul',
        {},
        group.findings.map((finding) => {
          const button = h('button', {type: 'button', 'data-select': finding.id}, [
            finding.line === undefined ? '' : finding.line + ':' + finding.column + ' ',
            h('code', {}, [finding.message.actual ?? finding.message.reason])
          ])
          button.addEventListener('click', () => onSelect(finding))
          return h('li', {}, [button])
        })
      )
    ])
  )
  container.replaceChildren(headline, ...(list.length > 0 ? list : [h('p', {class: 'hint'}, ['Nothing to report.'])]))
}
