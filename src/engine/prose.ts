import type {Paragraph} from 'nlcst'

/**
 * Stands in for a character rules must not read (markup, code, URLs): not
 * white space, not part of a word, not a quote mark, so that rules neither
 * match inside masked text nor see spaces that are not in the source.
 */
export const masked = '\uFFFC'

// URLs and e-mail addresses, without trailing sentence punctuation. (At most 16 dots in a domain:
// a repeated group over millions of labels overflows the regex engine’s stack.) Exported for the tests.
export const urls =
  /(?<![\p{L}\p{N}])(?:[a-z][a-z\d+.-]*:\/\/|www\.|mailto:)[^\s<>"“”‘’()[\]]*[^\s<>"“”‘’()[\].,;:!?]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+){1,16}/giu

function mask(value: string): string {
  return value.replace(/\S/gu, masked)
}

// What every URL or address holds: most blocks have none, and skip the costly search.
const urlHints = /:\/\/|www\.|mailto:|@/gi
// The white space of `urls` (`\s`): no URL or address holds any.
const whiteSpace = /\s/

/**
 * `text` with URLs and e-mail addresses masked; offsets and white space
 * unchanged. `urls` is searched only in the runs of text between white space
 * that hold a hint: no URL or address holds white space, and each holds a
 * hint. Over a whole text, `urls` tries every position, and from each one
 * inside a word the letters up to an `@` (~100 ns a character): a block of
 * 1 MB with one address in it took 110 ms.
 */
export function maskUrls(text: string): string {
  urlHints.lastIndex = 0
  let hint = urlHints.exec(text)
  if (hint === null) return text
  let result = ''
  let done = 0
  while (hint !== null) {
    let start = hint.index
    while (start > done && !whiteSpace.test(text.charAt(start - 1))) start--
    let end = hint.index + hint[0].length
    while (end < text.length && !whiteSpace.test(text.charAt(end))) end++
    result += text.slice(done, start) + text.slice(start, end).replace(urls, mask)
    done = end
    urlHints.lastIndex = end
    hint = urlHints.exec(text)
  }
  return result + text.slice(done)
}

/**
 * The prose of `paragraphs` as it stands in `doc` between `start` and `end`:
 * what their words, punctuation, symbols and white space cover is kept (a
 * character written as a reference reads as the character), the rest (markup
 * between nodes, `SourceNode`s such as inline code) is masked, and so are
 * URLs. Offsets and line breaks are those of `doc`.
 */
export function proseText(doc: string, start: number, end: number, paragraphs: readonly Paragraph[]): string {
  let result = ''
  let cursor = start

  function visit(node: {type: string; value?: string; children?: unknown[]; position?: Paragraph['position']}): void {
    if (node.children) {
      for (const child of node.children) visit(child as typeof node)
      return
    }
    const from = Math.max(node.position?.start.offset ?? cursor, cursor)
    const to = Math.min(node.position?.end.offset ?? cursor, end)
    if (to <= from) return
    result += mask(doc.slice(cursor, from))
    const source = doc.slice(from, to)
    // A character written as a reference (`&ldquo;`) is read as the character, at the reference’s first offset.
    const value = node.value !== undefined && node.value.length === source.length ? node.value : source
    result += node.type === 'SourceNode' ? mask(source) : value
    cursor = to
  }

  for (const paragraph of paragraphs) visit(paragraph)
  return maskUrls(result + mask(doc.slice(cursor, end)))
}
