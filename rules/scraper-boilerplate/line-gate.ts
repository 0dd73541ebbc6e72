import {readPattern, type PatternNode} from '../../src/engine/first-characters.js'

/**
 * What a line must have for one alternative of a furniture pattern to match
 * at its start, read from the pattern’s source: the first characters it
 * starts with (a few ASCII letters or marks, `lea` for `leave a reply`),
 * the ASCII marks, digits and spaces every match holds (and those it holds
 * two of: a list of `label: value` pairs has two colons), and its shortest
 * length. The line matcher tries an entry only on a line that meets one of
 * its alternatives’ gates: most lines of prose (lists, headings, code) start
 * with the letter of some entry’s alternative but not with its first word.
 *
 * Each gate may let through more than its alternative matches, never less
 * (a test holds the matcher to one alternation of the entries); a source
 * beyond this reader gets a gate that lets everything through.
 */

/** One alternative’s gate (`prefixes` undefined: this reader cannot tell what it starts with; the matcher reads its first characters). */
export interface Gate {
  /** The alternative’s source. */
  source: string
  /**
   * What every match starts with: one of these strings of up to `gatePrefixLength`
   * characters (in lower case unless cased), each followed, when shorter,
   * by a character of its class `next` (a regex source) if it has one.
   */
  prefixes: readonly Prefix[] | undefined
  /** The bits (see `markBits`) of characters every match holds. */
  required: number
  /** The bits of which every match holds two characters or more (two colons, two digits: a list of `label: value` pairs). */
  twice: number
  /** The fewest code units a match takes. */
  minLength: number
  /** The fewest letters and digits every match starts with (`[0-9a-f]{32}`: 32; see `wordRunOf`). */
  wordRun: number
  /** Texts of three characters or more every match holds, folded to lower case (`-news`; see `heldTexts`). */
  texts: readonly string[]
  /** Sets of texts of three characters or more, every match holding one text of each set (`(afp)` or `(dpa)`; see `heldChoices`). */
  choices: readonly (readonly string[])[]
  /** The alternative read, and whether it is matched as written, for its longer prefixes (see `longPrefixes`; `null`: none). */
  sequence?: readonly Node[]
  cased?: boolean
  long?: readonly Prefix[] | null
}

type Node = PatternNode

/** How many first characters of a line key its list of alternatives (see `lineMatcher`). */
export const prefixLength = 3
/**
 * How many characters of a prefix a gate keeps: a first word or two (`the
 * com` for `the comment area`), which most lines of prose that start with
 * the same three letters do not share; the matcher compares the characters
 * past the key before it runs the regex.
 */
export const gatePrefixLength = 12
/** Past this many prefixes, an alternative is read with shorter ones (and past that, as starting with a class). */
const mostPrefixes = 64

/** The gates of a pattern’s top-level alternatives; `undefined` when its source is beyond this reader. */
export function gatesOf(source: string, cased: boolean): Gate[] | undefined {
  const read = readPattern(source)
  if (!read) return undefined
  const {alternatives, ends} = read
  return alternatives.map((sequence, index) => {
    // Prefixes of the key’s length, read past repeats that may be absent, else stopping at such a repeat.
    let found = readPrefixes(sequence, cased, {length: prefixLength, pastOptional: true})
    found ??= readPrefixes(sequence, cased, {length: prefixLength, pastOptional: false})
    return {
      source: source.slice(index === 0 ? 0 : ends[index - 1]! + 1, ends[index]),
      prefixes: found,
      required: requiredOfSequence(sequence),
      twice: twiceOfSequence(sequence),
      minLength: minLengthOfSequence(sequence),
      wordRun: wordRunOf(sequence).length,
      texts: heldTexts(sequence),
      choices: heldChoices(sequence),
      sequence,
      cased
    }
  })
}

/**
 * The prefixes of a gate up to `gatePrefixLength` (`undefined`: too many,
 * or one says nothing), read the first time a line’s key lets the gate
 * through: most gates are never read so far (a short run’s start pays for
 * the short ones only).
 */
export function longPrefixes(gate: Gate): readonly Prefix[] | undefined {
  if (gate.long === undefined) gate.long = (gate.sequence && readPrefixes(gate.sequence, gate.cased!, {length: gatePrefixLength, pastOptional: true})) ?? null
  return gate.long ?? undefined
}

