import {defineOptionlessRule, shifted} from '../../src/engine/rule.js'
import {compilePatterns} from '../../src/engine/alternation.js'
import {escapeRegExp} from '../../src/engine/regex-parts.js'
import type {Block, KeptDecision, Report, Summarized, TextReader} from '../../src/engine/types.js'
import {furniture, patternEntry, type FurnitureEntry, type Place} from './entry.js'
import {asciiTailHint, beyondAscii, inlineHint, mayEndWithCredit, mayHoldInline, tailHint, tailLength, tailWordsIn} from './hints.js'
import {
  blockHolds,
  byAnchor,
  fragment,
  groupOf,
  heldBits,
  lineFacts,
  lineMarks,
  lineTwice,
  other,
  readBlockFacts,
  soleBit,
  type Fragment
} from './line-facts.js'
import {knownMarks, lineMatcher, type LineMatch} from './line-matcher.js'
import {lexicons} from './lexicon/index.js'
import {
  blockLines,
  ended,
  isClosingLabel,
  isWrapped,
  mayRepeat,
  newRepeatFinder,
  nextRepeat,
  repeatAfter,
  topLines,
  type Line,
  type Repeat,
  type RepeatFinder
} from './structure.js'

const entries = Object.values(lexicons).flat()

/** Entries of some places, without keywords, matched without case or as written. */
function chosen(places: readonly Place[], cased: boolean): FurnitureEntry[] {
  return entries.filter((entry) => places.includes(entry.place) && Boolean(entry.cased) === cased && !entry.keywords)
}

/** Entries that can start anywhere on a line, searched for over the text (`end` ones on a line’s tail). */
function compile(places: readonly Place[], cased: boolean) {
  const list = chosen(places, cased)
  return list.length === 0 ? [] : [compilePatterns(list.map(patternEntry), cased ? 'gmu' : 'gimu', {trim: true})]
}

/**
 * The lexicon by place: entries at the start of a line are tried once per
 * line (sticky); `line` entries whose pattern may start with any word only
 * on lines that hold one of their keywords; `end` entries on each line’s
 * tail, when it holds what they need. An unanchored alternation of the whole
 * lexicon over every character of prose cost several times the parse.
 */
function prepare() {
  const keyed = entries.filter((entry) => entry.keywords)
  return {
    heads: [lineMatcher(chosen(['line', 'start'], false), false), lineMatcher(chosen(['line', 'start'], true), true)],
    starts: [lineMatcher(chosen(['start'], false), false), lineMatcher(chosen(['start'], true), true)],
    ...keywordIndex(keyed),
    keyed: keyed.map((entry) => ({start: entry.place === 'start', match: lineMatcher([entry], Boolean(entry.cased))})),
    tails: [...compile(['end'], false), ...compile(['end'], true)],
    inline: [...compile(['inline'], false), ...compile(['inline'], true)]
  }
}

/**
 * Where each keyword of the entries with keywords can be found: one search
 * for any of them (`g`, stepped one character at a time, so that a keyword
 * inside another is found too) over a line in ASCII as written (without
 * case: `asciiSearch`) or over one beyond ASCII lower-cased; the keywords
 * by the code of their first character, with the entries that need each;
 * and a mark per entry (`marks[index] === stamp`: the line being tried
 * holds one of its keywords).
 */
function keywordIndex(keyed: readonly FurnitureEntry[]) {
  const keywordsAt = new Map<number, Keyword[]>()
  for (const [index, entry] of keyed.entries()) {
    for (const keyword of entry.keywords!) {
      const list = keywordsAt.get(keyword.charCodeAt(0)) ?? []
      keywordsAt.set(keyword.charCodeAt(0), list)
      const known = list.find((item) => item.keyword === keyword)
      if (known) known.entries.push(index)
      else list.push({keyword, entries: [index]})
    }
  }
  const source = [...keywordsAt.values()]
    .flat()
    .map(({keyword}) => escapeRegExp(keyword))
    .join('|')
  return {
    keywordSearch: new RegExp(source, 'g'),
    asciiSearch: new RegExp(source, 'gi'),
    // What a line in ASCII holds when it holds a keyword (see `line-facts.ts`).
    ...asciiKeywordIndex(keyed),
    keywordsAt,
    marks: new Array<number>(keyed.length).fill(0),
    stamp: 0
  }
}

interface Keyword {
  keyword: string
  entries: number[]
}

/**
 * The keywords as a line in ASCII is asked for them, each with the entries
 * that need it, without one search for them all (see `line-facts.ts`): a
 * keyword of one ASCII mark whose bit no other character shares, by its
 * bit (`asciiMarks`); the others (`asciiWords`, by the bit of their first
 * run: see `byAnchor`) by a search of their own,
 * on a line whose marks hold theirs, in a block that holds their runs of
 * three characters (`heldWords`: the first `heldCount` are those of the
 * block being read; the array is filled in place, not emptied, which would
 * drop its store and make a new one per block).
 */
