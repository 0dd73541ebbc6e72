import {blockSpans, whiteSpace} from '../engine/blocks.js'
import {countAtOrBelow, itself} from '../engine/sorted.js'

/** A block of the document as an editor holds it: a key that stays with it while it is edited, and its text. */
export interface BlockInput {
  key: string
  text: string
}

/** The text the blocks make (joined by blank lines), and the blocks the engine walks in it, in document offsets. */
export interface Layout {
  text: string
  /** The engine blocks: start and end of each, one after the other. */
  spans: number[]
  /** Each engine block as a piece of its editor block, where it is known without reading the document (an editor block cut cleanly from both neighbours, as last seen): the same object from update to update. */
  pieces: Array<Piece | undefined>
  /** How many engine blocks at the head stand as in the layout before (same offsets and pieces), and at the tail (moved by the text’s change): what the next step need not compare. */
  keptHead: number
  keptTail: number
  /** Where each editor block starts in `text`, and its text (see `LaidOutText`). */
  editorStarts: readonly number[]
  editorTexts: readonly string[]
}

/**
 * An engine block of an editor block cut cleanly from both neighbours, at
 * offsets in its text. Two blocks that are the same piece, one after the
 * other, have the same text between them: the editor block’s own, or the
 * ends of two editor blocks that stand side by side (one without pieces
 * would be blank, and then neither would be cut cleanly).
 */
export interface Piece {
  readonly text: string
  readonly start: number
  readonly end: number
}

/**
 * What `layout` learnt of each editor block’s text in the last update: the
 * texts, and what was learnt of each, by index (the caller may change its array of blocks in place). A block is looked for at its
 * index, then at its index counted from the end (blocks inserted or removed
 * before it): editing moves no pointer chase through a map of every block.
 */
export interface SpanCache {
  texts: string[]
  learnt: Learnt[]
  /** Where the editor blocks of the layout last returned stand (written over by the next one). */
  placed?: Placed
  /** The arrays of the update before (written over by the next one: no arrays of every block made at each update). */
  spare?: SpanCache
  /** The layout last returned (written over by the next one). */
  laidOut?: Layout
  /** The text of the layout last returned, in parts (moved to the next one and changed there). */
  chunks?: Chunks
}

/** A cache with every field there from the start: one shape for all (fields added later, in another order, made shapes that the layout’s code was compiled again for at the first edits). */
function emptyCache(): SpanCache {
  return {texts: [], learnt: [], placed: undefined, spare: undefined, laidOut: undefined, chunks: undefined}
}

/** Of each editor block of a layout: where it starts in the text, the index of its first engine block, and the editor block its group starts at (blocks not cut cleanly are read together). */
interface Placed {
  starts: number[]
  firstSpans: number[]
  groups: number[]
}

