import {characterType, innerSymbols, punctuation, symbol, Trigger, whiteSpace, word} from './characters.js'
import {itemAt, tokenOf} from './tokens.js'
import type {Token} from './types.js'

/**
 * The tokens of each sentence of a block, straight from its text: what
 * `sentenceTokens` reads from `ParseAt`’s tree of it, without the tree.
 *
 * The rules of the default preset read tokens, not nlcst: when no rule
 * reads a paragraph node, making one (a node and three position objects per
 * token, the plugins’ walks of them) is work that nobody reads. This runs
 * parse-english’s tokenizer and plugins over flat spans instead, in the
 * stock order and with the stock control flow (each merge of a plugin is a
 * merge here), so that its sentences and tokens are the stock parser’s.
 * Where a plugin tests a class of characters this does not hold exactly
 * (parse-latin’s big Unicode classes: a lower-case initial, a numeral, a
 * closing mark outside ASCII) or a white space run that breaks a sentence,
 * it gives up (`undefined`) and the engine parses the block.
 * `tests/sentence-tokens.test.ts` holds it to the stock parser.
 */
export function blockSentences(text: string, base: number): Token[][] | undefined {
  if (!tokenize(text)) return undefined
  const held = marksHeld
  // No plugin changes a block of one sentence without the marks they act on, unless it ends in an abbreviation: its tokens are the tokenizer's.
  if ((held & pluginMarks) === 0 && !terminalBeforeLast(text) && ((held & Trigger.fullStop) === 0 || !endsInAbbreviation(text))) {
    return flatTokens(text, base)
  }
  const children = spansOf()
  try {
    for (let index = 0; index < sentencePlugins.length; index++) {
      if ((held & sentenceNeeds[index]!) !== 0) marksOf(children, text, sentencePlugins[index]!)
    }
    const paragraph = splitSentences(children, text)
    // Of one sentence, only the full stop of an abbreviation can move: no plugin joins it to another.
    const several = paragraph.length > 1
    if ((held & Trigger.fullStop) !== 0) modify(paragraph, text, mergeEnglishPrefixExceptions)
    if (several) {
      modify(paragraph, text, mergeNonWordSentences)
      modify(paragraph, text, mergeAffixSymbol)
      modify(paragraph, text, mergeInitialLowerCaseLetterSentences)
      modify(paragraph, text, mergeInitialDigitSentences)
    }
    if ((held & Trigger.fullStop) !== 0) modify(paragraph, text, mergePrefixExceptions)
    if (several) {
      modify(paragraph, text, mergeAffixExceptions)
      // A full stop that is not a sentence’s last mark is there only once sentences were joined.
      if ((held & Trigger.fullStop) !== 0) mergeRemainingFullStops(paragraph, text)
    }
    return tokensOf(paragraph, text, base)
  } catch (error) {
    if (error === unsure) return undefined
    throw error
  }
}

/**
 * A node of the stock tree, as its span: a word’s parts are kept only once it
 * has more than one (`parts`). Spans live as long as one block is read, and
 * are reused from one block to the next (`span`): a block of four words
 * allocates none.
 */
class Span {
  parts: Span[] | undefined = undefined
  constructor(
    public type: number,
    public start: number,
    public end: number
  ) {}
}

const spanPool: Span[] = []
/** The spans of `spanPool` the block being read holds. */
let spansUsed = 0

/** A span of the block being read (one of `spanPool`). */
function span(type: number, start: number, end: number): Span {
  const reused = spanPool[spansUsed++]
  if (reused === undefined) {
    const made = new Span(type, start, end)
    spanPool.push(made)
    return made
  }
  reused.type = type
  reused.start = start
  reused.end = end
  reused.parts = undefined
  return reused
}

type Sentence = Span[]

/** Thrown where a plugin would test a character this module does not class exactly. */
const unsure = new Error('unsure')