function asciiKeywordIndex(keyed: readonly FurnitureEntry[]) {
  const asciiMarks: Array<{bit: number; entries: number[]}> = []
  const asciiWords: AsciiWord[] = []
  // Each keyword with the entries that list it, in one pass over them (not a pass per keyword: a first lint's cost).
  const entriesOf = new Map<string, number[]>()
  keyed.forEach((entry, index) => {
    for (const keyword of entry.keywords!) {
      const list = entriesOf.get(keyword)
      if (!list) entriesOf.set(keyword, [index])
      else if (list[list.length - 1] !== index) list.push(index)
    }
  })
  for (const [keyword, entries] of entriesOf) {
    const bit = soleBit(keyword)
    if (bit !== 0) asciiMarks.push({bit, entries})
    else asciiWords.push({fragment: fragment(keyword), search: new RegExp(escapeRegExp(keyword), 'i'), entries})
  }
  return {asciiMarks, asciiWords: byAnchor(asciiWords, (word) => word.fragment), heldWords: [] as AsciiWord[], heldCount: 0}
}

interface AsciiWord {
  fragment: Fragment
  search: RegExp
  entries: number[]
}

/** An ASCII character code folded to lower case. */
function folded(code: number): number {
  return code >= 65 && code <= 90 ? code | 32 : code
}

/** A line that a wrapped paragraph goes on from, or into: prose, not a line of furniture. */
const lowerFirst = /^\p{Ll}/u

const repeatedNote = furniture + ': the headline printed again (by the page and by the scraper, or as title and teaser)'
/** A line that is one of these marks alone (a line of one character: no regex on the others). */
const strayMarks = '.,;|•·'
const isStrayMark = (text: string): boolean => text.length === 1 && strayMarks.includes(text)
const strayNote = furniture + ': a mark left on a line of its own where the scraper dropped an embedded video, picture or post'
const closingNote = furniture + ': a name or a label printed under the article (the author’s name, a widget’s title, the site’s name)'
const bylineNote = furniture + ': the author’s name printed twice (the byline and the author box above it)'

/**
 * A line classifier: each line of a block is page furniture when the
 * lexicon of some language knows it (a widget, a byline, a credit; see
 * `lexicon/`) or when it repeats a headline a few lines above (see
 * `structure.ts`). The whole line is reported (a credit or a tag only, when
 * it shares its line with prose).
 */
export default defineOptionlessRule<ReturnType<typeof prepare>, Summary>({
  id: 'scraper-boilerplate',
  description: 'Remove page furniture left in the text by the scraper (`To see in video`, `Leave a Reply`, `source site-41`)',
  category: 'boilerplate',
  severity: 'warn',
  // Its messages expect a deletion (`[]`), which `fix` leaves to the editor.
  fixable: false,
  prepare,
  create({settings}) {
    let summary: Summary | undefined
    return {
      block(block) {
        summary = summarize(block, settings)
      },
      summary() {
        const done = summary!
        summary = undefined
        return done
      }
    }
  },
  decide({text, read = text, report}, blocks) {
    const run = createRunMerger(read, report)
    const isWhole = wholeTest(read)
    const walk = startWalk()
    // The findings of the last block with lines: a closing label they cover is no finding.
    let lastFound: Found | undefined
    for (const placed of blocks) {
      const found = decideBlock(placed, walk)
      if (hasLines(placed.summary)) lastFound = found
      if (found) reportBlock(run, found, isWhole)
    }
    closingLabel(run, walk.last, walk.beforeLast, lastFound, isWhole)
    run.flush()
  },
  keepDecision: () => keptDecision()
})

type Placed = Summarized<Summary>

/** A block’s findings in the order they are reported, each at offsets in the block it stands in (`anchor`: a seam’s copy may stand in the block before). */
type Found = Array<{anchor: Placed; finding: Candidate}>

/** What the decision of a block reads of the blocks before it. */
interface Walk {
  /** Lines fed to the repeat finder before the block. */
  fed: number
  /** The top of the page, where a headline’s copy may stand a few lines below it: the repeat finder is run again there. */
  atTop: RepeatFinder
  /** The last block with lines so far: its last line is the line before the next block’s first; the document’s last line may be a closing label. */
  last: Placed | undefined
  /** The block before the last one with lines: its last line is the line before a closing label that stands alone. */
  beforeLast: Placed | undefined
}

function startWalk(): Walk {
  return {fed: 0, atTop: newRepeatFinder(), last: undefined, beforeLast: undefined}
}

/**
 * A block’s findings in the order they are reported (before `reportBlock`
 * drops those that the whole text or an earlier finding takes in), after
 * the blocks before it (`walk`, which it moves on). Below the page’s top,
 * they read nothing of the blocks before but the last one with lines.
 */