/** The distinct prefixes of a sequence read one way, when each says something of a match’s start. */
function readPrefixes(sequence: readonly Node[], cased: boolean, reading: PrefixReading): Prefix[] | undefined {
  const found = prefixes(sequence, cased, reading)
  if (!found || !known(found)) return undefined
  return [...new Map(found.map((prefix) => [prefix.text + '\0' + prefix.next, prefix])).values()].map(({text, next}) => ({text, next}))
}

/** Whether every prefix says something of a match’s start (an empty one with no class after it lets anything through). */
function known(found: readonly Reading[]): boolean {
  return found.every(({text, next}) => text !== '' || next !== undefined)
}

/**
 * The bit of each ASCII digit, space and mark in a mask (some marks share
 * one: a mask says which may be there): `0` for letters and the rest.
 */
export const markBits = new Int32Array(128)
{
  let bit = 0
  for (const character of '0123456789 !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~') {
    const code = character.charCodeAt(0)
    markBits[code] = code >= 48 && code <= 57 ? 1 : 1 << (1 + (bit++ % 30))
  }
}

function requiredOf(node: Node): number {
  switch (node.kind) {
    case 'literal':
      return node.text.length === 1 && node.text.charCodeAt(0) < 128 ? markBits[node.text.charCodeAt(0)]! : 0
    case 'class':
      return node.digit ? 1 : 0
    case 'group':
      return node.alternatives.map(requiredOfSequence).reduce((all, mask) => all & mask)
    case 'repeat':
      return node.min > 0 ? requiredOf(node.node) : 0
    default:
      return 0
  }
}

function requiredOfSequence(sequence: readonly Node[]): number {
  let mask = 0
  for (const node of sequence) mask |= requiredOf(node)
  return mask
}

/**
 * The bits every match holds two characters or more of: a bit two nodes
 * of a sequence require (they match apart), or one a repeat of at least
 * two requires.
 */
function twiceOf(node: Node): number {
  switch (node.kind) {
    case 'group':
      return node.alternatives.map(twiceOfSequence).reduce((all, mask) => all & mask)
    case 'repeat':
      return node.min === 0 ? 0 : twiceOf(node.node) | (node.min > 1 ? requiredOf(node.node) : 0)
    default:
      return 0
  }
}

function twiceOfSequence(sequence: readonly Node[]): number {
  let once = 0
  let twice = 0
  for (const node of sequence) {
    const required = requiredOf(node)
    twice |= twiceOf(node) | (once & required)
    once |= required
  }
  return twice
}

function minLengthOf(node: Node): number {
  switch (node.kind) {
    case 'literal':
      return node.text.length
    case 'class':
      return 1
    case 'group':
      return Math.min(...node.alternatives.map(minLengthOfSequence))
    case 'repeat':
      return node.min * minLengthOf(node.node)
    default:
      return 0
  }
}

function minLengthOfSequence(sequence: readonly Node[]): number {
  let length = 0
  for (const node of sequence) length += minLengthOf(node)
  return length
}

/**
 * A class of ASCII letters and digits only (`[0-9a-f]`, `\d`), or of
 * letters or digits (`\p{L}`: beyond ASCII, a line’s character counts as
 * one, see `leadsWithWord`).
 */
const wordClass = /^(?:\[(?:[A-Za-z0-9](?:-[A-Za-z0-9])?|\\d)+\]|\\d|\\p\{(?:L[lu]?|N)\})$/u

/**
 * The fewest letters and digits a match of a sequence starts with, and
 * whether every character it may match is one (`whole`: the run goes on
 * after it). A zero-width node (a lookaround, an edge) is passed over.
 */
function wordRunOf(sequence: readonly Node[]): {length: number; whole: boolean} {
  let length = 0
  for (const node of sequence) {
    const run = wordRunOfNode(node)
    length += run.length
    if (!run.whole) return {length, whole: false}
  }
  return {length, whole: true}
}

/** An ASCII letter or digit. */
export function isAsciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)
}

function wordRunOfNode(node: Node): {length: number; whole: boolean} {
  switch (node.kind) {
    case 'literal': {
      const code = node.text.charCodeAt(0)
      return code >= 128 || isAsciiWordCode(code) ? {length: 1, whole: true} : {length: 0, whole: false}
    }
    case 'class':
      return !node.negated && node.source !== undefined && wordClass.test(node.source) ? {length: 1, whole: true} : {length: 0, whole: false}
    case 'group': {
      const runs = node.alternatives.map(wordRunOf)
      return {length: Math.min(...runs.map((run) => run.length)), whole: runs.every((run) => run.whole)}
    }
    case 'repeat': {
      const inner = wordRunOfNode(node.node)
      if (!inner.whole) return {length: node.min === 0 ? 0 : inner.length, whole: false}
      return {length: node.min * inner.length, whole: true}
    }
    case 'empty':
      return {length: 0, whole: true}
    default:
      return {length: 0, whole: false}
  }
}

