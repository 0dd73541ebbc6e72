import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {nativeCorpus} from './native-corpus.js'

/** Real text the parser tests hold to the stock parser: the seed, every fixture and the native English corpus. */
export function realTexts(): string[] {
  const fixtures = new URL('../fixtures/', import.meta.url).pathname
  return [
    readFileSync(new URL('../../shared/seed/afp-ukraine-2022.txt', import.meta.url), 'utf8'),
    ...readdirSync(fixtures, {recursive: true, encoding: 'utf8'})
      .filter((name) => /\.(txt|md|html)$/.test(name))
      .map((name) => readFileSync(fixtures + name, 'utf8')),
    ...nativeCorpus().documents.map((document) => document.text)
  ]
}

// Pieces of text that set off each of parse-english’s plugins, and their near misses, in four classes drawn alike.
const words = ['word', 'Word', 'a', 'I', 'b', 'U', 'S', 'e', 'g', '1', '12', '1999', 'w', 'W', 'o', 'ol', 'n', 'tis', 'twas', 'em', 'cause', '90s']
const abbreviations = ['Jan', 'jan', 'Mr', 'Mrs', 'Dr', 'St', 'cf', 'etc', 'viz', 'inc', 'Calif', 'al', 'ibid', 'x', 'é', 'Été', 'ß', 'Ω', 'ω', 'дом']
// Symbols the plugins join to words (`wordSymbolInner`, elisions, `w/`, `&`, final `-`), and runs of them.
const joiners = ["'", '’', '/', '&', '-', '--', '.', '..', '_', '__', ':', '=', '?', '@', '\u00AD', '·', '‐', '‑', '‧']
// Terminal marks, closing and opening marks, other punctuation and symbols, halves of a surrogate pair.
const marks = [
  '.',
  '...',
  '!',
  '?!',
  '…',
  '‽',
  ',',
  ';',
  ')',
  '(',
  '"',
  '“',
  '”',
  '»',
  '«',
  ']',
  '}',
  '›',
  '‘',
  '–',
  '—',
  '$',
  '%',
  '+',
  '#',
  '©',
  '😀',
  '\uD83D',
  '\uDE00'
]
// White space: spaces, line breaks (one, two, with spaces between, \r\n, \r), others.
const spaces = [' ', ' ', ' ', '  ', '\t', '\n', '\n\n', '\n \n', '\r\n', '\r\n\r\n', '\r', '\r\r', '\u00A0', '\n\u00A0\n', '\u2028', '\u3000', '\f']
const fragment = fc.oneof(fc.constantFrom(...words, ...abbreviations), fc.constantFrom(...joiners), fc.constantFrom(...marks), fc.constantFrom(...spaces))
/** Text built from what each of parse-english’s plugins acts on, and near misses. */
export const parserText = fc.array(fragment, {maxLength: 30}).map((parts) => parts.join(''))