function decideBlock(placed: Placed, walk: Walk): Found | undefined {
  if (typeof placed.summary === 'string' && walk.fed >= topLines) return decideLine(placed, placed.summary, walk)
  const {start} = placed
  const summary = full(placed.summary)
  const {fed, last} = walk
  let found: Found | undefined
  if (summary.first === undefined) {
    // No line.
  } else if (fed < topLines) {
    // At the top of the page, the block’s first lines are fed to the finder again, after those of the blocks before.
    let atTopFed = fed
    const count = 1 + summary.moreTop.length / topStride
    for (let index = 0; index < count && atTopFed < topLines; index++) {
      const line = topLine(summary, index, start)
      if (line) atTopFed++
      found = withRepeat(
        found,
        placed,
        nextRepeat(walk.atTop, line),
        undefined,
        index === 0 ? summary.firstSeq : (summary.moreTop[index * topStride - 1] as number)
      )
    }
  } else if (last) {
    // Below it, the block’s first line after the last line of the block before (kept while that block is the same).
    if (summary.after !== last.summary) {
      summary.after = last.summary
      summary.seam = seamOf(last.summary, summary)
    }
    const seam = summary.seam
    if (seam) found = withRepeat(found, placed, seam, seam.inFirst ? placed : last, summary.firstSeq)
  }
  for (const candidate of summary.candidates) {
    if (candidate.line !== undefined && fed + candidate.line < topLines) continue
    ;(found ??= []).push({anchor: placed, finding: candidate})
  }
  walk.fed += summary.fed
  if (hasLines(placed.summary)) {
    walk.beforeLast = last
    walk.last = placed
  }
  found?.sort((a, b) => a.anchor.start + a.finding.start - (b.anchor.start + b.finding.start) || a.finding.seq - b.finding.seq)
  return found
}

/** `decideBlock` of a block of one line below the page’s top that found nothing (see `Summary`): its line may repeat the line before. */
function decideLine(placed: Placed, line: string, walk: Walk): Found | undefined {
  const {last} = walk
  const seam = last && seamOf(last.summary, line)
  walk.fed++
  walk.beforeLast = last
  walk.last = placed
  return seam ? withRepeat(undefined, placed, seam, seam.inFirst ? placed : last, -1) : undefined
}

/** Reports a block’s findings but those that are the whole text and those inside an earlier one. */
function reportBlock(run: RunMerger, found: Found, isWhole: (line: string) => boolean): void {
  let previousEnd = -1
  for (const {anchor, finding} of found) {
    if (finding.whole !== undefined && isWhole(finding.whole)) continue
    const placed = shifted(finding, anchor.start)
    if (placed.start < previousEnd) continue
    run.add(placed)
    previousEnd = placed.end
  }
}

/** The document’s last line, when it is a label printed under the article that no finding of its block covers (see `isClosingLabel`). */
function closingLabel(
  run: RunMerger,
  last: Placed | undefined,
  beforeLast: Placed | undefined,
  lastFound: Found | undefined,
  isWhole: (line: string) => boolean
): void {
  if (!last) return
  const summary = full(last.summary)
  const lastLine: Line = {text: summary.last!, start: summary.lastStart + last.start, end: summary.lastEnd + last.start, alone: summary.alone}
  // A line of its own block is a closing label’s only line before it (in its block, a line before it makes it no label).
  const before = beforeLast && {text: lastText(beforeLast.summary)!, start: 0, end: 0}
  const covered = lastFound?.some(
    ({anchor, finding}) => !(finding.whole !== undefined && isWhole(finding.whole)) && anchor.start + finding.end > lastLine.start
  )
  if (!covered && isClosingLabel(lastLine, before)) {
    run.add({
      start: lastLine.start,
      end: lastLine.end,
      what: 'label after the last sentence',
      advice: 'remove the line if it is no part of the article',
      note: closingNote,
      lowConfidence: true
    })
  }
}

/**
 * Whether a line is the whole text, spaces around it aside: a text that is
 * one line of furniture and nothing else is no page (a record, a title or a
 * field of a CMS: `OK`, `Share`, `Advertisement` as the whole text is what
 * its author wrote). Reads the text’s ends, not a trimmed copy of it.
 */
function wholeTest(text: TextReader): (line: string) => boolean {
  let from = -1
  let to = -1
  return (line) => {
    if (from === -1) {
      from = 0
      to = text.length
      while (from < to && blankAt(text, from)) from++
      while (to > from && blankAt(text, to - 1)) to--
    }
    return to - from === line.length && text.slice(from, to) === line
  }
}

/** What `trim()` takes away. */
const blank = /\s/
const blankAt = (text: TextReader, at: number): boolean => blank.test(String.fromCharCode(text.charCodeAt(at)))

