import type {Paragraph} from 'nlcst'

/**
 * Stands in for a character rules must not read (markup, code, URLs): not
 * white space, not part of a word, not a quote mark, so that rules neither
 * match inside masked text nor see spaces that are not in the source.
 */
export const masked = '\uFFFC'

// URLs and e-mail addresses, without trailing sentence punctuation. (At most 16 dots in a domain:
// a repeated group over millions of labels overflows the regex engine’s stack.)
const urls =
  /(?<![\p{L}\p{N}])(?:[a-z][a-z\d+.-]*:\/\/|www\.|mailto:)[^\s<>"“”‘’()[\]]*[^\s<>"“”‘’()[\].,;:!?]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+){1,16}/giu

function mask(value: string): string {
  return value.replace(/\S/gu, masked)
}

// What every URL or address holds: most blocks have none, and skip the costly search.
const urlHint = /:\/\/|www\.|mailto:|@/i

/** `text` with URLs and e-mail addresses masked; offsets and white space unchanged. */
export function maskUrls(text: string): string {
  return urlHint.test(text) ? text.replace(urls, mask) : text
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
