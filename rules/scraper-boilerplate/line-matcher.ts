import {firstCharacters} from '../../src/engine/first-characters.js'
import {anchored, singleLine, type FurnitureEntry} from './entry.js'
import {blockHolds, factBits, fold, fragment, lineFacts, lineMarks, lineTwice, other, readBlockFacts, type Fragment} from './line-facts.js'
import {gatePrefixLength, gatesOf, isAsciiWordCode, longPrefixes, prefixLength, type Gate, type Prefix} from './line-gate.js'

/** What a line matcher found: its entry, and how much of the line, from its start, it covers. */
export interface LineMatch {
  entry: FurnitureEntry
  length: number
}

/** An alternative a line’s start lets through: its entry, what it needs of the line, and its prefixes longer than the key, if each is. */
interface Candidate {
  index: number
  required: number
  twice: number
  minLength: number
  longer: readonly Prefix[] | undefined
  /** The line facts its entry holds (see `factBits`). */
  facts: number
  /** The letters and digits the line must start with, when more than its key’s (see `wordRun`). */
  wordRun: number
  /** The runs of three characters of the texts every match holds (see `texts`), which the line’s block must hold. */
  runs: readonly Fragment[] | undefined
  /** Per set of its choices (see `choices`), the runs of three characters of each text: the line’s block must hold one text of each set. */
  choices: readonly (readonly Fragment[])[] | undefined
}

/** Past this many distinct line starts, a line’s entries are picked anew each time (the cache stays small). */
const cachedStarts = 8192

/**
 * An entry’s sticky regex (made when a line first gets through its gates:
 * most entries never run in a short text), and the gates of its
 * alternatives, each with what it can start with (`first`: read when first
 * needed; `null`: anything), for a line that starts beyond ASCII or an
 * alternative that starts with a class.
 */
interface Compiled {
  entry: FurnitureEntry
  cased: boolean
  pattern: string
  regex?: RegExp
  gates: ReadonlyArray<Gate & {first?: RegExp | null}>
  facts: number
}

/** Each entry compiled once per process, as written or without case: an entry of two matchers (`line` and `start` ones) is read once. */
const compiledEntries = [new Map<FurnitureEntry, Compiled>(), new Map<FurnitureEntry, Compiled>()] as const

function compiled(entry: FurnitureEntry, cased: boolean): Compiled {
  const cache = compiledEntries[cased ? 1 : 0]
  let found = cache.get(entry)
  if (!found) {
    const pattern = singleLine(entry.pattern)
    found = {
      entry,
      cased,
      pattern,
      // A source beyond the gate’s reader: one gate that lets every line through to its first characters.
      gates: gatesOf(pattern, cased) ?? [{source: pattern, prefixes: undefined, required: 0, twice: 0, minLength: 0, wordRun: 0, texts: [], choices: []}],
      facts: entry.holds === undefined ? 0 : factBits[entry.holds]
    }
    cache.set(entry, found)
  }
  return found
}

/** An entry’s sticky regex, made the first time a line needs it. */
function regexOf(compiled: Compiled): RegExp {
  return (compiled.regex ??= new RegExp(anchored({...compiled.entry, pattern: compiled.pattern}), compiled.cased ? 'muy' : 'imuy'))
}

/** Whether a line may start an alternative, by its first characters (see `firstCharacters`). */
function mayStart(gate: Compiled['gates'][number], cased: boolean, text: string): boolean {
  if (gate.first === undefined) {
    const first = firstCharacters(gate.source)
    gate.first = first === undefined ? null : new RegExp(first, cased ? 'uy' : 'iuy')
  }
  if (gate.first === null) return true
  gate.first.lastIndex = 0
  return gate.first.test(text)
}

/** Classes of the character after a prefix, compiled once per process, without `i` (with it, V8 folds a large class first: slow). */
const nextClasses = new Map<string, RegExp>()

/**
 * Whether a line’s first characters (folded unless cased, up to
 * `prefixLength`: the key of its list) may meet a prefix and the class
 * after it; a longer prefix is compared with the rest of the line by
 * `meets`.
 */
function startsWith(start: string, prefix: Prefix, cased: boolean): boolean {
  const {text} = prefix
  if (text.length >= prefixLength) return start.length === prefixLength && text.startsWith(start)
  if (!start.startsWith(text)) return false
  return prefix.next === undefined || (start.length > text.length && nextMeets(start[text.length]!, prefix.next, cased))
}