/** The parts of a word (a new word is one text part, its own span). */
function partsOf(node: Span): Span[] {
  return (node.parts ??= [span(word, node.start, node.end)])
}

function isMark(node: Span | undefined): boolean {
  return node !== undefined && (node.type === punctuation || node.type === symbol)
}

/** Whether `node` is the one character `code`. */
function is(node: Span, text: string, code: number): boolean {
  return node.end - node.start === 1 && text.charCodeAt(node.start) === code
}

function valueOf(node: Span, text: string): string {
  return text.slice(node.start, node.end)
}

/**
 * parse-latin’s tokenizer over `text` (as `ParseAt.tokenize`), into
 * `tokenTypes` and `tokenStarts`; `false` when a white space run holds two
 * line breaks (a sentence break the plugins would make:
 * `breakImplicitSentences`).
 */
function tokenize(text: string): boolean {
  tokenCount = 0
  marksHeld = 0
  if (text.length === 0) return true
  if (tokenStarts.length <= text.length) {
    tokenTypes = new Uint8Array(text.length * 2)
    tokenStarts = new Int32Array(text.length * 2 + 1)
  }
  const types = tokenTypes
  const starts = tokenStarts
  let count = 0
  let held = 0
  let from = 0
  let previousType = 0
  let previousCode = -1
  let breaks = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const type = characterType(code)
    if (index > from && !(previousType === type && (type === word || type === whiteSpace || code === previousCode || (code >= 0xd800 && code <= 0xdfff)))) {
      types[count] = previousType
      starts[count++] = from
      from = index
      breaks = 0
    }
    // (`\r\n` is one line break.)
    if ((code === 13 || (code === 10 && previousCode !== 13)) && ++breaks === 2) return false
    if (type === punctuation || type === symbol) {
      const marks = code < 128 ? asciiMarks[code]! : (otherMarks.get(code) ?? 0)
      held |= marks & ~Trigger.inner
      // A symbol joins two words only between characters that are not white space (as `ParseAt` notes it).
      if ((marks & Trigger.inner) !== 0 && previousType !== whiteSpace && index > 0 && index + 1 < text.length) {
        if (characterType(text.charCodeAt(index + 1)) !== whiteSpace) held |= Trigger.inner
      }
    }
    previousType = type
    previousCode = code
  }
  types[count] = previousType
  starts[count++] = from
  starts[count] = text.length
  tokenCount = count
  marksHeld = held
  return true
}

// The tokens of the text last tokenized, flat: the type and start of each (its end is the next one’s start).
let tokenTypes = new Uint8Array(512)
let tokenStarts = new Int32Array(513)
let tokenCount = 0

/** The tokens last tokenized, as spans (the plugins merge and move them). */
function spansOf(): Span[] {
  spansUsed = 0
  // Made at its size: pushed one by one, an array is copied as it grows.
  const children = new Array<Span>(tokenCount)
  for (let index = 0; index < tokenCount; index++) children[index] = span(tokenTypes[index]!, tokenStarts[index]!, tokenStarts[index + 1]!)
  return children
}

/** Whether a terminal mark ends a sentence before the last token, so that the text may hold several (see `splitSentences`). */
function terminalBeforeLast(text: string): boolean {
  for (let index = 0; index < tokenCount - 1; index++) {
    if (tokenTypes[index] === punctuation && isTerminalAt(text, tokenStarts[index]!, tokenStarts[index + 1]!)) return true
  }
  return false
}

/**
 * Whether the text last tokenized ends in a word and a full stop that the
 * paragraph plugins join (`mergeEnglishPrefixExceptions`, `mergePrefixExceptions`).
 */
function endsInAbbreviation(text: string): boolean {
  const last = tokenCount - 1
  if (last < 1 || tokenTypes[last - 1] !== word) return false
  const end = tokenStarts[last + 1]!
  if (end - tokenStarts[last]! !== 1 || text.charCodeAt(end - 1) !== 0x2e) return false
  const value = text.slice(tokenStarts[last - 1], tokenStarts[last])
  return isEnglishAbbreviation(value) || isPrefixException(value)
}

