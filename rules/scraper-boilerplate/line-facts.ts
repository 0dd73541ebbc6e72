import {markBits} from './line-gate.js'
import type {LineFact} from './entry.js'
import type {Line} from './structure.js'

/**
 * One pass over a block’s lines reads what the gates of the hint and
 * keyword regexes ask of them, so that most lines of prose run none of
 * those regexes (each of them cost about a pass over the text in
 * character reads): each line’s ASCII marks and digits (`markBits`; and
 * those it holds twice, for the line matcher’s gates), whether it holds a
 * character beyond ASCII or a control character (`other`: such a line runs
 * every regex, as before), its facts (`factBits`: a lower-case letter
 * directly before a capital, in any script), and, for the block, which runs of three
 * characters it holds, each character folded to five bits (`fold`: ASCII
 * letters without case, so that what a line in ASCII matches without case
 * is held).
 */

/** The bit of a line that holds a character beyond ASCII, or a control character other than a tab (`\r`, where `$` may stop too). */
export const other = 1 << 31

/**
 * Five bits per character: a letter’s place in the alphabet whatever its
 * case, and apart the space, digits and the marks keywords and hints are
 * made of (`.` is not `n`); the rest share one value (beyond ASCII: not
 * read by a gate).
 */
export const fold = new Uint8Array(128).fill(31)
{
  for (let code = 0; code < 26; code++) fold[65 + code] = fold[97 + code] = code + 1
  for (let code = 48; code < 58; code++) fold[code] = 27
  fold[32] = 0
  fold[46] = 28
  fold[45] = 29
  fold[47] = 30
}

/**
 * Per run of three characters (15 bits: five per character), the block
 * that last held it, modulo 256 (see `readBlockFacts`; a stamp 256 blocks
 * old only lets a regex run for nothing). A small table for the cache.
 */
const stamps = new Uint8Array(1 << 15)
let block = 0

/**
 * Per run of three characters, the bit of the fragments whose first run it
 * is (see `fragment`; 0 for most runs, 31 bits shared in turn), and the bits
 * of those the block read last holds (the top bit always: a fragment of
 * fewer than three characters has no run). A fragment whose bit the block
 * lacks is not in it: one read of a number per fragment, not of its runs’
 * stamps, for the hints and keywords asked of every block.
 */
const anchorBits = new Int32Array(1 << 15)
let anchorCount = 0
const noRun = 1 << 31
let blockAnchors = noRun

/** Each line’s marks and those it holds twice, and its facts (see `factBits`), by its index in the block (arrays shared by every call). */
export const lineMarks: number[] = []
export const lineTwice: number[] = []
export const lineFacts: number[] = []

/** The bit of each line fact (see `LineFact`): a line with a control character holds them all (`$` may stop inside it). */
export const factBits: Readonly<Record<LineFact, number>> = {'glued capital': 1}
const allFacts = 1

/** Per ASCII character: 1, a lower-case letter; 2, a capital (a capital after a lower-case letter is a `glued capital`). */
const caseOf = new Uint8Array(128)
{
  for (let code = 0; code < 26; code++) {
    caseOf[97 + code] = 1
    caseOf[65 + code] = 2
  }
}

/**
 * Per UTF-16 code unit beyond ASCII, its case as `caseOf` says it (1, `\p{Ll}`;
 * 2, `\p{Lu}`), plus 4 once read (0: not yet), each read by its class when
 * a line first holds it; a surrogate is either (3: a letter beyond the BMP
 * may be of both cases).
 */
const wideCase = new Uint8Array(1 << 16)
const lowerLetter = /\p{Ll}/u
const capital = /\p{Lu}/u

function caseBeyondAscii(code: number): number {
  let kind = wideCase[code]!
  if (kind === 0) {
    const character = String.fromCharCode(code)
    kind = 4 | (code >= 0xd800 && code <= 0xdfff ? 3 : lowerLetter.test(character) ? 1 : capital.test(character) ? 2 : 0)
    wideCase[code] = kind
  }
  return kind & 3
}

/**
 * Reads the lines of a block: fills `lineMarks`, `lineTwice` and `lineFacts`, stamps the
 * block’s runs of three characters, and returns the marks of all its lines.
 */
export function readBlockFacts(lines: readonly Line[]): number {
  block = (block + 1) & 255
  let all = 0
  let anchors = noRun
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!.text
    let mask = 0
    let twice = 0
    let run = 0
    let glued = 0
    let lower = 0
    let control = 0
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at)
      if (code < 128) {
        run = ((run << 5) | fold[code]!) & 0x7fff
        if (code < 32 && code !== 9) control = 1
        const bit = code < 32 && code !== 9 ? other : markBits[code]!
        twice |= mask & bit
        mask |= bit
        const kind = caseOf[code]!
        glued |= lower & (kind >> 1)
        lower = kind & 1
      } else {
        run = ((run << 5) | 31) & 0x7fff
        mask |= other
        const kind = caseBeyondAscii(code)
        glued |= lower & (kind >> 1)
        lower = kind & 1
      }
      stamps[run] = block
      anchors |= anchorBits[run]!
    }
    lineMarks[index] = mask
    lineTwice[index] = twice
    lineFacts[index] = control !== 0 ? allFacts : glued * factBits['glued capital']
    all |= mask
  }
  blockAnchors = anchors
  return all
}

