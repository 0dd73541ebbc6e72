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

/**
 * `list[index]`, or `undefined` before the first item. V8 reads a negative
 * index as a property name, looked up along the prototypes: ~10× a read in
 * bounds, and the site reads slower afterwards at every index. Rules read
 * the token before a word, and the first word of a sentence has none: in
 * a headline list or subtitles, that is every line.
 */
export function itemAt<T>(list: readonly T[], index: number): T | undefined {
  return index < 0 ? undefined : list[index]
}

/** A token, lower-cased once. */
export function tokenOf(kind: Token['kind'], value: string, start: number, end: number): Token {
  // Punctuation has no case; a symbol may (`Ⓐ`).
  return {kind, value, lower: kind === 'punctuation' ? value : lowerCase(value), start, end}
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
