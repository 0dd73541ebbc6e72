import {characterRuns} from './character-types.js'

/**
 * The classes of characters parse-english’s tokenizer makes tokens of, read
 * from a table made from the stock tokenizer (`character-types.ts`, held to
 * it by `tests/character-types.test.ts`), so that plain text is tokenized
 * without loading parse-english (see `trees.ts`).
 */
export const whiteSpace = 1
export const punctuation = 2
export const word = 3
export const symbol = 4

const types = new Uint8Array(0x10000)
{
  let code = 0
  for (const run of characterRuns.split(' ')) {
    const end = code + Number.parseInt(run.slice(1), 36)
    types.fill(run.charCodeAt(0) - 48, code, end)
    code = end
  }
  if (code !== 0x10000) throw new Error('character-types.ts does not cover every code unit')
}

/** The stock tokenizer’s class of a UTF-16 code unit: 1 white space, 2 punctuation, 3 word, 4 symbol. */
export function characterType(code: number): number {
  return types[code]!
}

/** What a plugin needs in the text to change anything. */
export const enum Trigger {
  /** An apostrophe (`'`, `’`): English elisions. */
  apostrophe = 1,
  /** `/` (`w/`, `km/h`). */
  slash = 2,
  /** `&` (`&amp`). */
  ampersand = 4,
  /** `-` (`word-`). */
  hyphen = 8,
  /** A symbol that joins two words (`e.g`, `well-known`, `a_b`): no white space on either side. */
  inner = 16,
  /** `.`: abbreviations and full stops inside a sentence. */
  fullStop = 32,
  /** A full stop after a word of several parts (`U.S.`). */
  initialism = 64,
  /** A white space run with two line breaks, which starts a sentence. */
  breaks = 128,
  /** A terminal mark before the last token: the paragraph may hold several sentences. */
  sentences = 256,
  /** White space at the start or end: a sentence may start or end with it. */
  edges = 512
}

// parse-latin’s symbols inside a word (its `wordSymbolInner`; an underscore run counts whatever its length).
export const innerSymbols = new Set([..."&'-.:=?@_\u00AD\u00B7\u2010\u2011\u2019\u2027"].map((character) => character.charCodeAt(0)))
