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
  /** Whether a blank line stands before it (in HTML, inside one paragraph). */
  afterBlank?: boolean
  /** Whether it is its block’s only line (a headline; not an item of a list of lines). */
  alone?: boolean
}

/** The non-blank lines of a block’s text, trimmed of spaces and tabs. */
export function linesOf(text: string, offset: number): Line[] {
  const lines: Line[] = []
  let from = 0
  let blank = false
  while (from <= text.length) {
    let to = text.indexOf('\n', from)
    if (to === -1) to = text.length
    const start = trimmedStart(text, from, to)
    const end = trimmedEnd(text, start, to)
    if (end > start) {
      // `alone` is declared, so that the classifier setting it adds no property to the line.
      lines.push({text: text.slice(start, end), start: offset + start, end: offset + end, afterBlank: blank, alone: false})
      blank = false
    } else {
      blank = true
    }
    from = to + 1
  }
  return lines
}

/** Where a line’s text starts: markup in front of it (`<p>`, masked) is not its text. */
function trimmedStart(text: string, start: number, end: number): number {
  while (start < end && (isBlank(text.charCodeAt(start)) || text.charCodeAt(start) === masked)) start++
  return start
}

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--
  return end
}

/** The one line of a block of one line, and the array of it, kept for every call of `blockLines`. */
const oneLine: Line = {text: '', start: 0, end: 0, afterBlank: false, alone: false}
const justOneLine: readonly Line[] = [oneLine]
const noLines: readonly Line[] = Object.freeze([])

/**
 * A block’s lines as `linesOf` reads them at offset 0, for the classifier,
 * which keeps none of them: a block of one line (most blocks) is read into
 * one line kept for every call, not a new array and object per block. Read
 * before the next call.
 */
export function blockLines(text: string): readonly Line[] {
  if (text.includes('\n')) return linesOf(text, 0)
  const start = trimmedStart(text, 0, text.length)
  const end = trimmedEnd(text, start, text.length)
  if (end === start) return noLines
  oneLine.text = text.slice(start, end)
  oneLine.start = start
  oneLine.end = end
  oneLine.afterBlank = false
  oneLine.alone = false
  return justOneLine
}

/** What the engine writes over markup, code and URLs (see `src/engine/prose.ts`). */
const masked = 0xfffc

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
const maximumLength = 300

/** What a repeated line is: a headline, or an author’s name (a byline box printed twice). */
export interface Repeat {
  copy: Line
  kind: 'headline' | 'byline'
}

/**
 * The top of a page (its first lines): there a site prints its title again
 * after a standfirst, a label or a time stamp, a few lines below the first
 * copy. Further down only the line just before counts: a table of contents
 * and the sections it lists repeat their headings further apart, by design.
 */
const headLines = 8
const headReach = 4

/** What a repeat finder keeps (see `nextRepeat`): plain data. */
export interface RepeatFinder {
  /** The lines just before, most recent last (`undefined`: one too long to be a headline). */
  recent: Array<Line | undefined>
  /** How many lines it was given. */
  seen: number
}

export function newRepeatFinder(): RepeatFinder {
  return {recent: [], seen: 0}
}

/**
 * Finds a headline printed twice (blank lines aside): the repeat `line` makes
 * after the lines `finder` was given, its copy (the later line, or the earlier
 * one when the scraper cut it short) being the furniture. At the top of a
 * page a copy may stand a few lines below the first one. A module function
 * over plain data: the decision calls it for each block, and code that
 * inlined a finder's closure was thrown away with the closure after each lint.
 */
export function nextRepeat(finder: RepeatFinder, line: Line | undefined): Repeat | undefined {
  // No line (a paragraph’s middle, skipped): what comes next follows no headline.
  if (!line) {
    finder.recent = []
    return undefined
  }
  const seen = ++finder.seen
  const earlier = finder.recent
  // Longer than any headline: not worth comparing.
  const current = line.text.length > maximumLength ? undefined : line
  finder.recent = [...earlier.slice(1 - headReach), current]
  if (!current) return undefined
  const previous = earlier.at(-1)
  const found = previous && copyOf(previous, current)
  if (found || seen > headLines) return found
  // Further up, at the top of the page: the same title again, word for word, or one half of a `kicker: headline` title.
  for (const before of earlier.slice(0, -1)) {
    if (before && farCopy(before, current)) return {copy: current, kind: 'headline'}
  }
  for (const before of earlier) {
    if (before && halfOfTitle(before, current)) return {copy: current, kind: 'headline'}
  }
  return undefined
}

/** What the finder says of `line` below the top of the page, `previous` the line fed to it just before (if any). */
export function repeatAfter(previous: Line | undefined, line: Line): Repeat | undefined {
  return previous && mayRepeat(previous.text, line.text) ? copyOf(previous, line) : undefined
}

/** Whether a line may repeat the line before it: both headline-sized, starting alike (the finder’s first, cheap tests). */
export function mayRepeat(previous: string, line: string): boolean {
  return previous.length <= maximumLength && line.length <= maximumLength && startsAlike(previous, line)
}

/** How many lines of a page’s top the finder compares further apart than the line just before. */
export const topLines = headLines