/** The tokens last tokenized as one sentence (none of white space only), as `tokensOf` reads them when no plugin changed them. */
function flatTokens(text: string, base: number): Token[][] {
  let count = 0
  for (let index = 0; index < tokenCount; index++) if (tokenTypes[index] !== whiteSpace) count++
  if (count === 0) return []
  // Made at its size (see `spansOf`).
  const tokens = new Array<Token>(count)
  count = 0
  for (let index = 0; index < tokenCount; index++) {
    const type = tokenTypes[index]!
    if (type === whiteSpace) continue
    const start = tokenStarts[index]!
    const end = tokenStarts[index + 1]!
    tokens[count++] = tokenOf(kindNames[type]!, text.slice(start, end), start + base, end + base)
  }
  return [tokens]
}

const kindNames: Array<Token['kind'] | undefined> = [undefined, undefined, 'punctuation', 'word', 'symbol']

/** The marks the text last tokenized holds (`Trigger` bits of the parser's): a plugin whose marks it lacks would change nothing. */
let marksHeld = 0

function marksOfCharacter(character: string): number {
  let marks = 0
  if (character === "'" || character === '’') marks |= Trigger.apostrophe
  if (character === '/') marks |= Trigger.slash
  if (character === '&') marks |= Trigger.ampersand
  if (character === '-') marks |= Trigger.hyphen
  if (character === '.') marks |= Trigger.fullStop
  if (innerSymbols.has(character.charCodeAt(0))) marks |= Trigger.inner
  return marks
}

const asciiMarks = Uint8Array.from({length: 128}, (_, code) => marksOfCharacter(String.fromCharCode(code)))
const otherMarks = new Map([...'\u00AD\u00B7\u2010\u2011\u2019\u2027'].map((character) => [character.charCodeAt(0), marksOfCharacter(character)]))

// parse-latin’s `wordSymbolInner`: one of the parser's `innerSymbols`, or a run of underscores.
function isInnerSymbol(node: Span, text: string): boolean {
  if (node.end - node.start === 1 && innerSymbols.has(text.charCodeAt(node.start))) return true
  for (let index = node.start; index < node.end; index++) if (text.charCodeAt(index) !== 95) return false
  return true
}

// parse-latin’s `terminalMarker`: a run of `!`, `.`, `?`, `…`, `‽`.
function isTerminal(node: Span, text: string): boolean {
  return isTerminalAt(text, node.start, node.end)
}

function isTerminalAt(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code !== 33 && code !== 46 && code !== 63 && code !== 0x2026 && code !== 0x203d) return false
  }
  return true
}

// parse-latin’s `affixSymbol` (closing marks, repeated), exact for ASCII: `!"').?]}`.
const asciiAffixes = new Set([...'!"\').?]}'].map((character) => character.charCodeAt(0)))

function isAffix(node: Span, text: string): boolean {
  const first = text.charCodeAt(node.start)
  if (first >= 128) throw unsure
  if (!asciiAffixes.has(first)) return false
  for (let index = node.start + 1; index < node.end; index++) if (text.charCodeAt(index) !== first) return false
  return true
}

// parse-latin’s `lowerInitial`, exact for an ASCII initial.
function hasLowerInitial(node: Span, text: string): boolean {
  const first = text.charCodeAt(node.start)
  if (first >= 128) throw unsure
  return first >= 97 && first <= 122
}

// parse-latin’s `numerical`, for one character: exact for ASCII.
function isNumeral(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code >= 128) throw unsure
  return code >= 48 && code <= 57
}

