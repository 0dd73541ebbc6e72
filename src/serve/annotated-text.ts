import {badRequest} from './http-error.js'
import {countAtOrBelow, itself} from '../engine/sorted.js'

/** The text to lint, and how its offsets map back to the text the client holds. */
export interface CheckedText {
  /** What is linted: the plain text, or an annotated text’s `text` parts with each `markup` part replaced by its `interpretAs`. */
  text: string
  /** The original range (UTF-16 offsets, end excluded) of the linted range `start`–`end`. */
  original(start: number, end: number): [number, number]
}

/** Plain text: linted as it is. */
export function plainText(text: string): CheckedText {
  return {text, original: (start, end) => [start, end]}
}

/**
 * Reads LanguageTool’s annotated text (the `data` field):
 * `{"annotation": [{"text": "A "}, {"markup": "<b>"}, {"markup": "<p>", "interpretAs": "\n\n"}]}`.
 * `text` parts are linted; a `markup` part is left out, or replaced by its
 * `interpretAs`. Offsets map back into the original (all parts, in order):
 * a finding inside an `interpretAs` covers its whole markup.
 */
export function annotatedText(json: string): CheckedText {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch (error) {
    throw badRequest('malformed JSON in `data`: ' + oneLine((error as Error).message))
  }
  const annotation = (data as {annotation?: unknown} | null)?.annotation
  if (typeof data !== 'object' || data === null || !Array.isArray(annotation)) {
    throw badRequest('invalid `data`: expected {"annotation": [{"text": …} or {"markup": …, "interpretAs"?: …}, …]}')
  }

  // Per part: where it starts in the linted text and in the original, and its lengths in each.
  const lintedStarts: number[] = []
  const originalStarts: number[] = []
  const lintedLengths: number[] = []
  const originalLengths: number[] = []
  const isText: boolean[] = []
  const pieces: string[] = []
  let linted = 0
  let original = 0
  for (const [index, part] of annotation.entries()) {
    const {text, markup, interpretAs} = readPart(part, index)
    const lintedPart = text ?? interpretAs ?? ''
    const originalPart = text ?? markup!
    lintedStarts.push(linted)
    originalStarts.push(original)
    lintedLengths.push(lintedPart.length)
    originalLengths.push(originalPart.length)
    isText.push(text !== undefined)
    pieces.push(lintedPart)
    linted += lintedPart.length
    original += originalPart.length
  }

  // The last part with some linted text that starts at or before `offset` (`before`: strictly before).
  const partAt = (offset: number, before: boolean): number => {
    // Offsets are whole numbers: strictly before `offset` is at or before `offset - 1`.
    let found = countAtOrBelow(lintedStarts, before ? offset - 1 : offset, itself) - 1
    // Parts that lint to nothing (markup without `interpretAs`) hold no offset.
    while (found > 0 && lintedLengths[found] === 0) found--
    return found
  }

  return {
    text: pieces.join(''),
    original(start, end) {
      let from = original
      if (start < linted) {
        const part = partAt(start, false)
        from = originalStarts[part]! + (isText[part]! ? start - lintedStarts[part]! : 0)
      }
      let to = from
      if (end > 0) {
        const part = partAt(end, true)
        to = originalStarts[part]! + (isText[part]! ? end - lintedStarts[part]! : originalLengths[part]!)
      }
      return [from, Math.max(from, to)]
    }
  }
}

function readPart(part: unknown, index: number): {text?: string; markup?: string; interpretAs?: string} {
  const where = 'invalid `data`: annotation[' + index + ']'
  if (typeof part !== 'object' || part === null || Array.isArray(part)) throw badRequest(where + ' is not an object')
  const {text, markup, interpretAs} = part as Record<string, unknown>
  if (text !== undefined && markup !== undefined) throw badRequest(where + ' has both `text` and `markup`')
  if (text !== undefined) {
    if (typeof text !== 'string') throw badRequest(where + '.text is not a string')
    if (interpretAs !== undefined) throw badRequest(where + ' has `interpretAs` without `markup`')
    return {text}
  }
  if (typeof markup !== 'string') throw badRequest(where + ' has neither `text` nor `markup` as a string')
  if (interpretAs !== undefined && typeof interpretAs !== 'string') throw badRequest(where + '.interpretAs is not a string')
  return {markup, interpretAs: interpretAs as string | undefined}
}

function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').slice(0, 200)
}
