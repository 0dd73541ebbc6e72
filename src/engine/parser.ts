import type {Paragraph, Parents, Root, Sentence, SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import {ParseEnglish} from 'parse-english'
import {characterType, innerSymbols, Trigger, whiteSpace, word} from './characters.js'

// What a tree’s positions are made of, loaded with the parser (see `trees.ts`).
export {location} from 'vfile-location'

type Plugin<Node> = (node: Node) => undefined | void

/** The first point of a text. */
export const origin: Point = {line: 1, column: 1, offset: 0}

/**
 * retext-english’s parser, giving the same trees for less work, with
 * positions that start at a point of the document instead of 1:1 (a block, or
 * a piece of one, is parsed on its own and its nodes point into the
 * document). `tests/parser.test.ts` holds the trees to the stock parser’s.
 *
 * - The characters are classed through a table made from the stock
 *   tokenizer (`characters.ts`) instead of three regular expressions each,
 *   and the tokens are placed where they are made.
 * - Most of parse-english’s sentence and paragraph plugins act only around a
 *   few characters (`'`, `/`, `&`, `-`, a symbol inside a word, `.`, a white
 *   space run with two line breaks); the tokenizer notes which of those the
 *   text holds, and a plugin whose characters it lacks is left out: it would
 *   walk every token and change nothing. So is a paragraph plugin that joins
 *   a sentence to its neighbours when the text can hold only one sentence.
 * - A node’s position is patched from its first and last children, not by a
 *   visit of every child.
 */
export class ParseAt extends ParseEnglish {
  /** What the text last tokenized holds (`Trigger` bits). */
  private triggers = 0

  constructor(private base: Point = origin) {
    super()
  }

  /** Parses `value` with positions that start at `base`. */
  parseAt(value: string, base: Point): Root {
    this.base = base
    return this.parse(value)
  }

  override tokenizeSentence(value?: string | null): Sentence {
    const result: Sentence = {type: 'SentenceNode', children: this.tokenize(value)}
    const triggers = this.triggers
    for (let index = 0; index < sentencePlugins.length; index++) {
      if ((triggers & sentenceNeeds[index]!) !== 0) sentencePlugins[index]!(result)
    }
    patchPosition(result)
    // Read by `tokenizeParagraph` and `tokenizeRoot` once this returns.
    this.tokenizeParagraphPlugins = paragraphPluginsFor(triggers)
    // The root plugins act on a paragraph that starts or ends with white space, or that white space splits.
    this.tokenizeRootPlugins = (triggers & (Trigger.sentences | Trigger.edges | Trigger.breaks)) === 0 ? noPlugins : rootPlugins
    return result
  }

  override tokenizeRoot(value?: string | null): Root {
    const root = super.tokenizeRoot(value)
    patchPosition(root)
    return root
  }

  /** The stock tokenizer’s tokens, placed at `base`; notes the triggers the text holds. */
  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = []
    this.triggers = 0
    if (!value) return children
    const base = this.base
    let line = base.line
    let column = base.column
    let offset = base.offset ?? 0
    let start: Point = {line, column, offset}
    let from = 0
    let previousType = 0
    let previousCode = -1
    let triggers = 0
    // Line breaks in the white space run being read.
    let breaks = 0
    // The first sentence-ending mark (a sentence ends after each but the last token’s).
    let firstTerminal = -1

    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      const type = characterType(code)
      if (index > from && !(previousType === type && (type === word || type === whiteSpace || code === previousCode || (code >= 0xd800 && code <= 0xdfff)))) {
        children.push(node(previousType, value.slice(from, index), start, {line, column, offset}))
        from = index
        start = {line, column, offset}
      }

      if (firstTerminal === -1 && (code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 0x203d)) firstTerminal = index
      if (type === whiteSpace) {
        if (code === 10 || code === 13) {
          if (++breaks === 2) triggers |= Trigger.breaks
        }
      } else {
        breaks = 0
        if (code < 128 ? asciiTriggers[code] === 1 : innerTriggers.has(code)) triggers |= triggersAt(value, index, code, previousType)
      }

      if (code === 13 || (code === 10 && previousCode !== 13)) {
        line++
        column = 1
      } else if (code !== 10) column++
      offset++
      previousType = type
      previousCode = code
    }

    children.push(node(previousType, value.slice(from), start, {line, column, offset}))
    // A full stop joins a word of several parts only when another plugin has made one.
    const parts = Trigger.apostrophe | Trigger.slash | Trigger.ampersand | Trigger.hyphen | Trigger.inner
    if ((triggers & Trigger.fullStop) !== 0 && (triggers & parts) !== 0) {
      triggers |= Trigger.initialism
    }
    if (firstTerminal !== -1 && firstTerminal < from) triggers |= Trigger.sentences
    if (previousType === whiteSpace || children[0]!.type === 'WhiteSpaceNode') triggers |= Trigger.edges
    this.triggers = triggers
    return children
  }
}

// The stock tokenizer’s node types, numbered by their class (`characters.ts`).
const typeNames = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const