/**
 * Adds a repeated line to a block’s findings (`base`: the block of its copy;
 * none: the copy is at document offsets), unless the lexicon found that line
 * or it takes in code.
 */
function withRepeat(found: Found | undefined, placed: Placed, repeat: Repeat | undefined, base: Placed | undefined, seq: number): Found | undefined {
  if (!repeat) return found
  const {start, summary} = placed
  const copy = base ? shifted(repeat.copy, base.start) : repeat.copy
  // A line summary’s block has no finding and no code.
  if (typeof summary !== 'string') {
    if (summary.covered.includes(copy.start - start)) return found
    if (summary.code?.some(([from, to]) => from + start < copy.end && copy.start < to + start)) return found
  }
  const byline = repeat.kind === 'byline'
  const what = byline ? 'repeated byline' : 'repeated headline'
  const anchor = base ?? placed
  const finding: Candidate = {start: copy.start - anchor.start, end: copy.end - anchor.start, what, note: byline ? bylineNote : repeatedNote, expected: [], seq}
  ;(found ??= []).push({anchor, finding})
  return found
}

/**
 * The decision kept between updates of one document (issue 13): each
 * block’s findings are kept, and an update decides again only the blocks it
 * can change. Below the page’s top a block’s findings read only the block
 * and the last block with lines before it (`decideBlock`): the blocks
 * added, and the first block with lines after each block added or removed,
 * are decided again; the top of the page, a few blocks, at every update,
 * with the blocks that were in it before. Then the findings, few, are merged into
 * runs and reported as `decide` does, from the blocks that have some.
 */
function keptDecision(): KeptDecision<Summary> {
  // The findings of each block that has some.
  const foundOf = new Map<Placed, Found>()
  // The block decided after each block with lines (below the top: the block whose first line may repeat its last).
  const followerOf = new Map<Placed, Placed>()
  let top: Placed[] = []
  let first = true

  function decideAgain(placed: Placed, walk: Walk) {
    if (walk.last && hasLines(placed.summary)) followerOf.set(walk.last, placed)
    const found = decideBlock(placed, walk)
    if (found) foundOf.set(placed, found)
    else foundOf.delete(placed)
  }

  return {
    update({text, read = text, report}, blocks, {removed, added}) {
      const all = blocks as readonly Placed[]
      if (first || removed.length + added.length > all.length / 8) {
        // Most of the document is new: the whole walk, as `decide`.
        first = false
        foundOf.clear()
        followerOf.clear()
        const walk = startWalk()
        top = []
        for (const placed of all) {
          if (walk.fed < topLines) top.push(placed)
          decideAgain(placed, walk)
        }
      } else {
        const again = new Set<Placed>()
        for (const placed of removed as readonly Placed[]) {
          foundOf.delete(placed)
          const follower = followerOf.get(placed)
          if (follower) again.add(follower)
          followerOf.delete(placed)
        }
        for (const placed of added as readonly Placed[]) {
          again.add(placed)
          const next = nextWithLines(all, indexOf(all, placed) + 1)
          if (next) again.add(next)
        }
        // The page’s top, decided again whole, and the blocks that were in it and no longer are.
        const walk = startWalk()
        const previousTop = top
        top = []
        for (let index = 0; index < all.length && walk.fed < topLines; index++) {
          top.push(all[index]!)
          decideAgain(all[index]!, walk)
        }
        for (const placed of previousTop) again.add(placed)
        const inTop = new Set(top)
        for (const placed of again) {
          const at = indexOf(all, placed)
          if (at === -1 || inTop.has(placed)) continue
          // Below the top, the walk before a block reads its last block with lines only.
          const last = previousWithLines(all, at - 1)
          decideAgain(placed, {fed: topLines, atTop: walk.atTop, last, beforeLast: undefined})
        }
      }
      // The findings in document order, reported as `decide` reports them.
      const run = createRunMerger(read, report)
      const isWhole = wholeTest(read)
      const withFindings = [...foundOf.keys()].sort((a, b) => a.start - b.start)
      for (const placed of withFindings) reportBlock(run, foundOf.get(placed)!, isWhole)
      const lastIndex = lastWithLines(all, all.length - 1)
      const last = lastIndex === -1 ? undefined : all[lastIndex]
      const beforeLast = lastIndex === -1 ? undefined : previousWithLines(all, lastIndex - 1)
      closingLabel(run, last, beforeLast, last && foundOf.get(last), isWhole)
      run.flush()
    }
  }
}

/** The index of a block among the document’s (by its start: the blocks are in document order), or -1. */
function indexOf(blocks: readonly Placed[], placed: Placed): number {
  const start = placed.start
  let low = 0
  let high = blocks.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (blocks[middle]!.start < start) low = middle + 1
    else high = middle
  }
  for (let index = low; index < blocks.length && blocks[index]!.start === start; index++) if (blocks[index] === placed) return index
  return -1
}

