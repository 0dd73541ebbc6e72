import type {Sentence} from 'nlcst'
import {masked} from './prose.js'
import type {Token} from './types.js'

/**
 * The words, punctuation marks and symbols of a sentence, with document
 * offsets; white space is left out. Inline code (a `SourceNode` of Markdown
 * or HTML) is one masked symbol: no phrase matches it or across it, and a
 * run of words ends at it. This runs for every token of every document, for
 * all rules at once: it reads each node once and lower-cases each word once.
 * (Token values are slices of a document stored two bytes per character as
 * soon as it holds a curly quote, which V8 lower-cases through ICU at ~60 ns
 * a word: rules that each lower-cased every token cost more.)
 */
export function sentenceTokens(sentence: Sentence, base: number): Token[] {
  const tokens: Token[] = []
  for (const child of sentence.children) {
    const position = child.position
    if (!position || child.type === 'WhiteSpaceNode') continue
    const start = (position.start.offset ?? 0) + base
    const end = (position.end.offset ?? 0) + base
    if (child.type === 'WordNode') {
      const parts = child.children
      let value = parts.length === 1 ? parts[0]!.value : ''
      if (parts.length !== 1) for (const part of parts) value += part.value
      tokens.push(tokenOf('word', value, start, end))
    } else {
      const value = child.type === 'SourceNode' ? masked : child.value
      tokens.push(tokenOf(child.type === 'PunctuationNode' ? 'punctuation' : 'symbol', value, start, end))
    }
  }
  return tokens
}

/** A token, lower-cased once. */
export function tokenOf(kind: Token['kind'], value: string, start: number, end: number): Token {
  // Punctuation has no case; a symbol may (`Ⓐ`).
  return {kind, value, lower: kind === 'punctuation' ? value : lowerCase(value), start, end}
}

/**
 * The token of `text` from `start` to `end` (block offsets; `base` makes them
 * document offsets): `tokenOf` of the slice, whose value and lower case a
 * short word shares with the last token of the same characters that fell in
 * its slot of a table (`cachedValues`). Most tokens are a few common words:
 * each slice was a new string, and a Map or Set that rules look it up in
 * hashed each new string again (V8 keeps a string’s hash with it).
 */
export function tokenIn(kind: Token['kind'], text: string, start: number, end: number, base: number): Token {
  const length = end - start
  // Up to 12 characters: V8 copies such a slice (a longer one would be a view keeping the whole text alive).
  if (length > 12) return tokenOf(kind, text.slice(start, end), start + base, end + base)
  let hash = length
  for (let index = start; index < end; index++) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0
  const slot = (hash ^ (hash >>> 13)) & cacheMask
  let value = cachedValues[slot]
  if (value === undefined || value.length !== length || !sameAt(value, text, start)) {
    value = text.slice(start, end)
    cachedValues[slot] = value
    cachedLowers[slot] = lowerCase(value)
  }
  return {kind, value, lower: kind === 'punctuation' ? value : cachedLowers[slot]!, start: start + base, end: end + base}
}

const cacheMask = 0x3fff
const cachedValues = new Array<string | undefined>(cacheMask + 1).fill(undefined)
const cachedLowers = new Array<string | undefined>(cacheMask + 1).fill(undefined)

/** Whether `value` stands in `text` at `start`. */
function sameAt(value: string, text: string, start: number): boolean {
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) !== text.charCodeAt(start + index)) return false
  return true
}

/**
 * `value.toLowerCase()`, without the call for a value already in lower-case
 * ASCII (most words): on a two-byte string V8 lower-cases through ICU even
 * when nothing changes, and a loop over the character codes is faster.
 */
function lowerCase(value: string): string {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if ((code >= 65 && code <= 90) || code > 127) return value.toLowerCase()
  }
  return value
}