/**
 * The text a node matches whatever the line, folded to lower case: an ASCII
 * character, a class of one letter in both cases (`[Tt]`), a group whose
 * alternatives all fold to one text (`(?:also|ALSO)`); a zero-width node
 * matches `''`. `undefined`: it may match more than one text, or beyond
 * ASCII (where case folds otherwise).
 */
function foldedText(node: Node): string | undefined {
  switch (node.kind) {
    case 'literal':
      return node.text.charCodeAt(0) < 128 ? node.text.toLowerCase() : undefined
    case 'class':
      return node.options !== undefined && new Set(node.options.toLowerCase()).size === 1 ? node.options.toLowerCase()[0] : undefined
    case 'group': {
      const texts = node.alternatives.map(foldedSequence)
      return texts.every((text) => text !== undefined && text === texts[0]) ? texts[0] : undefined
    }
    case 'empty':
      return ''
    default:
      return undefined
  }
}

function foldedSequence(sequence: readonly Node[]): string | undefined {
  let text = ''
  for (const node of sequence) {
    const folded = foldedText(node)
    if (folded === undefined) return undefined
    text += folded
  }
  return text
}

/**
 * The texts of three characters or more that every match of a sequence
 * holds, folded to lower case: runs of its nodes that each match one text
 * (see `foldedText`). A line is tried only in a block that holds their runs
 * of three characters (`line-facts.ts`), which most blocks of prose do not
 * (`-NEWS`, `also` after `See`).
 */
function heldTexts(sequence: readonly Node[]): string[] {
  const texts: string[] = []
  let run = ''
  for (const node of sequence) {
    const folded = foldedText(node)
    if (folded !== undefined) {
      run += folded
      continue
    }
    if (run.length >= 3) texts.push(run)
    run = ''
  }
  if (run.length >= 3) texts.push(run)
  return texts
}

/** Past this many texts, a run of nodes read by `heldChoices` is cut. */
const mostChoices = 128

/**
 * Every text a node may match, folded to lower case, when they are few (at
 * most `mostChoices`): ASCII characters, classes of ASCII characters,
 * groups of such alternatives, such a node once at most; a zero-width node
 * matches `''`.
 * `undefined`: more, or beyond ASCII (where case folds otherwise).
 */
function foldedTexts(node: Node): string[] | undefined {
  switch (node.kind) {
    case 'literal':
      return node.text.charCodeAt(0) < 128 ? [node.text.toLowerCase()] : undefined
    case 'class': {
      if (node.options === undefined || node.negated || [...node.options].some((character) => character.charCodeAt(0) >= 128)) return undefined
      return [...new Set(node.options.toLowerCase())]
    }
    case 'group': {
      const texts = new Set<string>()
      for (const alternative of node.alternatives) {
        const found = foldedProduct(alternative)
        if (found === undefined) return undefined
        for (const text of found) texts.add(text)
      }
      return texts.size > mostChoices ? undefined : [...texts]
    }
    case 'empty':
      return ['']
    case 'repeat': {
      // Once at most (`(?:to )?`): its texts, and `''` when it may be absent.
      const texts = node.max === 1 ? foldedTexts(node.node) : undefined
      return texts && node.min === 0 ? [...new Set(['', ...texts])] : texts
    }
    default:
      return undefined
  }
}

/** Every text a sequence may match (see `foldedTexts`), when they are few. */
function foldedProduct(sequence: readonly Node[]): string[] | undefined {
  let texts = ['']
  for (const node of sequence) {
    const options = foldedTexts(node)
    if (options === undefined || texts.length * options.length > mostChoices) return undefined
    texts = followedBy(texts, options)
  }
  return texts
}

/** Each of `texts` followed by each of `options`. */
function followedBy(texts: readonly string[], options: readonly string[]): string[] {
  return texts.flatMap((text) => options.map((option) => text + option))
}

/**
 * Sets of texts every match of a sequence holds one of, folded to lower
 * case: runs of its nodes that each match one of a few texts (see
 * `foldedTexts`), when a run may match more than one text (one text is in
 * `heldTexts`) and each is three characters or more. A line is tried only
 * in a block that holds the runs of three characters of one text of each
 * set: a credit in brackets (`(afp)`, `(dpa)`) or a desk with its agency
 * (`with afp`) needs its agency written next to it, which most blocks that
 * hold brackets or `with` do not.
 */