interface Learnt {
  /** Whether the text starts, and ends, with something other than white space (spaces and tabs aside). */
  opens: boolean
  closes: boolean
  /** Its engine blocks, once laid out cut cleanly from both neighbours. */
  pieces?: readonly Piece[]
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
export function layout(blocks: readonly BlockInput[], cache: SpanCache = emptyCache()): {laidOut: Layout; cache: SpanCache} {
  const next = cache.spare ?? emptyCache()
  next.spare = cache
  cache.spare = undefined
  const before = cache.laidOut
  // What was learnt of the editor blocks, changed in place where they changed (moved to the next cache, as the arrays below).
  const texts = cache.texts
  const kept = cache.learnt
  next.texts = texts
  next.learnt = kept
  cache.texts = []
  cache.learnt = []
  if (!before) texts.length = kept.length = 0
  const old = texts.length
  const same = learnTexts(blocks, texts, kept)
  const placed = cache.placed ?? {starts: [], firstSpans: [], groups: []}
  next.placed = placed
  cache.placed = undefined
  const {starts, firstSpans, groups} = placed
  // The editor blocks that stand as they stood at the head, and at the tail.
  const most = Math.min(blocks.length, old)
  const head = Math.min(same.head, most)
  const tail = Math.min(same.tail, most - head)
  const spliced = before !== undefined && blocks.length - tail - head <= spliceLimit
  const chunks = (before && cache.chunks) ?? {ends: [], texts: []}
  next.chunks = chunks
  cache.chunks = undefined
  const text = rechunk(chunks, texts, old, head, tail)
  // How far the tail moved (`before` is written over just below).
  const delta = spliced ? text.length - before.text.length : 0
  const laidOut = before ?? {text, spans: [], pieces: [], keptHead: 0, keptTail: 0, editorStarts: starts, editorTexts: texts}
  next.laidOut = laidOut
  cache.laidOut = undefined
  laidOut.text = text
  const {spans, pieces} = laidOut
  // Laid out again from the group of the editor block before the first changed (its cut from the next may change), up to a group of the tail that stood as it stood; the blocks after it are moved.
  const from = spliced ? (head === 0 ? 0 : groups[head - 1]!) : 0
  const moved = blocks.length - old
  const oldSpans = spans.length / 2
  const baseSpan = spliced && from < old ? firstSpans[from]! : 0
  const offset = spliced && from < old ? starts[from]! : 0
  const added = new Added(offset, from, baseSpan, text, texts, kept, spliced ? blocks.length - tail : Number.POSITIVE_INFINITY, groups, moved)
  let index = from
  while (index < blocks.length) {
    const to = Math.min(blocks.length, index + stretch)
    index = added.layOut(index, to)
    if (index < to) break
  }
  // The tail kept: from the old editor block `index - moved` on, moved.
  const oldIndex = index < blocks.length ? index - moved : old
  const oldFirst = index < blocks.length ? firstSpans[oldIndex]! : oldSpans
  const spanEnd = baseSpan + added.pieces.length
  // The blocks laid out again where they were, in text the update did not change (before its first changed editor block, or after its last), grow the head and tail kept (their pieces may have changed).
  let sameHead = 0
  let sameTail = 0
  if (spliced) {
    const headEnd = head > 0 ? starts[head - 1]! + texts[head - 1]!.length : 0
    const tailStart = tail > 0 ? starts[old - tail]! : Number.POSITIVE_INFINITY
    const sameAs = (at: number, oldAt: number, shift: number) =>
      added.spans[2 * at] === spans[2 * oldAt]! + shift && added.spans[2 * at + 1] === spans[2 * oldAt + 1]! + shift
    while (
      sameHead < added.pieces.length &&
      baseSpan + sameHead < oldFirst &&
      spans[2 * (baseSpan + sameHead) + 1]! <= headEnd &&
      sameAs(sameHead, baseSpan + sameHead, 0)
    )
      sameHead++
    for (;;) {
      const at = added.pieces.length - 1 - sameTail
      const oldAt = oldFirst - 1 - sameTail
      if (at < sameHead || oldAt < baseSpan + sameHead || spans[2 * oldAt]! < tailStart || !sameAs(at, oldAt, delta)) break
      sameTail++
    }
  }
  shiftTail(spans, 2 * oldFirst, 2 * spanEnd, delta)
  moveTail(pieces, oldFirst, spanEnd)
  shiftTail(starts, oldIndex, index, delta)
  shiftTail(firstSpans, oldIndex, index, spanEnd - oldFirst)
  shiftTail(groups, oldIndex, index, moved)
  writeAt(spans, 2 * baseSpan, added.spans)
  writeAt(pieces, baseSpan, added.pieces)
  writeAt(starts, from, added.starts)
  writeAt(firstSpans, from, added.firstSpans)
  writeAt(groups, from, added.groups)
  laidOut.editorStarts = starts
  laidOut.editorTexts = texts
  laidOut.keptHead = baseSpan + sameHead
  laidOut.keptTail = oldSpans - oldFirst + sameTail
  return {laidOut, cache: next}
}

/**
 * The engine blocks an update lays out again (see `layout`), and where each
 * editor block laid out starts, its first engine block and its group,
 * appended a stretch of editor blocks at a time (see `stretch`).
 */
class Added {
  spans: number[] = []
  pieces: Array<Piece | undefined> = []
  starts: number[] = []
  firstSpans: number[] = []
  groups: number[] = []