/**
 * Whether a character is of a class (`next`: a regex source), folded unless
 * cased: without case, a folded ASCII character stands for itself, its
 * capital, and the two beyond ASCII that fold to an ASCII letter (U+212A
 * KELVIN SIGN to `k`, U+017F LONG S to `s`), each tested in turn (no array
 * of them: this runs on lines past their key).
 */
function nextMeets(character: string, next: string, cased: boolean): boolean {
  let regex = nextClasses.get(next)
  if (!regex) nextClasses.set(next, (regex = new RegExp('^' + next + '$', 'u')))
  if (regex.test(character)) return true
  if (cased) return false
  const upper = character.toUpperCase()
  if (upper === character) return false
  return regex.test(upper) || (character === 'k' && regex.test('\u212A')) || (character === 's' && regex.test('\u017F'))
}

/** Whether a line starts with a prefix longer than its key, and the class after it (folded unless cased; see `nextMeets`). */
function meets(line: string, {text, next}: Prefix, cased: boolean): boolean {
  if (line.length < text.length) return false
  for (let index = prefixLength; index < text.length; index++) {
    const code = line.charCodeAt(index)
    const wanted = text.charCodeAt(index)
    if (code === wanted) continue
    if (cased) return false
    if (code < 128 ? code < 65 || code > 90 || (code | 32) !== wanted : !(code === 0x212a ? wanted === 107 : code === 0x17f && wanted === 115)) return false
  }
  if (next === undefined || text.length >= gatePrefixLength) return true
  if (line.length <= text.length) return false
  // Beyond ASCII, without case, a character is let through (how it folds is the regex’s to say).
  return (!cased && line.charCodeAt(text.length) >= 128) || nextMeets(line[text.length]!, next, cased)
}

/** Whether a line starts with one of some prefixes longer than its key (see `meets`). */
function meetsOne(line: string, prefixes: readonly Prefix[], cased: boolean): boolean {
  for (const prefix of prefixes) if (meets(line, prefix, cased)) return true
  return false
}

/** The last line whose marks were read, and its marks: the matchers of a line (start, keyed, each case) read them once. */
let marksText: string | undefined
const marksRead = {marks: 0, twice: 0, facts: 0}

/** Tells the matchers a line’s marks, read with the rest of its block (see `readBlockFacts`): they need not read them again. */
export function knownMarks(text: string, marks: number, twice: number, facts: number): void {
  marksText = text
  marksRead.marks = marks
  marksRead.twice = twice
  marksRead.facts = facts
}

/**
 * Reads a line’s marks, and stamps its runs of three characters, unless its
 * block told them (`knownMarks`): a line matched alone (tests) is its own
 * block.
 */
function readLine(text: string): void {
  if (text === marksText) return
  marksText = text
  readBlockFacts([{text, start: 0, end: text.length}])
  marksRead.marks = lineMarks[0]!
  marksRead.twice = lineTwice[0]!
  marksRead.facts = lineFacts[0]!
}

/** Whether a line holds the facts an entry needs. */
function holdsFacts(text: string, facts: number): boolean {
  readLine(text)
  return (marksRead.facts & facts) === facts
}

/** Whether a line holds the marks a gate requires, and two of those it requires twice. */
function holdsMarks(text: string, required: number, twice: number): boolean {
  readLine(text)
  return (marksRead.marks & required) === required && (marksRead.twice & twice) === twice
}

/** What a line’s start lets through of an alternative (see `Candidate`). */
function candidateOf(index: number, gate: Gate, facts: number, longer: readonly Prefix[] | undefined): Candidate {
  const {required, twice, minLength} = gate
  return {index, required, twice, minLength, longer, facts, wordRun: wordRunOver(gate), runs: runsOf(gate), choices: choicesOf(gate)}
}

/** The runs of three characters of a gate’s texts (see `Gate.texts`), read once per gate. */
const gateRuns = new WeakMap<Gate, readonly Fragment[] | undefined>()
function runsOf(gate: Gate): readonly Fragment[] | undefined {
  if (!gateRuns.has(gate)) gateRuns.set(gate, gate.texts.length === 0 ? undefined : gate.texts.map((text) => fragment(text)))
  return gateRuns.get(gate)
}

/** The runs of three characters of each text of a gate’s choices (see `Gate.choices`), read once per gate. */
const gateChoices = new WeakMap<Gate, ReadonlyArray<readonly Fragment[]> | undefined>()
function choicesOf(gate: Gate): ReadonlyArray<readonly Fragment[]> | undefined {
  if (!gateChoices.has(gate)) gateChoices.set(gate, gate.choices.length === 0 ? undefined : gate.choices.map((texts) => texts.map((text) => fragment(text))))
  return gateChoices.get(gate)
}

