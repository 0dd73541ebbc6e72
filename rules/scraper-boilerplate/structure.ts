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
 * Finds a headline printed twice in a row (blank lines aside): the copy (the
 * later line, or the earlier one when the scraper cut it short) is the
 * furniture. Only the line just before counts: a table of contents and the
 * sections it lists repeat their headings further apart, by design.
 */
export function createRepeatFinder(): (line: Line) => Line | undefined {
  let previous: {line: Line; key: string; words: number} | undefined
  return function (line) {
    const key = comparable(line.text)
    // Words as written: `decode-named-character-reference` is one.
    const words = key === '' ? 0 : line.text.split(/\s+/).length
    const earlier = previous
    previous = {line, key, words}
    if (!earlier || words < minimumWords || words > maximumWords || earlier.words < minimumWords || earlier.words > maximumWords) return undefined
    let copy: Line | undefined
    if (earlier.key === key) copy = line
    // The earlier line is the same headline cut short, or this one is.
    else if (key.startsWith(earlier.key)) copy = earlier.line
    else if (earlier.key.startsWith(key)) copy = line
    if (!copy) return undefined
    // A sentence said twice is the writer’s (or a quotation’s); a headline has no full stop. A copy
    // cut short keeps most of the headline: a few words of a longer line are a lead-in, not a copy.
    const longer = Math.max(line.text.length, earlier.line.text.length)
    return /[.!?:]$/.test(copy.text) || copy.text.length < 0.6 * longer ? undefined : copy
  }
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0
}
