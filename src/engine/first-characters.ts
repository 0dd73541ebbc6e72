/**
 * What a match of a regular expression can start with, read from its source:
 * a character class (`[lyr]` for `leave|your|read`), or `undefined` when a
 * match may be empty or start with any character (`.`, a negated class, a
 * back reference), or the source is beyond this reader. Compiled with the
 * pattern’s own flags (`i`, `u`), the class folds case as the pattern does.
 * It lets a matcher skip, on one character test, the patterns that cannot
 * match at a place (see `lineMatcher`).
 *
 * The class may hold more than the pattern can start with (a lookahead is
 * read as matching nothing), never less.
 */
export function firstCharacters(source: string): string | undefined {
  const read = readPattern(source)
  if (!read) return undefined
  let first: First = {nullable: false, parts: []}
  for (const [index, sequence] of read.alternatives.entries()) {
    const next = firstOfSequence(sequence)
    first = index === 0 ? next : {nullable: first.nullable || next.nullable, parts: first.parts && next.parts && [...first.parts, ...next.parts]}
  }
  if (first.nullable || first.parts === undefined) return undefined
  return '[' + first.parts.join('') + ']'
}

/**
 * A pattern read as a tree: the reader of `firstCharacters` and of the
 * scraper’s line gates (`line-gate.ts`). A lookaround, an edge and `^`/`$`
 * are `empty` (they match nothing), a back reference `any`.
 */
export type PatternNode =
  | {kind: 'literal'; text: string}
  | {
      kind: 'class'
      /** A class of a few ASCII letters and digits, as its options (`Tt`); else `undefined`. */
      options: string | undefined
      digit: boolean
      /** As written (`[a-z]`, `\p{L}`, `\S`); `undefined` for `.`. */
      source: string | undefined
      /** A negated class (`[^.]`, `\S`, `\P{L}`): it may be nearly any character. */
      negated: boolean
    }
  | {kind: 'empty'}
  | {kind: 'any'}
  | {kind: 'group'; alternatives: PatternNode[][]}
  | {kind: 'repeat'; node: PatternNode; min: number; max: number}

/** A pattern’s top-level alternatives and where each ends in its source (at its `|`, or the end); `undefined` when the source is beyond the reader. */
export function readPattern(source: string): {alternatives: PatternNode[][]; ends: number[]} | undefined {
  try {
    const reader = new Reader(source)
    const alternatives = reader.alternation()
    return reader.at < source.length ? undefined : {alternatives, ends: reader.ends}
  } catch {
    return undefined
  }
}

/** What a part of a pattern can start with: `parts` of a character class (`undefined`: anything), and whether it can match nothing. */
interface First {
  nullable: boolean
  parts: string[] | undefined
}

const zeroWidth: First = {nullable: true, parts: []}
const anything: First = {nullable: false, parts: undefined}

/** Atoms of a sequence: their first characters, until one cannot match nothing. */
function firstOfSequence(sequence: readonly PatternNode[]): First {
  const parts: string[] = []
  for (const node of sequence) {
    const first = firstOf(node)
    if (first.parts === undefined) return anything
    parts.push(...first.parts)
    if (!first.nullable) return {nullable: false, parts}
  }
  return {nullable: true, parts}
}

function firstOf(node: PatternNode): First {
  switch (node.kind) {
    case 'literal':
      return {nullable: false, parts: [classSyntax.has(node.text) ? '\\' + node.text : node.text]}
    case 'class':
      // `.` and a negated bracket are anything; an escape (`\S` too) is written into the class as it is.
      if (node.source === undefined || (node.negated && node.source.startsWith('['))) return anything
      return {nullable: false, parts: [node.source.startsWith('[') ? literalEdges(node.source.slice(1, -1)) : node.source]}
    case 'empty':
      return zeroWidth
    case 'any':
      return anything
    case 'group': {
      let first: First | undefined
      for (const alternative of node.alternatives) {
        const next = firstOfSequence(alternative)
        first = first ? {nullable: first.nullable || next.nullable, parts: first.parts && next.parts && [...first.parts, ...next.parts]} : next
      }
      return first!
    }
    case 'repeat': {
      const inner = firstOf(node.node)
      return node.min === 0 ? {nullable: true, parts: inner.parts} : inner
    }
  }
}

/** Characters that mean something inside a class, escaped when a literal becomes a part of one. */
const classSyntax = new Set(['\\', ']', '[', '^', '-'])

/** A class’s contents with a `-` at either end escaped: joined to another class’s, it would make a range. */
function literalEdges(content: string): string {
  let result = ''
  for (let index = 0; index < content.length; index++) {
    const character = content[index]!
    if (character === '\\') {
      result += character + (content[index + 1] ?? '')
      index++
    } else result += character === '-' && (index === 0 || index === content.length - 1) ? '\\-' : character
  }
  return result
}

/** A class of a few ASCII letters and digits, read as options (`[Tt]`); beyond ASCII, a letter may fold to one (`ſ` to `s`). */
const smallClass = /^[A-Za-z0-9]{1,4}$/

const unicodeLetterOrDigit = /[\p{L}\p{N}]/u