  constructor(
    /** Where the next editor block starts. */
    private offset: number,
    /** The first editor block of the group being gathered (blocks not cut cleanly are read together). */
    private group: number,
    /** The index of the first engine block laid out. */
    private readonly baseSpan: number,
    private readonly text: string,
    private readonly texts: readonly string[],
    private readonly kept: readonly Learnt[],
    /** After this editor block, a group that started a group in the last layout (`oldGroups`, its blocks `moved` since) too stops the laying out: from there on, the last layout stands, moved. */
    private readonly tailFrom: number,
    private readonly oldGroups: readonly number[],
    private readonly moved: number
  ) {
    this.groupStart = offset
  }

  /** Where the group being gathered starts. */
  private groupStart: number

  /** Lays out the editor blocks from `from` to `to`; returns where it stopped (`to`, or the first block of the tail that stands as it stood). */
  layOut(from: number, to: number): number {
    const {texts, kept, moved} = this
    for (let index = from; index < to; index++) {
      if (index > this.tailFrom && this.groupStart === this.offset && this.oldGroups[index - moved] === index - moved) return index
      const own = texts[index]!
      const learnt = kept[index]!
      const offset = this.offset
      this.starts.push(offset)
      this.firstSpans.push(this.baseSpan + this.pieces.length)
      this.groups.push(this.group)
      const end = offset + own.length
      const last = index === texts.length - 1
      // Cut cleanly: the blank line between them splits them in the whole text too.
      if (last || (learnt.closes && kept[index + 1]!.opens)) {
        const first = this.groupStart === 0
        if (!first && !last && this.groupStart === offset) {
          // An editor block cut cleanly from both neighbours: its blocks are its text’s alone, kept between updates.
          learnt.pieces ??= piecesOf(own)
          for (const piece of learnt.pieces) this.add(offset + piece.start, offset + piece.end, piece)
        } else {
          const inner = innerSpans(this.text, this.groupStart, end, first, last)
          for (let at = 0; at < inner.length; at += 2) this.add(inner[at]!, inner[at + 1]!, undefined)
        }
        this.groupStart = end + separator.length
        this.group = index + 1
      }
      this.offset = end + separator.length
    }
    return to
  }

