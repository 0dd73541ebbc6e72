import fc from 'fast-check'

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