/** The last block with lines at or before `index`, as an index (-1: none). */
function lastWithLines(blocks: readonly Placed[], index: number): number {
  while (index >= 0 && !hasLines(blocks[index]!.summary)) index--
  return index
}

function previousWithLines(blocks: readonly Placed[], index: number): Placed | undefined {
  const found = lastWithLines(blocks, index)
  return found === -1 ? undefined : blocks[found]
}

/** The first block with lines at or after `index`. */
function nextWithLines(blocks: readonly Placed[], index: number): Placed | undefined {
  while (index < blocks.length && !hasLines(blocks[index]!.summary)) index++
  return blocks[index]
}

/** A finding of a block, in the order it was found (`seq`: furniture sharing a start is taken in that order). */
interface Candidate extends Report {
  seq: number
  /** For a repeated line found in the block alone: which line fed to the finder it is (see `BoilerplateSummary.top`). */
  line?: number
  /** For a line of furniture that is its block’s only line: its text, which is no finding if it is the whole text. */
  whole?: string
}

/**
 * What a block holds of furniture, at offsets in the block: kept for every
 * block of the document until the decision, so a few numbers and its first
 * and last lines’ texts, no object per line (nor arrays, when it found nothing).
 */
interface BoilerplateSummary {
  /** Its findings: inline furniture, lines of the lexicon, and repeated lines found within the block (below the page’s top). */
  candidates: readonly Candidate[]
  /** The starts of the lines the lexicon found. */
  covered: readonly number[]
  code: Block['code']
  /** How many lines it feeds to the repeat finder. */
  fed: number
  /** Its first line (`undefined`: it has none), where it is, and the `seq` a repeat of it takes. */
  first: string | undefined
  firstStart: number
  firstEnd: number
  firstSeq: number
  /** Whether that line is its only one. */
  alone: boolean
  /** Its last line (the first, in a block of one line). */
  last: string | undefined
  lastStart: number
  lastEnd: number
  /**
   * The next lines fed to the repeat finder, as many as the top of a page
   * has, `topStride` values each: text (`undefined`: a wrapped paragraph’s
   * middle), start, end, and the `seq` a repeat of it takes.
   */
  moreTop: ReadonlyArray<string | number | undefined>
  /** The block before it with lines, when last decided, and the repeat across their boundary then (a cache of `decide`). */
  after?: Summary
  seam?: Seam
}

/** A repeat across two blocks: the copy is this block’s first line, or the last line of the block before. */
interface Seam extends Repeat {
  inFirst: boolean
}

/**
 * A block’s summary: the block’s one line, when that line is the whole block
 * and no finding (most short paragraphs: subtitles, headline lists), else
 * what it holds. Every block’s summary lives until the decision: a string
 * the block holds anyway is no object to copy at each young-generation
 * collection of the walk, as a summary of fifteen fields per block was.
 */
type Summary = BoilerplateSummary | string

/** A summary read whole: a line summary as the object `summarize` would have made of its block (made as the decision reads it, dead right after). */
function full(summary: Summary): BoilerplateSummary {
  if (typeof summary !== 'string') return summary
  const end = summary.length
  return {
    candidates: none,
    covered: none,
    code: undefined,
    fed: 1,
    first: summary,
    firstStart: 0,
    firstEnd: end,
    firstSeq: -1,
    alone: true,
    last: summary,
    lastStart: 0,
    lastEnd: end,
    moreTop: none,
    after: undefined,
    seam: undefined
  }
}

/** Whether a block has lines (a line summary is one). */
function hasLines(summary: Summary): boolean {
  return firstText(summary) !== undefined
}

/** A block’s last line (`undefined`: it has none). */
function lastText(summary: Summary): string | undefined {
  return typeof summary === 'string' ? summary : summary.last
}

/** A block’s first line (`undefined`: it has none). */
function firstText(summary: Summary): string | undefined {
  return typeof summary === 'string' ? summary : summary.first
}

const topStride = 4
/** What a block without findings keeps: nothing. */
const none: readonly never[] = Object.freeze([])

/** A line fed to the finder at the page’s top (`index` 0: the block’s first), at document offsets. */
function topLine(summary: BoilerplateSummary, index: number, start: number): Line | undefined {
  if (index === 0) return {text: summary.first!, start: summary.firstStart + start, end: summary.firstEnd + start, alone: summary.alone}
  const at = (index - 1) * topStride
  const text = summary.moreTop[at] as string | undefined
  return text === undefined ? undefined : {text, start: (summary.moreTop[at + 1] as number) + start, end: (summary.moreTop[at + 2] as number) + start}
}

