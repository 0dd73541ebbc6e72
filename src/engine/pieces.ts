/**
 * Where to cut a long block of plain text for parsing.
 *
 * parse-latin splices its arrays of tokens and sentences for every merge and
 * every sentence it moves white space out of, so one parse is quadratic in the
 * size of its paragraph: one 1 MB paragraph of `MM. MM. …` takes minutes. A
 * block longer than `longBlock` characters is therefore parsed in pieces of
 * `minPiece` to `maxPiece` characters, cut at white space, where a sentence
 * most likely ends. The block stays one block for the rules (its text, its
 * quotation pairing); only its paragraphs come from several parses. Ordinary
 * paragraphs are far shorter (the longest in the native English corpus is
 * 5 KB) and are parsed whole, as before. A block with no sentence end for
 * kilobytes is cut inside a sentence: a phrase or a repeated word across the
 * cut is then missed, a price only such blocks pay.
 */
export const longBlock = 8192
export const maxPiece = 4096
const minPiece = 2048

// parse-latin’s white space, as in `blocks.ts`; a cut leaves a whole run between two pieces.
const whiteSpaceRun = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g
// The end of a sentence before a run: a lower-case letter or digit, terminal marks, closing marks.
// (A capital before the period is often an initial or an abbreviation: `M. Le Drian`.)
const sentenceEnd = /[\p{Ll}\d][.!?…]+["”’»)\]]*$/u
// The start of a sentence after a run: a capital, maybe after an opening mark.
const sentenceStart = /^["“«‘(]?\p{Lu}/u
// How far to look on either side of a run for a sentence edge.
const context = 8

/**
 * Offsets `[start, end)` of the pieces of the block `text.slice(start, end)`.
 * A block of at most `longBlock` characters is one piece; a longer one is cut
 * at the best white space run of each window, the run itself left between the
 * pieces. Where there is no white space for kilobytes (one huge “word”,
 * `a-a-a-…`, which parse-latin merges with `push(...)` until the stack
 * overflows), the cut falls between two characters: the pieces then touch.
 */
export function* pieceSpans(text: string, start: number, end: number): Generator<[number, number]> {
  let from = start
  const known: KnownRun = {from: -1, to: -1, blank: false}
  while (end - start > longBlock && end - from > maxPiece) {
    const [to, next] = bestCut(text, from + minPiece, from + maxPiece, end, known)
    yield [from, to]
    from = next
  }
  if (from < end) yield [from, end]
}

/**
 * The white space run, starting in `[low, high)`, to cut at: the last of the
 * best kind found there (a line break after the end of a sentence; then any
 * end of a sentence before a capital; then a line break; then any run), else
 * the first run within a piece after `high`, else no run: `high` itself. Only
 * that far is searched, so each cut costs a piece, however far the next white
 * space is.
 */
/**
 * The last white space run that went on past a window, with its end and
 * whether it is a blank line: the next windows fall inside it (a block of
 * megabytes of white space), and scanning it again for each would be
 * quadratic.
 */
interface KnownRun {
  from: number
  to: number
  blank: boolean
}

function bestCut(text: string, low: number, high: number, end: number, known: KnownRun): [number, number] {
  const windowEnd = Math.min(end, high + maxPiece)
  const window = text.slice(low, windowEnd)
  let best: [number, number] | undefined
  let bestRank = 0
  whiteSpaceRun.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = whiteSpaceRun.exec(window))) {
    const from = low + match.index
    let to = from + match[0].length
    let blank: boolean
    if (from >= known.from && from < known.to) {
      // Inside the run found before: its end and kind are known.
      to = known.to
      blank = known.blank
    } else if (to === windowEnd) {
      // A run that goes on past the window: find its end (the next piece starts there).
      while (to < end && isWhiteSpace(text.charCodeAt(to))) to++
      blank = isBlankLine(text.slice(from, to))
      Object.assign(known, {from, to, blank})
    } else blank = isBlankLine(match[0])
    // A run at the end of the block would leave an empty piece; a blank line cannot be inside a block.
    if (to >= end || blank) continue
    if (from >= high) return best ?? [from, to]
    const breaks = /[\n\r]/.test(match[0])
    const ended = sentenceEnd.test(text.slice(Math.max(0, from - context), from))
    const rank = ended && breaks ? 4 : ended && sentenceStart.test(text.slice(to, to + 2)) ? 3 : breaks ? 2 : 1
    if (rank >= bestRank) {
      best = [from, to]
      bestRank = rank
    }
  }
  if (best) return best
  // Not between the two halves of a surrogate pair.
  const cut = isHighSurrogate(text.charCodeAt(high - 1)) ? high - 1 : high
  return [cut, cut]
}

/**
 * Whether a white space run separates paragraphs: two or more line breaks
 * with nothing but spaces and tabs (parse-latin’s rule; a no-break space or a
 * form feed in the run keeps the paragraphs together). The white space left
 * between two pieces of a block never is one.
 */
export function isBlankLine(run: string): boolean {
  let breaks = 0
  for (let index = 0; index < run.length; index++) {
    const code = run.charCodeAt(index)
    if (code === 10 || (code === 13 && run.charCodeAt(index + 1) !== 10)) breaks++
    else if (code !== 13 && code !== 32 && code !== 9) return false
  }
  return breaks > 1
}

/** Whether a character code is parse-latin’s white space (`whiteSpace` in `blocks.ts`, without a regex). */
export function isWhiteSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