// parse-english’s and parse-latin’s lists of abbreviations and elisions (`regex.js`, `merge-prefix-exceptions.js`).
const abbreviations =
  /^(t(?:hurs|bsp|sp)|s(?:e(?:pt|c)|q)|(?:tue|bbl|yd)s|thu|sep|tue|bbl|nov|aug|ju[ln]|(?:ap|h)r|(?:ja|su)n|m(?:ar|on|in)|(?:sa|oc|[kpq])t|g(?:ro|al)|f(?:eb|ri|[lt])|d(?:ec|oz)|wed|l(?:bs|td)|inc?|mi|gr|yd|lb|oz|cu)$/
const abbreviationsSensitive =
  /^((?:Northant|Derby|S(?:hrop|taff)|W(?:ark|orc)|L(?:in|ei|an)c|C(?:amb|he)|Trea|York|B(?:uck|e(?:rk|d))|(?:Not|Wil)t|H(?:er|[au]n)t|Glo|Pre)s|Northumb|N(?:or(?:thd|f)|e(?:br|v)|atl)|M(?:(?:essr|as|se)s|i(?:ddx|nn|ch|ss)|ont|lle|s(?:gr|s)|ddx|(?:me|r)s?|a[jn]|ex|gr|o|d|e|s|[tx])?|Heref|P(?:enna|[ahot])|D(?:e(?:rbs|[lv])|r)|Westm|(?:Cali|Pro)f|S(?:a(?:lop|sk)|uff|om|e[cn]|[qrxy])|(?:Bldg|Kan)s?|Here|P(?:enn?|k)|St(?:af)?|W(?:isc|arw|yo)|C(?:umb|olo)|B(?:lvd|rig)|(?:Ok|F)la|(?:Pk|[FH])wy|A(?:r(?:iz|k)|lt?a|tty|m[bd])|(?:Cap|S(?:up|g)|On|Ru|U)t|(?:Ter|Cd|D[ou]|Sn|J)r|(?:Oxo|Co[nr]|Ten|Ke|Ge|Ho)n|Wash|N(?:eb|at)|W(?:is|ar|o)|C(?:al|ol?)|Qu[e\u00E9]|I(?:ll|a)|Tex|G(?:ov|a)|Ind|R(?:te|e[pv]|d)|Ida|(?:Yu|Da)k|(?:Or|Av)e|Ssx|Ok|La|Br|Rt|Id|V[at]|Ky|Lt|F[rt])$/
const abbreviationPrefix = /^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/
const elisionPrefix = /^(ol?)$/
const elisionAffix = /^(t(?:were|(?:wa|i)s)|cause|e[mr]|im|\d\ds?)$/
/** The lists above, for a test to hold them to parse-english’s and parse-latin’s. */
export const copiedLists = {abbreviations, abbreviationsSensitive, elisionPrefix, elisionAffix, abbreviationPrefix}

function isApostrophe(node: Span, text: string): boolean {
  return is(node, text, 0x27) || is(node, text, 0x2019)
}

type Modifier<Item> = (item: Item, index: number, list: Item[], text: string) => number | undefined

/**
 * Runs `modifier` over `list` as unist-util-modify-children does: a number
 * it returns is the next index to visit.
 */
function modify<Item>(list: Item[], text: string, modifier: Modifier<Item>): void {
  for (let index = 0; index < list.length;) {
    const next = modifier(list[index]!, index, list, text)
    index = next === undefined ? index + 1 : Math.max(next, 0)
  }
}

/** `modify`, for a modifier that acts on punctuation marks and symbols only (each sentence plugin): the others are skipped here. */
function marksOf(list: Span[], text: string, modifier: Modifier<Span>): void {
  for (let index = 0; index < list.length;) {
    const type = list[index]!.type
    if (type !== punctuation && type !== symbol) {
      index++
      continue
    }
    const next = modifier(list[index]!, index, list, text)
    index = next === undefined ? index + 1 : Math.max(next, 0)
  }
}