/** The copy of two lines in a row, if one is. */
function copyOf(earlier: Line, line: Line): Repeat | undefined {
  // Copies start alike, and one is most of the other: only then are the costly keys made.
  if (!startsAlike(earlier.text, line.text)) return undefined
  if (Math.min(earlier.text.length, line.text.length) < 0.6 * Math.max(earlier.text.length, line.text.length)) return undefined
  // An author’s name printed twice (a byline box): every word capitalised, the same as written.
  if (earlier.text === line.text && nameLine.test(line.text)) return {copy: line, kind: 'byline'}
  if (!headlineSized(line.text) || !headlineSized(earlier.text)) return undefined
  const key = comparable(line.text)
  const earlierKey = comparable(earlier.text)
  let copy: Line | undefined
  if (earlierKey === key) copy = line
  // The earlier line is the same headline cut short, or this one is.
  else if (key.startsWith(earlierKey)) copy = earlier
  else if (earlierKey.startsWith(key)) copy = line
  if (!copy) return undefined
  // A sentence said twice is the writer’s (or a quotation’s); a headline has no full stop. A copy
  // cut short keeps most of the headline: a few words of a longer line are a lead-in, not a copy.
  const longer = Math.max(line.text.length, earlier.text.length)
  return /[.!?:]$/.test(copy.text) || copy.text.length < 0.6 * longer ? undefined : {copy, kind: 'headline'}
}

/**
 * A title printed again a few lines below at the top of a page, word for
 * word, each copy a block of its own (the lines of a table of contents are
 * one block): no sentence (a full stop, a question, a lead-in’s colon), but
 * a tabloid’s `!` is a headline’s.
 */
function farCopy(earlier: Line, line: Line): boolean {
  if (!earlier.alone || !line.alone || !startsAlike(earlier.text, line.text) || earlier.text.length !== line.text.length) return false
  return headlineSized(line.text) && !/[.?:]$/.test(line.text) && comparable(earlier.text) === comparable(line.text)
}

/**
 * A title of the form `kicker: headline` at the top of a page (a block of
 * its own), and below it the kicker or the headline on a line of its own:
 * the page printed them apart again (`French government` over `Macron keeps
 * his cabinet`). The kicker has two words or more, the headline three.
 */
function halfOfTitle(title: Line, line: Line): boolean {
  const colon = title.text.indexOf(': ')
  if (!title.alone || colon === -1 || /[.?:]$/.test(line.text) || line.text.length > colon + 2 + maximumLength) return false
  const kicker = title.text.slice(0, colon)
  const headline = title.text.slice(colon + 2)
  const key = comparable(line.text)
  if (key === '') return false
  if (key === comparable(kicker)) return key.split(' ').length >= 2
  return key === comparable(headline) && headlineSized(headline)
}

/** Two to four capitalised words (initials, hyphens and apostrophes in them): a person’s name. */
const nameLine = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}$/u

/** Whether two lines start with the same ten characters, case aside (ASCII letters: a cheap first test). */
function startsAlike(a: string, b: string): boolean {
  for (let index = 0; index < 10; index++) {
    const left = a.charCodeAt(index)
    const right = b.charCodeAt(index)
    if (left !== right && (left | 32) !== (right | 32)) return false
  }
  return true
}

/** A few words, not a paragraph; words as written (`decode-named-character-reference` is one). */
function headlineSized(text: string): boolean {
  const words = text.split(/\s+/).length
  return words >= minimumWords && words <= maximumWords
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0
}

/**
 * Whether the lines of a block are a paragraph wrapped at a fixed width
 * (plain text as many tools write it): its lines but the last are long and
 * mostly end inside a sentence. Only its first and last lines can hold
 * furniture (a dateline, a credit); the classifier skips the others, which
 * are most lines of such text.
 */
export function isWrapped(lines: readonly Line[]): boolean {
  if (lines.length < 3) return false
  let open = 0
  let shortest = Infinity
  let longest = 0
  for (let index = 0; index < lines.length - 1; index++) {
    const text = lines[index]!.text
    if (text.length < wrappedLength) return false
    if (!ended(text)) open++
    shortest = Math.min(shortest, text.length)
    longest = Math.max(longest, text.length)
  }
  // Wrapped at one width, its lines differ by about a word; lines of a page (a headline, then paragraphs) do not.
  return open * 2 >= lines.length - 1 && longest - shortest <= wrappedSpread
}

/** Whether a line ends with a sentence’s or a clause’s mark (`.!?:;…”"`): read from its last character, no regex per line. */
export function ended(text: string): boolean {
  const code = text.charCodeAt(text.length - 1)
  return code < 128 ? code === 46 || code === 33 || code === 63 || code === 58 || code === 59 || code === 34 : code === 0x2026 || code === 0x201d
}

/** Shorter than the width text is wrapped at. */
const wrappedLength = 50
/** How much the lines of a wrapped paragraph may differ in length: a long word and a URL’s tail. */
const wrappedSpread = 30

/**
 * The last line of a document, alone in its block after a paragraph that
 * ends a sentence, made of two to four words in title case and no mark: what
 * a page prints under the article (the author’s name, a widget label such
 * as `Most Viewed`, the site’s name), not a sentence of the article. A
 * heading is never a page’s last line.
 */
export function isClosingLabel(line: Line, previous: Line | undefined): boolean {
  return Boolean(line.alone && previous && sentenceEnd.test(previous.text) && titleWords.test(line.text))
}

const sentenceEnd = /[.!?…][”"’)]?$/u
// Two to four words in title case (not capitals throughout: `READ THIS FIRST` is the writer’s shout).
const titleWords = /^\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){1,3}$/u