  private add(start: number, stop: number, piece: Piece | undefined): void {
    this.spans.push(start, stop)
    this.pieces.push(piece)
  }
}

/**
 * What is known of the text of each editor block (`texts` and `kept`, the
 * last update’s, changed in place to those of `blocks`): the blocks that
 * stand as they stood at the head and tail are only compared (no write: an
 * edit writes the few blocks between), the others learnt again, or taken
 * from the last update at the same index or as far from the end. Returns how
 * many stand so at the head and at the tail (the tail no longer than what
 * the head leaves). The loops over many editor blocks are functions of their
 * own, small: optimised after a few updates of a large document, where the
 * whole of `layout` would wait longer and cost more to compile (the first
 * edits of a document paid for it).
 */
function learnTexts(blocks: readonly BlockInput[], texts: string[], kept: Learnt[]): {head: number; tail: number} {
  const old = texts.length
  const most = Math.min(blocks.length, old)
  const head = sameAtHead(blocks, texts, most)
  const tail = sameAtTail(blocks, texts, most - head)
  const end = blocks.length - tail
  const middleTexts: string[] = []
  const middleLearnt: Learnt[] = []
  for (let from = head; from < end; from += stretch) learnRange(blocks, texts, kept, from, Math.min(end, from + stretch), middleTexts, middleLearnt)
  splice(texts, head, old - tail - head, middleTexts)
  splice(kept, head, old - tail - head, middleLearnt)
  return {head, tail}
}

/** How many of the first `most` editor blocks have the text they had (`texts`). */
function sameAtHead(blocks: readonly BlockInput[], texts: readonly string[], most: number): number {
  let head = 0
  while (head < most && blocks[head]!.text === texts[head]) head++
  return head
}

/** How many of the last `most` editor blocks have the text they had as far from the end (`texts`). */
function sameAtTail(blocks: readonly BlockInput[], texts: readonly string[], most: number): number {
  const shift = texts.length - blocks.length
  let tail = 0
  while (tail < most && blocks[blocks.length - 1 - tail]!.text === texts[blocks.length - 1 - tail + shift]) tail++
  return tail
}

/**
 * Editor blocks are read (and the decisions' summaries brought) this many at
 * a time, each stretch a call of its own: a first update of a large document makes those functions hot by
 * their calls, and V8 optimises them there, once. One loop over every block
 * would have them compiled for that loop alone (OSR), then again, whole, at
 * the first edits, which the editor waits for.
 */
export const stretch = 512

/** Pushes to `intoTexts` and `intoLearnt` the editor blocks from `from` to `to` and what is known of them: the last update’s (`texts` and `kept`) at the same index or as far from the end, else learnt now. */
function learnRange(
  blocks: readonly BlockInput[],
  texts: readonly string[],
  kept: readonly Learnt[],
  from: number,
  to: number,
  intoTexts: string[],
  intoLearnt: Learnt[]
): void {
  const shift = texts.length - blocks.length
  for (let index = from; index < to; index++) {
    const own = blocks[index]!.text
    let learnt = texts[index] === own ? kept[index] : texts[index + shift] === own ? kept[index + shift] : undefined
    if (!learnt) {
      const first = firstNonBlank(own)
      const last = lastNonBlank(own)
      learnt = {opens: first !== undefined && !whiteSpace.test(first), closes: last !== undefined && !whiteSpace.test(last), pieces: undefined}
    }
    intoTexts.push(own)
    intoLearnt.push(learnt)
  }
}

/** Replaces `count` items of `list` at `at` with those of `items` from `from` on, in place (no spread: a first update brings every block). */
export function splice<Item>(list: Item[], at: number, count: number, items: readonly Item[], from = 0): void {
  const inserted = items.length - from
  if (inserted === count) {
    for (let index = 0; index < count; index++) list[at + index] = items[from + index]!
    return
  }
  if (inserted <= 1000 && count <= 1000) {
    list.splice(at, count, ...items.slice(from))
    return
  }
  const tail = list.slice(at + count)
  list.length = at
  for (let index = from; index < items.length; index++) list.push(items[index]!)
  for (const item of tail) list.push(item)
}

/** At most this many editor blocks changed: the blocks between are laid out again, else all. */
const spliceLimit = 64

/**
 * The document’s text in parts: each part the editor blocks from the end of
 * the part before it to its own `end` (about `chunkSize` of them), joined.
 * The text is the parts joined, by concatenation: V8 keeps it as a tree of
 * the parts, copied into one string only when someone reads it (the file’s
 * value is the API; the incremental linter reads the blocks instead, see
 * `LaidOutText`). An edit joins again the parts it touches, a few kilobytes,
 * where a text spliced from slices of the last one would copy it whole at
 * each update (a slice of a concatenation copies it first, even when no
 * one read it).
 */
interface Chunks {
  ends: number[]
  texts: string[]
}

/** Editor blocks in a part of the text, about (see `rechunk`). */
const chunkSize = 64

/**
 * Joins again the parts of the text that the editor blocks changed since the
 * last layout (`old` of them, of which `head` stand as they stood at the
 * head and `tail` at the tail) touch, now `texts`; returns the text.
 */
function rechunk(chunks: Chunks, texts: readonly string[], old: number, head: number, tail: number): string {
  const {ends} = chunks
  const moved = texts.length - old
  // The parts touched: from the first that does not end within the head, up to the first that starts within the tail.
  const first = countAtOrBelow(ends, head, itself)
  const tailStart = old - tail
  let last = tailStart === 0 ? 0 : Math.min(ends.length, countAtOrBelow(ends, tailStart - 1, itself) + 1)
  const from = first > 0 ? ends[first - 1]! : 0
  // A small rest of blocks takes the next part in, so parts stay about `chunkSize` long.
  while (last < ends.length && (last > 0 ? ends[last - 1]! : 0) + moved - from < chunkSize / 2) last++
  const to = (last > 0 ? ends[last - 1]! : 0) + moved
  const count = Math.max(1, Math.round((to - from) / chunkSize))
  // The blocks joined once (flat), the parts slices of it (V8 copies nothing for a slice of a flat string).
  const rejoined = texts.slice(from, to).join(separator)
  const newEnds: number[] = []
  const newTexts: string[] = []
  let at = 0
  for (let part = 1; part <= count && to > from; part++) {
    const start = newEnds.at(-1) ?? from
    const end = from + Math.round(((to - from) * part) / count)
    let length = separator.length * (end - start - 1)
    for (let index = start; index < end; index++) length += texts[index]!.length
    newEnds.push(end)
    newTexts.push(rejoined.slice(at, at + length))
    at += length + separator.length
  }
  for (let index = last; index < ends.length; index++) ends[index]! += moved
  ends.splice(first, last - first, ...newEnds)
  chunks.texts.splice(first, last - first, ...newTexts)
  // All of it joined again (the first layout): the text is that join, flat.
  if (from === 0 && to === texts.length) return rejoined
  return chunks.texts.length === 0 ? '' : joined(chunks.texts, 0, chunks.texts.length)
}

/** `parts` from `from` to `to` (one at least) joined by concatenation, as a balanced tree. */
function joined(parts: readonly string[], from: number, to: number): string {
  if (to - from === 1) return parts[from]!
  const middle = (from + to) >> 1
  return joined(parts, from, middle) + separator + joined(parts, middle, to)
}

/** Moves the items of `array` from `from` on to `to` (its length changed to match). */
function moveTail<T>(array: T[], from: number, to: number): void {
  if (to === from) return
  const count = array.length - from
  if (to > from) {
    array.length = to + count
    for (let at = count - 1; at >= 0; at--) array[to + at] = array[from + at]!
  } else {
    for (let at = 0; at < count; at++) array[to + at] = array[from + at]!
    array.length = to + count
  }
}

/** Moves the numbers of `array` from `from` on to `to` (its length changed to match), adding `add` to each: a function of its own for numbers (see `learnTexts`). */
function shiftTail(array: number[], from: number, to: number, add: number): void {
  if (to === from && add === 0) return
  const count = array.length - from
  if (to > from) {
    array.length = to + count
    for (let at = count - 1; at >= 0; at--) array[to + at] = array[from + at]! + add
  } else {
    for (let at = 0; at < count; at++) array[to + at] = array[from + at]! + add
    array.length = to + count
  }
}

function writeAt<T>(array: T[], at: number, items: readonly T[]): void {
  for (let index = 0; index < items.length; index++) array[at + index] = items[index]!
}

/** The engine blocks of an editor block’s `text` cut cleanly from both neighbours: `text` itself for a block of all of it. */
function piecesOf(text: string): Piece[] {
  const spans = innerSpans(text, 0, text.length, false, false)
  const pieces: Piece[] = []
  for (let at = 0; at < spans.length; at += 2) {
    const start = spans[at]!
    const end = spans[at + 1]!
    pieces.push({text: start === 0 && end === text.length ? text : text.slice(start, end), start, end})
  }
  return pieces
}

/** The engine blocks of `text` between `groupStart` and `end`: spaces and tabs around a clean cut belong to no block, as at a blank line of the whole text. */
function innerSpans(text: string, groupStart: number, end: number, first: boolean, last: boolean): number[] {
  const from = first ? groupStart : skipBlanksForward(text, groupStart, end)
  const to = last ? end : skipBlanksBackward(text, from, end)
  const spans: number[] = []
  for (const [start, stop] of blockSpans(from === 0 && to === text.length ? text : text.slice(from, to))) spans.push(from + start, from + stop)
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