/** Whether the line read last is beyond ASCII (its runs are not read) or its block holds every run of one text of each set. */
function blockHoldsChoices(choices: ReadonlyArray<readonly Fragment[]>): boolean {
  if ((marksRead.marks & other) !== 0) return true
  for (let index = 0; index < choices.length; index++) {
    const texts = choices[index]!
    let held = false
    for (let at = 0; at < texts.length && !held; at++) held = blockHolds(texts[at]!)
    if (!held) return false
  }
  return true
}

/** Whether the line read last is beyond ASCII (its runs are not read) or its block holds every run of some texts. */
function blockHoldsAll(runs: readonly Fragment[]): boolean {
  if ((marksRead.marks & other) !== 0) return true
  for (let index = 0; index < runs.length; index++) if (!blockHolds(runs[index]!)) return false
  return true
}

/** A gate’s word run when longer than a line’s key (`prefixLength`), else 0: a short one spares few regexes. */
function wordRunOver(gate: Gate): number {
  return gate.wordRun > prefixLength ? gate.wordRun : 0
}

/** Whether a line starts with `length` ASCII letters and digits or characters beyond ASCII (see `wordRun`). */
function leadsWithWord(text: string, length: number): boolean {
  if (text.length < length) return false
  for (let at = 0; at < length; at++) {
    const code = text.charCodeAt(at)
    if (code < 128 && !isAsciiWordCode(code)) return false
  }
  return true
}

/**
 * The start of a line as a key: its first three characters (folded to
 * lower case unless cased) when they are ASCII, its first code point
 * (negative) when they are not (a letter beyond ASCII may fold to an ASCII
 * one: `ſ` to `s`).
 */
function keyOf(text: string, cased: boolean): number {
  let key = 0
  for (let index = 0; index < prefixLength && index < text.length; index++) {
    let code = text.charCodeAt(index)
    if (code >= 128) return -1 - text.codePointAt(0)!
    if (!cased && code >= 65 && code <= 90) code |= 32
    key = key * 256 + code + 1
  }
  return key
}

/**
 * The starts that a prefix with text of some gate may meet, by its first
 * one, two or three characters (each folded to five bits, see `fold`: case
 * aside), in one table of `1 + 32 + 32²` places per length (see
 * `metByText`). Any other start is met by no prefix with text, nor by a
 * gate’s longer prefixes (each starts with one of its prefixes: a test
 * holds them to it): which gates it lets through reads its first character
 * alone.
 */
function textStarts(all: readonly Compiled[]): Uint8Array {
  const starts = new Uint8Array(1 + 32 + 32 * 32 + 32 * 32 * 32)
  for (const {gates} of all) {
    for (const gate of gates) {
      for (const {text} of gate.prefixes ?? []) {
        let place = 0
        for (let index = 0; index < text.length && index < prefixLength; index++) place = place * 32 + 1 + (fold[text.charCodeAt(index)] ?? 31)
        if (place !== 0) starts[place] = 1
      }
    }
  }
  return starts
}

/** Whether a prefix with text may meet a start of three folded characters (see `textStarts`). */
function metByText(starts: Uint8Array, first: number, second: number, third: number): boolean {
  const one = 1 + first
  const two = one * 32 + 1 + second
  return starts[one] === 1 || starts[two] === 1 || starts[two * 32 + 1 + third] === 1
}

/**
 * Entries that stand at the start of a trimmed line (`line` and `start`
 * places), each a sticky regex, tried in order: the first that matches wins,
 * as in one alternation of them all. An entry is tried on a line only when
 * one of its alternatives’ gates lets the line through (see `line-gate.ts`):
 * the line starts with one of its prefixes (or, for an alternative that
 * starts with a class, with one of its first characters), holds the marks
 * and digits it needs (two of some: `twice`), and is long enough. Which alternatives a line’s
 * start lets through is worked out once per distinct start (three ASCII
 * characters), or once per first character for a start that no prefix with
 * text may meet (see `textStarts`: most lines of prose). One alternation of the lexicon cost ~3× the entries tried
 * one by one (V8 skips a regex on what it can start with only when the
 * regex is one entry’s). The entries are read at the matcher’s first line,
 * not when the rule is set up: a run that never needs a matcher (lines that
 * hold no entry’s keyword, no wrapped paragraph) does not pay for it.
 *
 * `allow`: entries tried one by one rather than as one alternation, each only
 * when it allows the line (asked after the gates let the line through: the
 * keywords of an entry that needs them).
 */