/** Whether `character` (one code unit) is a letter or a digit: ASCII read by code, the rest by a Unicode class compiled only when met. */
function letterOrDigit(character: string): boolean {
  const code = character.charCodeAt(0)
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)
  return unicodeLetterOrDigit.test(character)
}

/** The syntax the reader reads at a place of the source (sticky: no copy of the source’s rest). */
const braces = /\{(\d+)(,(\d*))?\}/y
const lookaroundOpen = /\(\?<?[=!]/y
// A group's name is read up to its `>` (no `\p{…}` class: compiling one costs a first run ~0.5 ms).
const groupOpen = /\((?:\?:|\?<[^>]+>)?/y
const escapes = /\\(?:[pP]\{[^}]*\}|u\{[\dA-Fa-f]+\}|u[\dA-Fa-f]{4}|x[\dA-Fa-f]{2}|c[A-Za-z]|k<[^>]*>|[\s\S])/y

function stickyAt(regex: RegExp, source: string, at: number): RegExpExecArray | null {
  regex.lastIndex = at
  return regex.exec(source)
}

class Reader {
  at = 0
  /** Where the top-level alternatives end (each `|`, and the end). */
  ends: number[] = []
  private depth = 0
  constructor(private readonly source: string) {}

  /** Alternatives up to a `)` or the end. */
  alternation(): PatternNode[][] {
    const alternatives = [this.sequence()]
    while (this.source[this.at] === '|') {
      if (this.depth === 0) this.ends.push(this.at)
      this.at++
      alternatives.push(this.sequence())
    }
    if (this.depth === 0) this.ends.push(this.at)
    return alternatives
  }

  /** Atoms up to a `|`, a `)` or the end. */
  sequence(): PatternNode[] {
    const nodes: PatternNode[] = []
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') nodes.push(this.quantified())
    return nodes
  }

  /** An atom and its quantifier. */
  quantified(): PatternNode {
    const node = this.atom()
    const character = this.source[this.at]
    let min = 1
    let max = 1
    if (character === '*' || character === '?' || character === '+') {
      min = character === '+' ? 1 : 0
      max = character === '?' ? 1 : Infinity
      this.at++
    } else if (character === '{') {
      const quantifier = stickyAt(braces, this.source, this.at)
      if (!quantifier) throw new Error('Unexpected `{`')
      min = Number(quantifier[1])
      max = quantifier[2] === undefined ? min : quantifier[3] === '' ? Infinity : Number(quantifier[3])
      this.at += quantifier[0].length
    } else {
      return node
    }
    // Lazy.
    if (this.source[this.at] === '?') this.at++
    return {kind: 'repeat', node, min, max}
  }

  atom(): PatternNode {
    const source = this.source
    const character = source[this.at]!
    if (character === '(') {
      const lookaround = stickyAt(lookaroundOpen, source, this.at)
      const group = lookaround ?? stickyAt(groupOpen, source, this.at)!
      this.at += group[0].length
      this.depth++
      const alternatives = this.alternation()
      this.depth--
      if (source[this.at] !== ')') throw new Error('Unclosed group')
      this.at++
      return lookaround ? {kind: 'empty'} : {kind: 'group', alternatives}
    }
    if (character === '[') {
      let end = this.at + 1
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1
      if (end >= source.length) throw new Error('Unclosed class')
      const content = source.slice(this.at + 1, end)
      this.at = end + 1
      return {
        kind: 'class',
        options: smallClass.test(content) ? content : undefined,
        digit: content === '0-9' || content === '\\d',
        source: '[' + content + ']',
        negated: content.startsWith('^')
      }
    }
    if (character === '.') {
      this.at++
      return {kind: 'class', options: undefined, digit: false, source: undefined, negated: true}
    }
    if (character === '^' || character === '$') {
      this.at++
      return {kind: 'empty'}
    }
    if (character === '\\') return this.escape()
    if (')|*+?{}'.includes(character)) throw new Error('Unexpected `' + character + '`')
    // A character, or the two halves of a surrogate pair.
    const code = character.charCodeAt(0)
    const text = code >= 0xd800 && code <= 0xdbff ? String.fromCodePoint(source.codePointAt(this.at)!) : character
    this.at += text.length
    return {kind: 'literal', text}
  }

  /** An escape: an edge (matches nothing), a back reference (anything), a mark (itself), or a class as written. */
  escape(): PatternNode {
    const escape = stickyAt(escapes, this.source, this.at)
    if (!escape) throw new Error('Unfinished escape')
    this.at += escape[0].length
    const kind = escape[0][1]!
    if (kind === 'b' || kind === 'B') return {kind: 'empty'}
    if (kind === 'k' || (kind >= '1' && kind <= '9')) return {kind: 'any'}
    // A mark escaped is itself; any other escape (`\d`, `\s`, `\p{L}`, `\u00A0`, `\t`) is a class.
    if (escape[0].length === 2 && !letterOrDigit(kind)) return {kind: 'literal', text: kind}
    const negated = kind === 'S' || kind === 'D' || kind === 'W' || kind === 'P'
    return {kind: 'class', options: undefined, digit: kind === 'd', source: escape[0], negated}
  }
}