function heldChoices(sequence: readonly Node[]): string[][] {
  const sets: string[][] = []
  let run = ['']
  const flush = () => {
    if (run.length > 1 && run.every((text) => text.length >= 3)) sets.push([...new Set(run)])
    run = ['']
  }
  for (const node of sequence) {
    const options = foldedTexts(node)
    if (options === undefined) {
      flush()
      continue
    }
    // A run that would match too many texts is cut: what follows starts a run of its own.
    if (run.length * options.length > mostChoices) flush()
    run = followedBy(run, options)
  }
  flush()
  return sets
}

/** A prefix of a match, and the class of the character after it (`next`, a regex source; none: anything, or nothing). */
export interface Prefix {
  text: string
  next?: string
}

/** How prefixes are read: how long they may be, and whether the reading goes on past a repeat that may be absent. */
interface PrefixReading {
  length: number
  pastOptional: boolean
}

/** A prefix while a sequence is read: whether what follows it is unknown (`open`) or the match may end there (the sequence read to its end). */
interface Reading extends Prefix {
  open: boolean
}

/**
 * What every match of a sequence starts with: ASCII literals (folded to
 * lower case unless cased) up to `length`; `undefined` past
 * `mostPrefixes`. A class, a repeat or a character beyond ASCII ends a
 * prefix (`open`); an empty one means the match may start with anything.
 */
function prefixes(sequence: readonly Node[], cased: boolean, reading: PrefixReading): Reading[] | undefined {
  const {length} = reading
  let live = ['']
  const ended: Reading[] = []
  const end = (texts: readonly string[]) => {
    for (const text of texts) ended.push({text, open: true})
  }
  for (const node of sequence) {
    if (live.length === 0) break
    if (node.kind === 'empty') continue
    let next: string[] = []
    const inner = node.kind === 'repeat' ? node.node : node
    const min = node.kind === 'repeat' ? node.min : 1
    const max = node.kind === 'repeat' ? node.max : 1
    const options = innerPrefixes(inner, cased, reading)
    if (options === undefined || max !== 1 || min > 1) {
      // Read once at most: repeated or unknown, the prefixes stop here (after one copy); a repeat that may be
      // absent also lets the sequence go on without it.
      if (options === undefined || (min === 0 && !reading.pastOptional)) {
        end(live)
        live = []
        break
      }
      for (const text of live) for (const option of options) ended.push(joined(text, option, length))
      if (min > 0) {
        live = []
        break
      }
      if (live.length + ended.length > mostPrefixes) return undefined
      continue
    }
    if (min === 0) next = [...live]
    for (const text of live) {
      for (const option of options) {
        if (option.open || text.length + option.text.length >= length) ended.push(joined(text, option, length))
        else next.push(text + option.text)
      }
    }
    live = [...new Set(next)]
    if (live.length + ended.length > mostPrefixes) return undefined
  }
  return [...ended, ...live.map((text) => ({text, open: false}))]
}

/** A prefix and what follows it, cut at `length` (ended: open). */
function joined(text: string, option: Reading, length: number): Reading {
  const whole = text + option.text
  if (whole.length >= length) return {text: whole.slice(0, length), open: true}
  return option.next === undefined ? {text: whole, open: true} : {text: whole, next: option.next, open: true}
}

/** The prefixes of one node read once. */
function innerPrefixes(node: Node, cased: boolean, reading: PrefixReading): Reading[] | undefined {
  switch (node.kind) {
    case 'literal': {
      const code = node.text.charCodeAt(0)
      // Beyond ASCII, a character is matched by its class (with the pattern’s flags, it folds as the pattern does).
      if (node.text.length !== 1 || code >= 128) return [{text: '', next: node.text, open: true}]
      return [{text: cased ? node.text : node.text.toLowerCase(), open: false}]
    }
    case 'class':
      if (node.options === undefined) return [node.source === undefined || node.negated ? {text: '', open: true} : {text: '', next: node.source, open: true}]
      return [...new Set(cased ? node.options : node.options.toLowerCase())].map((text) => ({text, open: false}))
    case 'group': {
      const all: Reading[] = []
      for (const alternative of node.alternatives) {
        const found = prefixes(alternative, cased, reading)
        if (found === undefined) return undefined
        all.push(...found)
      }
      return all
    }
    case 'repeat':
      return [{text: '', open: true}]
    default:
      return [{text: '', open: true}]
  }
}