function node(type: number, value: string, start: Point, end: Point): SentenceContent {
  return type === word
    ? {type: 'WordNode', children: [{type: 'TextNode', value, position: {start, end}}], position: {start, end: {...end}}}
    : {type: typeNames[type] as 'PunctuationNode', value, position: {start, end}}
}

const characterTriggers = new Map<number, number>([
  [0x27, Trigger.apostrophe],
  [0x2019, Trigger.apostrophe],
  [0x2f, Trigger.slash],
  [0x26, Trigger.ampersand],
  [0x2d, Trigger.hyphen],
  [0x2e, Trigger.fullStop]
])
// Whether an ASCII character sets a trigger (the few others are looked up in `innerTriggers`).
const asciiTriggers = Uint8Array.from({length: 128}, (_, code) => (innerSymbols.has(code) || characterTriggers.has(code) ? 1 : 0))
const innerTriggers = new Set([...innerSymbols, ...characterTriggers.keys()].filter((code) => code >= 128))

/** The triggers the character at `index` sets (one of `asciiTriggers` or `innerTriggers`). */
function triggersAt(value: string, index: number, code: number, previousType: number): number {
  let triggers = characterTriggers.get(code) ?? 0
  // Between two characters that are not white space: a word’s last before it, a word or another such symbol after.
  if (innerSymbols.has(code) && index > 0 && previousType !== whiteSpace && index + 1 < value.length) {
    const next = value.charCodeAt(index + 1)
    if (characterType(next) !== whiteSpace) triggers |= Trigger.inner
  }
  return triggers
}

// What each stock plugin needs to change anything (parse-english 7 on parse-latin 7: these, then `patchPosition`, in each list).
const sentenceNeeds = [
  Trigger.apostrophe | Trigger.slash, // English elisions (`'tis`, `w/`)
  Trigger.ampersand, // `&` before a word
  Trigger.hyphen, // `-` after a word
  Trigger.inner, // symbols inside a word
  Trigger.slash, // `/` inside a word
  Trigger.initialism // initialisms
]
const several = (triggers: number) => (triggers & Trigger.sentences) !== 0
const fullStop = (triggers: number) => (triggers & Trigger.fullStop) !== 0
// With one sentence, the plugins that join a sentence to the one before or after it change nothing.
const paragraphNeeds: Array<(triggers: number) => boolean> = [
  fullStop, // English abbreviations (`Jan.`)
  several, // sentences without words
  several, // closing marks after a full stop
  several, // sentences starting in lower case
  several, // sentences starting with a digit
  fullStop, // prefix abbreviations (`cf.`)
  several, // sentences starting with `,` or `;`
  (triggers) => fullStop(triggers) && several(triggers), // full stops inside a sentence (one ends each sentence but the last)
  (triggers) => (triggers & (Trigger.sentences | Trigger.edges)) !== 0, // initial white space
  (triggers) => (triggers & (Trigger.sentences | Trigger.edges)) !== 0, // final white space
  (triggers) => (triggers & Trigger.breaks) !== 0, // implicit sentence breaks
  (triggers) => (triggers & (Trigger.sentences | Trigger.edges)) !== 0 // empty nodes (a sentence of white space only)
]
const stockSentencePlugins = ParseEnglish.prototype.tokenizeSentencePlugins
const stockParagraphPlugins = ParseEnglish.prototype.tokenizeParagraphPlugins
const stockRootPlugins = ParseEnglish.prototype.tokenizeRootPlugins
if (stockSentencePlugins.length !== sentenceNeeds.length + 1 || stockParagraphPlugins.length !== paragraphNeeds.length + 1 || stockRootPlugins.length !== 4) {
  throw new Error('parse-english’s plugins changed: check `src/engine/parser.ts`')
}
const sentencePlugins = stockSentencePlugins.slice(0, -1)
// The stock root plugins but `patchPosition`, which is last and visits every child (see `tokenizeRoot`).
const rootPlugins = stockRootPlugins.slice(0, -1)
const noPlugins: typeof rootPlugins = []
const paragraphLists = new Map<number, Array<Plugin<Paragraph>>>()

function paragraphPluginsFor(triggers: number): Array<Plugin<Paragraph>> {
  const key = triggers & (Trigger.fullStop | Trigger.breaks | Trigger.sentences | Trigger.edges)
  let list = paragraphLists.get(key)
  if (!list) {
    list = stockParagraphPlugins.filter((_, index) => index < paragraphNeeds.length && paragraphNeeds[index]!(key))
    list.push(patchPosition)
    paragraphLists.set(key, list)
  }
  return list
}

/** parse-latin’s `patchPosition`: a parent without a start or end takes its first child’s start and its last child’s end. */
function patchPosition(parent: Parents): undefined {
  const children = parent.children
  const first = children[0]
  if (first?.position && !parent.position?.start) {
    parent.position ??= {} as NonNullable<Parents['position']>
    parent.position.start = first.position.start
  }
  const last = children[children.length - 1]
  if (last?.position && !parent.position?.end) {
    parent.position ??= {} as NonNullable<Parents['position']>
    parent.position.end = last.position.end
  }
  return undefined
}
