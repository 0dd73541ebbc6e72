import type {Sentence} from 'nlcst'
import {masked} from './prose.js'
import type {Token} from './types.js'

/**
 * The words, punctuation marks and symbols of a sentence, with document
 * offsets; white space is left out. Inline code (a `SourceNode` of Markdown
 * or HTML) is one masked symbol: no phrase matches it or across it, and a
 * run of words ends at it.
 */
export function sentenceTokens(sentence: Sentence, base: number): Token[] {
  const tokens: Token[] = []
  for (const child of sentence.children) {
    const position = child.position
    if (!position || child.type === 'WhiteSpaceNode') continue
    let kind: Token['kind']
    let value: string
    if (child.type === 'WordNode') {
      kind = 'word'
      value = ''
      for (const part of child.children) value += part.value
    } else {
      kind = child.type === 'PunctuationNode' ? 'punctuation' : 'symbol'
      value = child.type === 'SourceNode' ? masked : child.value
    }
    tokens.push({
      kind,
      value,
      start: (position.start.offset ?? 0) + base,
      end: (position.end.offset ?? 0) + base
    })
  }
  return tokens
}