// The sentence plugins, in parse-english’s order, over the tokens of the whole block, with the marks each needs to change anything.
const sentencePlugins: Array<Modifier<Span>> = [
  mergeEnglishElisionExceptions,
  mergeInitialWordSymbol,
  mergeFinalWordSymbol,
  mergeInnerWordSymbol,
  mergeInnerWordSlash,
  mergeInitialisms
]
// (An initialism is a word joined of parts around full stops, by the inner symbol plugin.)
const sentenceNeeds = [Trigger.apostrophe | Trigger.slash, Trigger.ampersand, Trigger.hyphen, Trigger.inner, Trigger.slash, Trigger.inner | Trigger.slash]
// The marks any of them needs.
const pluginMarks = sentenceNeeds.reduce((marks, needs) => marks | needs, 0)

// A visitor (unist-util-visit-children), not a modifier: after a merge, it goes on at the next index.
function mergeEnglishElisionExceptions(child: Span, index: number, children: Span[], text: string): number {
  mergeElision(child, index, children, text)
  return index + 1
}

function mergeElision(child: Span, index: number, children: Span[], text: string): void {
  {
    const length = children.length
    if (is(child, text, 0x2f)) {
      const sibling = itemAt(children, index - 1)
      if (sibling?.type === word && valueOf(sibling, text).toLowerCase() === 'w') {
        children.splice(index, 1)
        partsOf(sibling).push(child)
        sibling.end = child.end
      }
    } else if (isApostrophe(child, text)) {
      const sibling = itemAt(children, index - 1)
      if (
        index > 2 &&
        index < length - 1 &&
        sibling!.type === word &&
        children[index - 2]!.type === whiteSpace &&
        children[index + 1]!.type === whiteSpace &&
        elisionPrefix.test(valueOf(sibling!, text).toLowerCase())
      ) {
        children.splice(index, 1)
        partsOf(sibling!).push(child)
        sibling!.end = child.end
        return
      }
      if (index !== length - 1 && children[index + 1]!.type === word && (index === 0 || children[index - 1]!.type !== word)) {
        const next = children[index + 1]!
        const value = valueOf(next, text).toLowerCase()
        const other = children[index + 2]
        if (elisionAffix.test(value)) {
          children.splice(index, 1)
          partsOf(next).unshift(child)
          next.start = child.start
        } else if (value === 'n' && other?.type === punctuation && isApostrophe(other, text)) {
          children.splice(index, 1)
          children.splice(index + 1, 1)
          const parts = partsOf(next)
          parts.unshift(child)
          parts.push(other)
          next.start = child.start
          next.end = other.end
        }
      }
    }
  }
}

function mergeInitialWordSymbol(child: Span, index: number, children: Span[], text: string): number | undefined {
  if (!isMark(child) || !is(child, text, 0x26)) return undefined
  const next = children[index + 1]
  if ((index > 0 && children[index - 1]!.type === word) || next?.type !== word) return undefined
  children.splice(index, 1)
  partsOf(next).unshift(child)
  next.start = child.start
  return index - 1
}

function mergeFinalWordSymbol(child: Span, index: number, children: Span[], text: string): number | undefined {
  if (index === 0 || !isMark(child) || !is(child, text, 0x2d)) return undefined
  const previous = children[index - 1]!
  const next = children[index + 1]
  if (next?.type === word || previous.type !== word) return undefined
  children.splice(index, 1)
  partsOf(previous).push(child)
  previous.end = child.end
  return index
}

function mergeInnerWordSymbol(child: Span, index: number, children: Span[], text: string): number | undefined {
  if (index === 0 || !isMark(child)) return undefined
  const previous = children[index - 1]!
  if (previous.type !== word) return undefined
  // The last word of the run of words and inner symbols after `previous`.
  let lastWord = -1
  for (let position = index; position < children.length; position++) {
    const sibling = children[position]!
    if (sibling.type === word) lastWord = position
    else if (!isMark(sibling) || !isInnerSymbol(sibling, text)) break
  }
  if (lastWord === -1) return undefined
  const parts = partsOf(previous)
  for (let position = index; position <= lastWord; position++) {
    const sibling = children[position]!
    if (sibling.type === word) parts.push(...partsOf(sibling))
    else parts.push(sibling)
  }
  children.splice(index, lastWord + 1 - index)
  previous.end = parts[parts.length - 1]!.end
  return index
}

