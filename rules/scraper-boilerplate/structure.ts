/**
 * Structural cues: what makes a line furniture whatever its words. A page’s
 * headline printed twice (by the page and by the scraper, or as title and
 * teaser), the second copy often cut short, is the one cue measured to carry
 * over without lexicon; a short line without a verb is not furniture by
 * itself (a section heading is not).
 */

/** A line of a block, trimmed, with its document offsets. */
export interface Line {
  text: string
  start: number
  end: number
}

/** The non-blank lines of a block’s text, trimmed of spaces and tabs. */
export function* linesOf(text: string, offset: number): Generator<Line> {
  let from = 0
  while (from <= text.length) {
    let to = text.indexOf('\n', from)
    if (to === -1) to = text.length
    let start = from
    let end = to
    while (start < end && isBlank(text.charCodeAt(start))) start++
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--
    if (end > start) yield {text: text.slice(start, end), start: offset + start, end: offset + end}
    from = to + 1
  }
}

/** A line’s words, compared without case, accents and punctuation. */
export function comparable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Headline-sized: a few words, not a paragraph. */
const minimumWords = 3
const maximumWords = 30

/**
 * Finds a headline repeated within a few lines: the copy (the later line, or
 * the earlier one when the scraper cut it short) is the furniture. Keeps the
 * last lines it saw; one per document.
 */
export function createRepeatFinder(window = 3): (line: Line) => Line | undefined {
  const recent: Array<{line: Line; key: string}> = []
  return function (line) {
    const key = comparable(line.text)
    const words = key === '' ? 0 : key.split(' ').length
    if (words > maximumWords) {
      recent.length = 0
      return undefined
    }
    let found: Line | undefined
    if (words >= minimumWords) {
      for (const earlier of recent) {
        if (earlier.key === key || key.startsWith(earlier.key)) {
          // Equal, or the earlier line is the same headline cut short: the earlier one is the copy when shorter.
          found = earlier.key === key ? line : earlier.line
          break
        }
        if (earlier.key.startsWith(key + ' ')) {
          found = line
          break
        }
      }
    }
    // A sentence said twice is the writer’s (or a quotation’s); a headline has no full stop. A copy
    // cut short keeps most of the headline: a few words of a longer line are a lead-in, not a copy.
    if (found && (/[.!?]$/.test(found.text) || found.text.length < 0.6 * Math.max(found.text.length, line === found ? longest(recent, key) : line.text.length))) found = undefined
    if (words >= minimumWords) {
      recent.push({line, key})
      if (recent.length > window) recent.shift()
    }
    return found
  }
}

/** The length of the longest recent line that starts with `key`. */
function longest(recent: ReadonlyArray<{line: Line; key: string}>, key: string): number {
  return Math.max(0, ...recent.filter((earlier) => earlier.key.startsWith(key)).map((earlier) => earlier.line.text.length))
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0
}