export function lineMatcher(
  entries: readonly FurnitureEntry[],
  cased: boolean,
  allow?: (entry: FurnitureEntry) => boolean
): (text: string) => LineMatch | undefined {
  let all: Compiled[] | undefined
  // Per line start: the alternatives it lets through (entry, marks required, shortest length, prefixes longer than the key), in entry order.
  const byStart = new Map<number, Candidate[]>()
  // The starts that a prefix with text may meet (see `textStarts`), and the list of each first character of the others (see `startList`).
  let withText: Uint8Array | undefined
  const byFirst: Array<Candidate[] | undefined> = []
  const pick = (text: string, key: number): Candidate[] => {
    const list: Candidate[] = []
    const start = key < 0 ? '' : text.slice(0, prefixLength)
    const folded = cased ? start : start.toLowerCase()
    for (let index = 0; index < all!.length; index++) {
      for (const gate of all![index]!.gates) {
        if (key < 0 || !gate.prefixes) {
          if (mayStart(gate, cased, text)) list.push(candidateOf(index, gate, all![index]!.facts, undefined))
          continue
        }
        if (!gate.prefixes.some((prefix) => startsWith(folded, prefix, cased))) continue
        // The gate’s longer prefixes that the key lets through: each is compared with the line past its key.
        const long = longPrefixes(gate)
        const through = long?.filter((prefix) => startsWith(folded, prefix, cased))
        if (through?.length === 0) continue
        // Prefixes no longer than the key are met by the line’s start: the alternative is tried without comparing further.
        const longer = through?.every((prefix) => prefix.text.length > prefixLength) ? through : undefined
        list.push(candidateOf(index, gate, all![index]!.facts, longer))
      }
    }
    return list
  }
  const candidates = (text: string, key: number): Candidate[] => {
    let list = byStart.get(key)
    if (list) return list
    list = pick(text, key)
    if (byStart.size < cachedStarts) byStart.set(key, list)
    return list
  }
  /**
   * A line’s list: a start of three ASCII characters that no prefix with
   * text may meet is met only by prefixes that are a class (and
   * alternatives read by their first characters), which read its first
   * character alone: one list per first character (most lines of prose).
   */
  const startList = (text: string): Candidate[] => {
    if (text.length >= prefixLength) {
      const first = text.charCodeAt(0)
      const second = text.charCodeAt(1)
      const third = text.charCodeAt(2)
      if ((first | second | third) < 128 && !metByText(withText!, fold[first]!, fold[second]!, fold[third]!)) {
        const at = cased || first < 65 || first > 90 ? first : first | 32
        return (byFirst[at] ??= pick(text, keyOf(text, cased)))
      }
    }
    return candidates(text, keyOf(text, cased))
  }
  return function (text) {
    all ??= entries.map((entry) => compiled(entry, cased))
    withText ??= textStarts(all)
    const list = startList(text)
    let tried = -1
    for (let at = 0; at < list.length; at++) {
      const {index, required, twice, minLength, longer, facts, wordRun, runs, choices} = list[at]!
      if (index === tried || minLength > text.length) continue
      if (wordRun !== 0 && !leadsWithWord(text, wordRun)) continue
      if (longer && !meetsOne(text, longer, cased)) continue
      if (required !== 0 && !holdsMarks(text, required, twice)) continue
      if (facts !== 0 && !holdsFacts(text, facts)) continue
      if (runs !== undefined && (readLine(text), !blockHoldsAll(runs))) continue
      if (choices !== undefined && (readLine(text), !blockHoldsChoices(choices))) continue
      if (allow && !allow(entries[index]!)) continue
      tried = index
      const regex = regexOf(all[index]!)
      regex.lastIndex = 0
      const match = regex.exec(text)
      if (!match) continue
      // An empty match ends the search, as it would the alternation (entries tried one by one, under `allow`: it is no match).
      if (match[0].length === 0) {
        if (allow) continue
        return undefined
      }
      // Without the spaces after it, nor the markup that closes the line (`</p>`, masked).
      let length = match[0].length
      while (length > 0 && ' \t\uFFFC'.includes(text[length - 1]!)) length--
      return {entry: entries[index]!, length}
    }
    return undefined
  }
}