function mergeInnerWordSlash(child: Span, index: number, children: Span[], text: string): number | undefined {
  const previous = itemAt(children, index - 1)
  if (previous?.type !== word || !isMark(child) || !is(child, text, 0x2f)) return undefined
  const next = children[index + 1]
  const nextLength = next?.type === word ? next.end - next.start : 0
  if (previous.end - previous.start >= 3 || nextLength >= 3) return undefined
  const parts = partsOf(previous)
  parts.push(child)
  if (next?.type === word) parts.push(...partsOf(next))
  children.splice(index, next?.type === word ? 2 : 1)
  previous.end = next?.type === word ? next.end : child.end
  return index
}

function mergeInitialisms(child: Span, index: number, children: Span[], text: string): number | undefined {
  if (index === 0 || child.type !== punctuation || !is(child, text, 0x2e)) return undefined
  const previous = children[index - 1]!
  const parts = previous.parts
  if (previous.type !== word || !parts || parts.length === 1 || parts.length % 2 === 0) return undefined
  let allDigits = true
  for (let position = parts.length - 1; position >= 0; position--) {
    const value = valueOf(parts[position]!, text)
    if (position % 2 === 0) {
      if (value.length > 1) return undefined
      if (!isNumeral(value)) allDigits = false
    } else if (value !== '.') {
      if (position < parts.length - 2) break
      return undefined
    }
  }
  if (allDigits) return undefined
  children.splice(index, 1)
  parts.push(child)
  previous.end = child.end
  return index
}

/** parse-latin’s split of a paragraph into sentences: after each terminal mark, and at the end. */
function splitSentences(children: Span[], text: string): Sentence[] {
  const sentences: Sentence[] = []
  let start = 0
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!
    if (index === children.length - 1 || (node.type === punctuation && isTerminal(node, text))) {
      sentences.push(children.slice(start, index + 1))
      start = index + 1
    }
  }
  return sentences
}

// The paragraph plugins that move tokens (the white space ones move none) run in parse-english’s order in `blockSentences`.
const mergeEnglishPrefixExceptions = mergePrefixAbbreviation(isEnglishAbbreviation, punctuation)
const mergePrefixExceptions = mergePrefixAbbreviation(isPrefixException, symbol)

function isEnglishAbbreviation(value: string): boolean {
  return abbreviations.test(value.toLowerCase()) || abbreviationsSensitive.test(value)
}

function isPrefixException(value: string): boolean {
  return abbreviationPrefix.test(value.toLowerCase())
}

/**
 * parse-english’s `mergeEnglishPrefixExceptions` and parse-latin’s
 * `mergePrefixExceptions`: a sentence ending in an abbreviation and a full
 * stop takes the next one in. `periodTypes`: the English one takes a
 * punctuation mark only, the Latin one a symbol too (a full stop is always
 * punctuation), and wants two children.
 */
function mergePrefixAbbreviation(abbreviation: (value: string) => boolean, periodTypes: number) {
  const latin = periodTypes === symbol
  return (sentence: Sentence, index: number, paragraph: Sentence[], text: string): number | undefined => {
    if (latin && sentence.length <= 1) return undefined
    const period = sentence[sentence.length - 1]
    const node = itemAt(sentence, sentence.length - 2)
    if (!period || !(latin ? isMark(period) : period.type === punctuation) || !is(period, text, 0x2e)) return undefined
    if (node?.type !== word || !abbreviation(valueOf(node, text))) return undefined
    partsOf(node).push(period)
    sentence.pop()
    node.end = period.end
    const next = paragraph[index + 1]
    if (!next) return undefined
    sentence.push(...next)
    paragraph.splice(index + 1, 1)
    return index - 1
  }
}