/** The repeat across two blocks with lines below the page’s top (lines, and summaries read whole, made only when they start alike). */
function seamOf(lastBefore: Summary, firstAfter: Summary): Seam | undefined {
  if (!mayRepeat(lastText(lastBefore)!, firstText(firstAfter)!)) return undefined
  const before = full(lastBefore)
  const after = full(firstAfter)
  const first: Line = {text: after.first!, start: after.firstStart, end: after.firstEnd, alone: after.alone}
  const repeat = repeatAfter({text: before.last!, start: before.lastStart, end: before.lastEnd, alone: before.alone}, first)
  return repeat && {...repeat, inFirst: repeat.copy === first}
}

/**
 * The line classifier over one block: each line is page furniture when the
 * lexicon of some language knows it (a widget, a byline, a credit; see
 * `lexicon/`) or when it repeats a headline of the line before (see
 * `structure.ts`; at the page’s top and at the block’s first line, that
 * takes the blocks before it: `decide`). It runs on every line of every
 * document and almost never finds anything: offsets stay in the block (no
 * copies of lines or findings), and no closure is made per call.
 */
function summarize(block: Block, settings: ReturnType<typeof prepare>): Summary {
  const text = block.text
  // Gathered in arrays shared by every call, copied out when not empty: a block that finds nothing makes none.
  const {candidates, covered, moreTop} = gathered
  if (candidates.length !== 0) candidates.length = 0
  if (covered.length !== 0) covered.length = 0
  if (moreTop.length !== 0) moreTop.length = 0
  let firstSeq = -1
  const lines = blockLines(text)
  const blockMarks = readBlockFacts(lines)
  holdWords(settings, blockMarks)
  const tailWords = tailWordsIn(blockMarks)
  if (mayHoldInline(blockMarks) && inlineHint.test(text))
    for (const set of settings.inline) for (const match of set.find(text, 0)) keep(candidates, block, match)
  if (lines.length === 1) lines[0]!.alone = true
  // A mark alone between blank lines: what is left of an embedded video, picture or post the scraper dropped.
  if (lines.length === 1 && isStrayMark(lines[0]!.text)) keep(candidates, block, lines[0]!, 'stray mark', strayNote)
  // Lines fed to the repeat finder, and the last one (`undefined` after a wrapped paragraph’s middle, which is not fed).
  let fed = 0
  let previous: Line | undefined
  const wrappedBlock = isWrapped(lines)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (wrappedBlock && index > 0 && index < lines.length - 1) {
      if (fed < topLines) moreTop.push(undefined, 0, 0, 2 * candidates.length - 1)
      previous = undefined
      continue
    }
    // A line a wrapped paragraph goes on into ends no caption; one it goes on from opens none.
    const next = lines[index + 1]
    const goesOnAfter = next !== undefined && !next.afterBlank && goesOn(next.text)
    const wrapped = goesOnAfter || (index > 0 && !line.afterBlank && goesOn(line.text) && !ended(lines[index - 1]!.text))
    const matchers = wrapped ? settings.starts : settings.heads
    const marks = lineMarks[index]!
    knownMarks(line.text, marks, lineTwice[index]!, lineFacts[index]!)
    let head = matchers[0]!(line.text) ?? matchers[1]!(line.text)
    // Beyond ASCII, lower case for the keywords and the hint of a credit.
    const lower = (marks & other) === 0 || !beyondAscii.test(line.text) ? undefined : line.text.toLowerCase()
    if (!head) head = keyedMatch(settings, line.text, lower, wrapped, marks)
    if (head) {
      const found = keep(candidates, block, {start: line.start, end: line.start + head.length}, head.entry.what, head.entry.note)
      if (found && lines.length === 1) found.whole = line.text.slice(0, head.length).trim()
      covered.push(line.start)
    }
    if (!goesOnAfter) {
      const tail = Math.max(0, line.text.length - tailLength)
      if (
        lower === undefined
          ? mayEndWithCredit(line.text, marks, tailWords) && asciiTailHint.test(((asciiTailHint.lastIndex = tail), line.text))
          : tailHint.test(tail === 0 ? lower : lower.slice(tail))
      ) {
        for (const set of settings.tails) for (const match of set.find(line.text.slice(tail), line.start + tail)) keep(candidates, block, match)
      }
    }
    // Below the top of the page, a repeated line is one of the line just before (see `nextRepeat`).
    if (index === 0) firstSeq = 2 * candidates.length - 1
    else if (fed < topLines) moreTop.push(line.text, line.start, line.end, 2 * candidates.length - 1)
    const ordinal = fed++
    const repeat = repeatAfter(previous, line)
    previous = line
    if (repeat && !covered.includes(repeat.copy.start)) {
      const byline = repeat.kind === 'byline'
      keep(candidates, block, repeat.copy, byline ? 'repeated byline' : 'repeated headline', byline ? bylineNote : repeatedNote, ordinal)
    }
  }
  const first = lines[0]
  const last = lines.at(-1)
  // One line, the whole block, that found nothing (see `Summary`).
  if (lines.length === 1 && candidates.length === 0 && covered.length === 0 && !block.code && first!.start === 0 && first!.end === text.length)
    return first!.text
  return {
    candidates: candidates.length === 0 ? none : candidates.slice(),
    covered: covered.length === 0 ? none : covered.slice(),
    code: block.code?.map(([start, end]) => [start - block.start, end - block.start] as const),
    fed,
    first: first?.text,
    firstStart: first?.start ?? 0,
    firstEnd: first?.end ?? 0,
    firstSeq,
    alone: lines.length === 1,
    last: last?.text,
    lastStart: last?.start ?? 0,
    lastEnd: last?.end ?? 0,
    moreTop: moreTop.length === 0 ? none : moreTop.slice(),
    // Written by the decision: declared here, so that it adds no property to each summary (a new shape, a property store).
    after: undefined,
    seam: undefined
  }
}

