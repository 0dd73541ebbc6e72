import {matchAll} from '../src/engine/patterns.js'
import {defineOptionlessRule} from '../src/engine/rule.js'
import type {Block, Report} from '../src/engine/types.js'
import {afterClosing, beforeOpening, quoteGlyphs} from './quote-marks.data.js'

/** A double quote mark and what its neighbours say about it. */
interface Mark {
  glyph: string
  /** Document offset of the mark. */
  offset: number
  /** Where it stands: `open` before a word, `close` after one, `floating` between spaces, `inner` between two words. */
  position: 'open' | 'close' | 'floating' | 'inner'
  /** White space between the mark and the quoted text, if any: [start, end) offsets. */
  spaceBefore: number
  spaceAfter: number
  /** A straight mark after a digit: an inch sign (`6" wide`) unless it closes an open quotation (`"CC-BY-3.0"`). */
  maybeInch: boolean
}

const doubleQuotes = /["“”]/g
// A quote mark, up to three characters that are neither letters nor digits nor quotes, and a quote mark.
const quotedSymbol = /^["“”][^\p{L}\p{N}"“”]{1,3}["“”]/u
const spaces = /[ \u00A0\u202F\t]/

const note = {
  direction:
    'Machine translation of French `« … »` often turns a guillemet into a curly quote facing the wrong way, or leaves the space French puts inside guillemets',
  unclosed:
    'A quotation opened in this paragraph is never closed (the news convention of reopening the quotation at the start of the next paragraph is allowed)',
  unopened: 'This quote mark closes no quotation: a mark was lost or misplaced when the French guillemets were translated'
}

export default defineOptionlessRule({
  id: 'quote-marks',
  description: 'Pair double quotation marks, facing the right way, with no space inside',
  category: 'quotes',
  severity: 'warn',
  fixable: true,
  create({report}) {
    // An opening mark left open at the end of the previous block: fine if this block reopens the quotation.
    let pending: Mark | undefined

    return {
      block(block) {
        const marks = marksOf(block)
        if (pending) {
          const first = marks[0]
          const reopens =
            first !== undefined && first.position === 'open' && block.text.slice(0, first.offset - block.start).trim() === ''
          if (!reopens) report(unclosed(pending))
          pending = undefined
        }

        let open: Mark | undefined
        for (const mark of marks) {
          if (mark.maybeInch && !open) continue
          const role =
            mark.position === 'open' || (mark.position === 'inner' && mark.glyph === quoteGlyphs.open)
              ? 'open'
              : mark.position === 'close' || (mark.position === 'inner' && mark.glyph === quoteGlyphs.close)
                ? 'close'
                : open
                  ? 'close'
                  : 'open'

          if (role === 'open') {
            if (open) report(unclosed(open))
            open = mark
          } else if (open) {
            checkPair(open, 'open', report)
            checkPair(mark, 'close', report)
            open = undefined
          } else {
            report(unopened(mark))
          }
        }
        pending = open
      },
      end() {
        if (pending) report(unclosed(pending))
      }
    }
  }
})

function marksOf(block: Block): Mark[] {
  const marks: Mark[] = []
  const text = block.text
  let skipUntil = -1
  for (const match of matchAll(doubleQuotes, text)) {
    const index = match.index
    if (index < skipUntil) continue
    const before = text.charAt(index - 1)
    // `", "` or `"*"`: quotes around a few marks or spaces quote symbols, not
    // prose; their inner spaces are the content. Leave both marks out.
    const symbol = quotedSymbol.exec(text.slice(index, index + 5))
    if (symbol && (before === '' || /[\s(\[]/.test(before))) {
      skipUntil = index + symbol[0].length
      continue
    }
    let spaceBefore = index
    while (spaceBefore > 0 && spaces.test(text.charAt(spaceBefore - 1))) spaceBefore--
    let spaceAfter = index + 1
    while (spaceAfter < text.length && spaces.test(text.charAt(spaceAfter))) spaceAfter++
    const next = text.charAt(index + 1)
    const gapBefore = before === '' || /\s/.test(before) || beforeOpening.has(before)
    const gapAfter = next === '' || /\s/.test(next)
    // `use ":" to separate`: a quoted punctuation mark, not a closing quote before a comma.
    const quotesMark = gapBefore && /["“”]/.test(text.charAt(index + 2))
    const position =
      gapBefore && gapAfter
        ? 'floating'
        : (afterClosing.has(next) && !quotesMark) || gapAfter
          ? 'close'
          : gapBefore
            ? 'open'
            : 'inner'
    marks.push({
      glyph: match[0],
      offset: block.start + index,
      position,
      spaceBefore: block.start + spaceBefore,
      spaceAfter: block.start + spaceAfter,
      maybeInch: match[0] === quoteGlyphs.straight && /\d/.test(before)
    })
  }
  return marks
}

/** Reports a paired mark that faces the wrong way or has a space on its inner side; the fix is unambiguous. */
function checkPair(mark: Mark, role: 'open' | 'close', report: (report: Report) => void): void {
  const straight = mark.glyph === quoteGlyphs.straight
  const wanted = straight ? quoteGlyphs.straight : role === 'open' ? quoteGlyphs.open : quoteGlyphs.close
  const misdirected = mark.glyph !== wanted
  // The inner side of an opening mark is after it; of a closing mark, before it.
  const start = role === 'close' ? mark.spaceBefore : mark.offset
  const end = role === 'open' ? mark.spaceAfter : mark.offset + 1
  const spaced = end - start > 1
  // A space before an opening mark or after a closing one is the outer side: fine.
  if (!misdirected && !spaced) return
  const what = [
    misdirected ? (role === 'open' ? 'closing quote mark opening a quotation' : 'opening quote mark closing a quotation') : '',
    spaced ? 'space inside the quotation marks' : ''
  ]
    .filter(Boolean)
    .join(', with a ')
  report({start, end, what, expected: [wanted], note: note.direction})
}

function unclosed(mark: Mark): Report {
  // The span takes in a stray space on the inner side, as for paired marks.
  return {
    start: mark.offset,
    end: Math.max(mark.spaceAfter, mark.offset + 1),
    what: 'quotation never closed' + (mark.spaceAfter > mark.offset + 1 ? ', with a space inside the quotation marks' : ''),
    advice: 'close the quotation or remove the mark',
    note: note.unclosed
  }
}

function unopened(mark: Mark): Report {
  return {
    start: mark.spaceBefore,
    end: mark.offset + 1,
    what:
      (mark.glyph === quoteGlyphs.open ? 'opening quote mark that closes no quotation' : 'quote mark that closes no quotation') +
      (mark.spaceBefore < mark.offset ? ', with a space inside the quotation marks' : ''),
    advice: 'open the quotation or remove the mark',
    note: note.unopened
  }
}