/** A fragment of text that a gate asks a line for: its marks, its runs of three characters, and the bit of its first run (see `anchorBits`). */
export interface Fragment {
  marks: number
  runs: Int32Array
  anchor: number
}

/** A fragment read: its ASCII marks by their bits (and those of `marks`: what it needs beside it), characters beyond ASCII as `other`. */
export function fragment(text: string, marks = 0): Fragment {
  const runs: number[] = []
  let run = 0
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    run = ((run << 5) | (code < 128 ? fold[code]! : 31)) & 0x7fff
    if (at >= 2) runs.push(run)
    if (code >= 128) marks |= other
    else marks |= markBits[code]!
  }
  return {marks, runs: Int32Array.from(runs), anchor: runs.length === 0 ? noRun : anchorOf(runs[0]!)}
}

/** The bit of a fragment’s first run, given when first asked (and added to the block read last, if it holds the run). */
function anchorOf(run: number): number {
  if (anchorBits[run] === 0) {
    anchorBits[run] = 1 << (anchorCount++ % 31)
    if (stamps[run] === block) blockAnchors |= anchorBits[run]!
  }
  return anchorBits[run]!
}

/** Whether the block read last holds every run of three characters of a fragment. */
export function blockHolds(wanted: Fragment): boolean {
  if ((blockAnchors & wanted.anchor) === 0) return false
  const {runs} = wanted
  for (let index = 0; index < runs.length; index++) if (stamps[runs[index]!] !== block) return false
  return true
}

/** Whether a line (its marks) and the block read last may hold a fragment: its marks, and its runs of three in the block. */
export function holds(marks: number, wanted: Fragment): boolean {
  return (marks & wanted.marks) === wanted.marks && blockHolds(wanted)
}

/**
 * Items grouped by the bit of their fragment’s first run (see
 * `anchorBits`): a block’s are read by the bits it holds, not asked one by
 * one (most of a set’s bits are not in a block of prose).
 */
export interface Anchored<Item> {
  mask: number
  byBit: ReadonlyArray<readonly Item[]>
  /**
   * The marks of the fragments without runs (the group of the top bit, held
   * by every block), or -1 when one of them needs no mark: a block (or
   * line) with none of these marks holds none of them.
   */
  runlessMarks: number
}

export function byAnchor<Item>(items: readonly Item[], fragmentOf: (item: Item) => Fragment): Anchored<Item> {
  const byBit: Item[][] = Array.from({length: 32}, () => [])
  let mask = 0
  let runlessMarks = 0
  for (const item of items) {
    const {anchor, marks} = fragmentOf(item)
    mask |= anchor
    byBit[31 - Math.clz32(anchor)]!.push(item)
    if (anchor === noRun) runlessMarks = marks === 0 || runlessMarks === -1 ? -1 : runlessMarks | marks
  }
  return {mask, byBit, runlessMarks}
}

/**
 * The bits of a set (see `byAnchor`) that the block read last may hold
 * where `marks` are held (a line's, or the block's): each is read as
 * `bits & -bits`, then its group by `groupOf`. The top bit's group (the
 * fragments without runs) only where one of their marks is.
 */
export function heldBits(set: Anchored<unknown>, marks: number): number {
  const bits = blockAnchors & set.mask
  return set.runlessMarks !== -1 && (marks & set.runlessMarks) === 0 ? bits & ~noRun : bits
}

/** The group of a set of one bit (see `heldBits`). */
export function groupOf<Item>(set: Anchored<Item>, bit: number): readonly Item[] {
  return set.byBit[31 - Math.clz32(bit)]!
}

/** Whether a line (its marks) and the block read last may hold one fragment of a set (see `holds`). */
export function holdsOneOf(marks: number, set: Anchored<Fragment>): boolean {
  for (let bits = heldBits(set, marks); bits !== 0;) {
    const bit = bits & -bits
    bits ^= bit
    const group = groupOf(set, bit)
    for (let index = 0; index < group.length; index++) if (holds(marks, group[index]!)) return true
  }
  return false
}

/** Whether a line and the block read last may hold one of some fragments (see `holds`). */
export function holdsOne(marks: number, fragments: readonly Fragment[]): boolean {
  for (let index = 0; index < fragments.length; index++) if (holds(marks, fragments[index]!)) return true
  return false
}

/** Whether a line (trimmed) ends with an ASCII letter. */
export function endsWithLetter(text: string): boolean {
  const code = text.charCodeAt(text.length - 1) | 32
  return code >= 97 && code <= 122
}

/** The bit of an ASCII mark. */
export function bitOf(mark: string): number {
  return markBits[mark.charCodeAt(0)]!
}

/** The bit of an ASCII mark when no other character has it (0 when one does, or for a letter). */
export function soleBit(mark: string): number {
  const bit = mark.length === 1 && mark.charCodeAt(0) < 128 ? markBits[mark.charCodeAt(0)]! : 0
  return bit !== 0 && markBits.filter((other) => other === bit).length === 1 ? bit : 0
}

/** Whether a line (its marks) and the block read last hold one fragment of a set, or the line holds a character beyond ASCII. */
export function mayHold(marks: number, fragments: Anchored<Fragment>): boolean {
  return (marks & other) !== 0 || holdsOneOf(marks, fragments)
}