/**
 * What `summarize` gathers of a block (its findings; the starts of the lines
 * the lexicon found, where a finding starts with its trimmed line; the
 * top’s further lines), in arrays shared by every call.
 */
const gathered = {candidates: [] as Candidate[], covered: [] as number[], moreTop: [] as Array<string | number | undefined>}

/**
 * Keeps a finding of a block (offsets in the block; `what` and `note` its
 * entry’s unless given), unless it takes in inline code: furniture is never
 * code.
 */
function keep(
  candidates: Candidate[],
  block: Block,
  span: {start: number; end: number; entry?: {what: string; note: string}},
  what = span.entry!.what,
  note = span.entry!.note,
  line?: number
): Candidate | undefined {
  const {start, end} = span
  if (block.code) for (const [from, to] of block.code) if (from < end + block.start && start + block.start < to) return undefined
  const candidate: Candidate = {start, end, what, note, expected: [], seq: 2 * candidates.length, line}
  candidates.push(candidate)
  return candidate
}

/**
 * The first entry with keywords that a line holds one of and that matches
 * it (only `start` entries on a line a wrapped paragraph goes on into or
 * from): the entries of the keywords the line holds are marked (see
 * `markKeywords`).
 */
function keyedMatch(settings: ReturnType<typeof prepare>, text: string, lower: string | undefined, wrapped: boolean, lineBits: number): LineMatch | undefined {
  if (!(lower === undefined ? markAscii(settings, text, lineBits) : markKeywords(settings, text, lower))) return undefined
  const {keyed, marks, stamp} = settings
  for (let index = 0; index < keyed.length; index++) {
    const entry = keyed[index]!
    if (marks[index] !== stamp || (wrapped && !entry.start)) continue
    const head = entry.match(text)
    if (head) return head
  }
  return undefined
}

/**
 * Marks the entries whose keywords a line holds (`true`: it holds one),
 * found by one search over the line: in ASCII (`lower` undefined), as
 * written and without case (what the search finds in lower case there);
 * beyond ASCII, lower-cased (where case may fold otherwise).
 */
function markKeywords(settings: ReturnType<typeof prepare>, text: string, lower: string | undefined): boolean {
  const {keywordsAt, marks} = settings
  const search = lower === undefined ? settings.asciiSearch : settings.keywordSearch
  const subject = lower ?? text
  let stamp = 0
  search.lastIndex = 0
  for (let match = search.exec(subject); match; match = search.exec(subject)) {
    const at = match.index
    for (const {keyword, entries} of keywordsAt.get(folded(subject.charCodeAt(at)))!) {
      if (lower === undefined ? !foldedAt(text, keyword, at) : !lower.startsWith(keyword, at)) continue
      if (stamp === 0) stamp = ++settings.stamp
      for (const index of entries) marks[index] = stamp
    }
    search.lastIndex = at + 1
  }
  return stamp !== 0
}

/** Marks the entries whose keywords a line in ASCII holds (`true`: it holds one), each keyword asked apart (see `asciiKeywordIndex`). */
function markAscii(settings: ReturnType<typeof prepare>, text: string, lineBits: number): boolean {
  let stamp = 0
  const {asciiMarks, heldWords, marks} = settings
  for (let index = 0; index < asciiMarks.length; index++) {
    const {bit, entries} = asciiMarks[index]!
    if ((lineBits & bit) === 0) continue
    if (stamp === 0) stamp = ++settings.stamp
    for (const entry of entries) marks[entry] = stamp
  }
  for (let index = 0; index < settings.heldCount; index++) {
    const {fragment, search, entries} = heldWords[index]!
    if ((lineBits & fragment.marks) !== fragment.marks || !search.test(text)) continue
    if (stamp === 0) stamp = ++settings.stamp
    for (const entry of entries) marks[entry] = stamp
  }
  return stamp !== 0
}

