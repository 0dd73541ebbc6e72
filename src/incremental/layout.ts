import {blockSpans, whiteSpace} from '../engine/blocks.js'

/** A block of the document as an editor holds it: a key that stays with it while it is edited, and its text. */
export interface BlockInput {
  key: string
  text: string
}

/** The text the blocks make (joined by blank lines), and the blocks the engine walks in it, in document offsets. */
export interface Layout {
  text: string
  spans: Array<[number, number]>
  /** The engine blocks of each editor block laid out on its own, for the next update. */
  cache: SpanCache
}

/**
 * What `layout` learnt of each editor block’s text in the last update: the
 * texts, and what was learnt of each, by index (the caller may change its array of blocks in place). A block is looked for at its
 * index, then at its index counted from the end (blocks inserted or removed
 * before it): editing moves no pointer chase through a map of every block.
 */
export interface SpanCache {
  texts: readonly string[]
  learnt: readonly Learnt[]
}

interface Learnt {
  /** Whether the text starts, and ends, with something other than white space (spaces and tabs aside). */
  opens: boolean
  closes: boolean
  /** Its engine blocks, at offsets in it, once laid out cut cleanly from both neighbours. */
  spans?: ReadonlyArray<readonly [number, number]>
}

const separator = '\n\n'

/**
 * Lays the editor’s blocks out as one document, and finds the blocks the
 * engine walks in it (`blockSpans`), reading again only what the joins can
 * change: an editor block cuts cleanly from the next when its text ends, and
 * the next one’s starts, with something other than white space (spaces and
 * tabs aside), since the blank line between them then splits them in the
 * whole text too. Blocks that touch white space (empty, ending with a line
 * break or a no-break space) are read together with their neighbours, as
 * `lint()` reads the whole text.
 */
export function layout(blocks: readonly BlockInput[], cache: SpanCache = {texts: [], learnt: []}): Layout {
  const text = blocks.map((block) => block.text).join(separator)
  const spans: Array<[number, number]> = []
  const texts: string[] = []
  const kept: Learnt[] = []
  const shift = cache.texts.length - blocks.length
  // What is known of the text of the editor block at `index`, from the last update (at the same index, or as far from the end) or learnt now.
  const learn = (index: number): Learnt => {
    const own = blocks[index]!.text
    let learnt = cache.texts[index] === own ? cache.learnt[index] : cache.texts[index + shift] === own ? cache.learnt[index + shift] : undefined
    if (!learnt) {
      const first = firstNonBlank(own)
      const last = lastNonBlank(own)
      learnt = {opens: first !== undefined && !whiteSpace.test(first), closes: last !== undefined && !whiteSpace.test(last)}
    }
    texts.push(own)
    kept.push(learnt)
    return learnt
  }
  let offset = 0
  // The first editor block of the group being gathered, and where it starts.
  let groupStart = 0
  let learnt = blocks.length > 0 ? learn(0) : undefined
  for (let index = 0; index < blocks.length; index++) {
    const own = blocks[index]!.text
    const end = offset + own.length
    const next = blocks[index + 1]
    const learntNext = next && learn(index + 1)
    // Cut cleanly: the blank line between them splits them in the whole text too.
    if (!learntNext || (learnt!.closes && learntNext.opens)) {
      const first = groupStart === 0
      const last = !next
      if (!first && !last && groupStart === offset) {
        // An editor block cut cleanly from both neighbours: its blocks are its text’s alone, kept between updates.
        learnt!.spans ??= innerSpans(own, 0, own.length, false, false)
        for (const [start, stop] of learnt!.spans) spans.push([offset + start, offset + stop])
      } else for (const [start, stop] of innerSpans(text, groupStart, end, first, last)) spans.push([start, stop])
      groupStart = end + separator.length
    }
    offset = end + separator.length
    learnt = learntNext
  }
  return {text, spans, cache: {texts, learnt: kept}}
}

/** The engine blocks of `text` between `groupStart` and `end`: spaces and tabs around a clean cut belong to no block, as at a blank line of the whole text. */
function innerSpans(text: string, groupStart: number, end: number, first: boolean, last: boolean): Array<[number, number]> {
  const from = first ? groupStart : skipBlanksForward(text, groupStart, end)
  const to = last ? end : skipBlanksBackward(text, from, end)
  const spans: Array<[number, number]> = []
  for (const [start, stop] of blockSpans(from === 0 && to === text.length ? text : text.slice(from, to))) spans.push([from + start, from + stop])
  return spans
}

function lastNonBlank(text: string): string | undefined {
  let index = text.length - 1
  while (index >= 0 && isBlank(text.charCodeAt(index))) index--
  return index >= 0 ? text.charAt(index) : undefined
}

function firstNonBlank(text: string): string | undefined {
  let index = 0
  while (index < text.length && isBlank(text.charCodeAt(index))) index++
  return index < text.length ? text.charAt(index) : undefined
}

function skipBlanksForward(text: string, from: number, to: number): number {
  while (from < to && isBlank(text.charCodeAt(from))) from++
  return from
}

function skipBlanksBackward(text: string, from: number, to: number): number {
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--
  return to
}

/** A space or a tab. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9
}