function mergeNonWordSentences(sentence: Sentence, index: number, paragraph: Sentence[]): number | undefined {
  for (const node of sentence) if (node.type === word) return undefined
  const previous = itemAt(paragraph, index - 1)
  if (previous) {
    previous.push(...sentence)
    paragraph.splice(index, 1)
    return index
  }
  const next = paragraph[index + 1]
  if (next) {
    next.unshift(...sentence)
    paragraph.splice(index, 1)
  }
  return undefined
}

function mergeAffixSymbol(sentence: Sentence, index: number, paragraph: Sentence[], text: string): number | undefined {
  if (sentence.length === 0 || index === 0) return undefined
  const first = sentence[0]!
  if (!isMark(first) || !isAffix(first, text)) return undefined
  sentence.shift()
  paragraph[index - 1]!.push(first)
  return index - 1
}

function mergeInitialLowerCaseLetterSentences(sentence: Sentence, index: number, paragraph: Sentence[], text: string): number | undefined {
  if (index === 0 || sentence.length === 0) return undefined
  for (const node of sentence) {
    if (node.type === word) {
      if (!hasLowerInitial(node, text)) return undefined
      paragraph[index - 1]!.push(...sentence)
      paragraph.splice(index, 1)
      return index
    }
    if (isMark(node)) return undefined
  }
  return undefined
}

function mergeInitialDigitSentences(sentence: Sentence, index: number, paragraph: Sentence[], text: string): number | undefined {
  const previous = itemAt(paragraph, index - 1)
  const head = sentence[0]
  if (!previous || head?.type !== word) return undefined
  const code = text.charCodeAt(head.start)
  if (code < 48 || code > 57) return undefined
  previous.push(...sentence)
  paragraph.splice(index, 1)
  return index
}

function mergeAffixExceptions(sentence: Sentence, index: number, paragraph: Sentence[], text: string): number | undefined {
  const previous = itemAt(paragraph, index - 1)
  if (!previous || sentence.length === 0) return undefined
  for (const node of sentence) {
    if (node.type === word) return undefined
    if (isMark(node)) {
      if (!is(node, text, 0x2c) && !is(node, text, 0x3b)) return undefined
      previous.push(...sentence)
      paragraph.splice(index, 1)
      return index
    }
  }
  return undefined
}

function mergeRemainingFullStops(paragraph: Sentence[], text: string): void {
  for (const sentence of paragraph) {
    let found = false
    for (let position = sentence.length - 1; position >= 0; position--) {
      const node = sentence[position]!
      if (!isMark(node)) {
        if (node.type === word) found = true
        continue
      }
      if (!isTerminal(node, text)) continue
      if (!found) {
        found = true
        continue
      }
      if (!is(node, text, 0x2e)) continue
      const previous = itemAt(sentence, position - 1)
      const next = sentence[position + 1]
      if (previous?.type === word) {
        const nextNext = sentence[position + 2]
        if (next?.type === whiteSpace && nextNext && is(nextNext, text, 0x2e)) continue
        sentence.splice(position, 1)
        partsOf(previous).push(node)
        previous.end = node.end
        position--
      } else if (next?.type === word) {
        sentence.splice(position, 1)
        partsOf(next).unshift(node)
        next.start = node.start
      }
    }
  }
}

/** The tokens of each sentence that holds more than white space (the others are removed by parse-latin). */
function tokensOf(paragraph: Sentence[], text: string, base: number): Token[][] {
  const sentences: Token[][] = []
  for (const sentence of paragraph) {
    let count = 0
    for (const node of sentence) if (node.type !== whiteSpace) count++
    if (count === 0) continue
    const tokens = new Array<Token>(count)
    count = 0
    for (const node of sentence) {
      if (node.type !== whiteSpace) tokens[count++] = tokenOf(kindNames[node.type]!, text.slice(node.start, node.end), node.start + base, node.end + base)
    }
    sentences.push(tokens)
  }
  return sentences
}