/**
 * The keywords of more than one character whose marks the block read last
 * holds (`blockMarks`: those of its lines, each line's within them), and
 * its runs of three characters (see `asciiKeywordIndex`). The marks first:
 * a keyword without runs (`->`, `•`) is held by every block, and most
 * blocks lack its marks.
 */
function holdWords(settings: ReturnType<typeof prepare>, blockMarks: number): void {
  const {asciiWords, heldWords} = settings
  let count = 0
  for (let bits = heldBits(asciiWords, blockMarks); bits !== 0;) {
    const bit = bits & -bits
    bits ^= bit
    const group = groupOf(asciiWords, bit)
    for (let index = 0; index < group.length; index++) {
      const {fragment} = group[index]!
      if ((blockMarks & fragment.marks) === fragment.marks && blockHolds(fragment)) heldWords[count++] = group[index]!
    }
  }
  settings.heldCount = count
}

/** Whether an ASCII line holds `keyword` (lower case) at `at`, its capitals folded. */
function foldedAt(text: string, keyword: string, at: number): boolean {
  if (at + keyword.length > text.length) return false
  for (let index = 1; index < keyword.length; index++) {
    let code = text.charCodeAt(at + index)
    if (code >= 65 && code <= 90) code |= 32
    if (code !== keyword.charCodeAt(index)) return false
  }
  return true
}

/** Whether a line starts with a lower-case letter: prose that a wrapped paragraph goes on with, not a line of furniture. */
function goesOn(text: string): boolean {
  const code = text.charCodeAt(0)
  return code < 128 ? code >= 97 && code <= 122 : lowerFirst.test(text)
}

/**
 * Furniture lines that follow one another (a comment form’s, an author box’s)
 * are one run, reported once from the first line to the last, to be deleted
 * together: consecutive lines of a block, or lines of one kind with only
 * blank lines between them. Furniture of different kinds in different blocks
 * (a video caption, then a source tag) stays apart.
 */
/**
 * Kinds of furniture that make one part of a page: the widgets of its frame
 * (comment form, related articles, sharing, subscription and paywall
 * prompts, navigation), and its masthead (the headline’s copy, the byline,
 * the time stamp, the author box). A run of one part is deleted as one. A
 * credit, a source tag or a video caption is a finding of its own, even next
 * to them.
 */
const masthead = new Set(['repeated headline', 'repeated byline', 'byline', 'time stamp', 'reading time or view count', 'author box'])
const frame = new Set([
  'comment form',
  'related-article widget',
  'related-article link',
  'page navigation',
  'sharing widget',
  'subscription prompt',
  'paywall notice',
  'cookie notice',
  'site widget text'
])

function sameRun(what: string, next: string): boolean {
  return what === next || (frame.has(what) && frame.has(next)) || (masthead.has(what) && masthead.has(next))
}

// White space between two furniture lines, or one short line without a sentence’s end (an author’s name between two author boxes).
const runGap = /^\s*\n(?:[ \t]*[\p{L}][\p{L}.'’ -]{0,40}[\p{L}][ \t]*\n)?\s*$/u

// The most code units a gap's short line holds between its first and last letter (42 letters, each maybe astral).
const runGapLine = 84

/**
 * The text from `from` to `to` when it may be a run's gap (`runGap`), else
 * `undefined`: its white space is read from both ends, so that the prose
 * between two findings blocks apart is not copied out of the document.
 */
function possibleGap(text: TextReader, from: number, to: number): string | undefined {
  let start = from
  while (start < to && blankAt(text, start)) start++
  let end = to
  while (end > start && blankAt(text, end - 1)) end--
  return end - start > runGapLine ? undefined : text.slice(from, to)
}

type RunMerger = ReturnType<typeof createRunMerger>

function createRunMerger(text: TextReader, report: (report: Report) => void) {
  let pending: Report | undefined
  // The kind of the run’s last line: the next line joins the run when it is of the same part of the page.
  let last = ''
  return {
    add(finding: Report) {
      const what = finding.what!
      const gap = pending && finding.start >= pending.end ? possibleGap(text, pending.end, finding.start) : undefined
      // One widget over several lines of a block; over several blocks, lines of one kind, or of one part of the page.
      if (pending && gap !== undefined && runGap.test(gap) && (!gap.includes('\n\n') || sameRun(last, what))) {
        const mixed = pending.what !== what
        pending = {...pending, end: finding.end, what: mixed ? 'page furniture' : what, note: mixed ? furniture : pending.note}
      } else {
        this.flush()
        pending = finding
      }
      last = what
    },
    flush() {
      if (pending) report(pending)
      pending = undefined
    }
  }
}
