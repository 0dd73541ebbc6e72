/**
 * What a match of a regular expression can start with, read from its
 * source: a superset (anything this reader does not follow, such as `\p{…}`,
 * `.`, `\s`, a negated class or a back-reference, counts as any character),
 * so that a text whose first character is not in it cannot match at its
 * start. Lookarounds and anchors count as matching nothing: the regex still
 * checks them.
 */
export interface FirstCharacters {
  /** Any character may start a match. */
  any: boolean
  /** Otherwise, the characters and ranges a match may start with, as the inside of a character class (read with the regex’s own flags, which fold case). */
  members: Set<string>
}

/** Reads the first characters of a regular expression’s `source`. */
export function firstCharacters(source: string): FirstCharacters {
  const result: FirstCharacters = {any: false, members: new Set()}
  let at = 0

  const add = (member: string) => {
    // A lone surrogate (half of a character outside the BMP) is no character a class can hold.
    if (member === '') result.any = true
    else result.members.add(member)
  }

  /** Reads alternatives up to a `)` or the end; returns whether one of them can match nothing. `collect`: whether they open the match. */
  function alternatives(collect: boolean): boolean {
    let nullable = false
    for (;;) {
      nullable = sequence(collect) || nullable
      if (source[at] !== '|') return nullable
      at++
    }
  }

  /**
   * Reads one alternative; its items collect until one of them must consume
   * a character. What follows that item, and an alternative that does not
   * collect (whose answer no one reads), is skipped without reading it.
   */
  function sequence(collect: boolean): boolean {
    let nullable = true
    while (collect && nullable && at < source.length && source[at] !== '|' && source[at] !== ')') {
      const itemNullable = item(true)
      const optional = quantifierAllowsNone()
      nullable = itemNullable || optional
    }
    at = alternativeEnd(source, at)
    return nullable
  }

  /** Skips a quantifier after an item; returns whether it allows zero repetitions. */
  function quantifierAllowsNone(): boolean {
    const character = source[at]
    let none = false
    if (character === '?' || character === '*') {
      none = true
      at++
    } else if (character === '+') {
      at++
    } else if (character === '{') {
      const bounds = stickyAt(quantifierBounds, source, at)
      if (!bounds) return false
      none = Number(bounds[1] || 0) === 0
      at += bounds[0].length
    } else {
      return false
    }
    if (source[at] === '?') at++
    return none
  }

  /** Reads one item (a character, an escape, a class or a group); returns whether it can match nothing. */
  function item(collect: boolean): boolean {
    const character = source[at]!
    if (character === '(') {
      at++
      let zeroWidth = false
      if (source[at] === '?') {
        const kind = stickyAt(groupKind, source, at)?.[0] ?? '?'
        // A group this reader does not know (none in Node 20) may start with anything.
        if (kind === '?') result.any = true
        zeroWidth = /[=!]$/.test(kind)
        at += kind.length
      }
      const nullable = alternatives(collect && !zeroWidth)
      at++
      return zeroWidth || nullable
    }
    if (character === '[') return characterClass(collect)
    at++
    if (character === '^' || character === '$') return true
    if (character === '.') {
      if (collect) result.any = true
      return false
    }
    if (character !== '\\') {
      if (collect) add(classMember(character))
      return false
    }
    const escaped = source[at++] ?? ''
    if (escaped === 'b' || escaped === 'B') return true
    if (escaped === 'd') {
      if (collect) add('0-9')
      return false
    }
    const single = escapedCharacter(escaped)
    if (single === undefined) {
      // A class escape, a property or a back-reference (which may match nothing).
      if (/[pPu]/.test(escaped) && source[at] === '{') at = source.indexOf('}', at) + 1
      if (escaped === 'k') at = source.indexOf('>', at) + 1
      if (collect) result.any = true
      return escaped === 'k' || /\d/.test(escaped)
    }
    if (collect) add(classMember(single))
    return false
  }

  /** The character an escape stands for, after its letter (`\t`, `\.`, `\u00A0`, `\x41`); undefined for classes and references. */
  function escapedCharacter(escaped: string): string | undefined {
    if (escaped in controls && !(escaped === '0' && /\d/.test(source[at] ?? ''))) return controls[escaped]
    const hex = escaped === 'u' ? stickyAt(fourHexDigits, source, at) : escaped === 'x' ? stickyAt(twoHexDigits, source, at) : null
    if (hex) {
      at += hex[0].length
      return String.fromCharCode(Number.parseInt(hex[0], 16))
    }
    if (/[\dA-Za-z]/.test(escaped)) return undefined
    return escaped
  }

  /** Reads a `[…]` class: its characters and ranges, or any character when negated or holding a class escape. */
  function characterClass(collect: boolean): boolean {
    at++
    const members: string[] = []
    let any = source[at] === '^'
    if (any) at++
    /** The next character of the class, or undefined for a class escape (`\d`, `\p{L}`). */
    const next = (): string | undefined => {
      const character = source[at++]!
      if (character !== '\\') return character
      const escaped = source[at++] ?? ''
      const single = escapedCharacter(escaped)
      if (single === undefined && /[pP]/.test(escaped) && source[at] === '{') at = source.indexOf('}', at) + 1
      return single
    }
    while (at < source.length && source[at] !== ']') {
      if (source.startsWith('\\d', at)) {
        members.push('0-9')
        at += 2
        continue
      }
      const first = next()
      if (first === undefined) {
        any = true
        continue
      }
      if (source[at] !== '-' || source[at + 1] === ']' || at + 1 >= source.length) {
        members.push(classMember(first))
        continue
      }
      at++
      const last = next()
      if (last === undefined) any = true
      else members.push(classMember(first) + '-' + classMember(last))
    }
    at++
    if (collect) {
      if (any || members.some((member) => member === '')) result.any = true
      else for (const member of members) add(member)
    }
    return false
  }

  while (at < source.length) {
    alternatives(true)
    // A stray `)` would end the reading early: whatever follows may start a match too.
    if (at < source.length) {
      result.any = true
      break
    }
  }
  return result
}

const controls: Readonly<Record<string, string>> = {t: '\t', n: '\n', r: '\r', v: '\v', f: '\f', '0': '\0'}
const quantifierBounds = /\{(\d*)(?:,\d*)?\}/y
const groupKind = /\?(?::|<[A-Za-z]\w*>|<?[=!])/y
const fourHexDigits = /[\dA-Fa-f]{4}/y
const twoHexDigits = /[\dA-Fa-f]{2}/y

/** A sticky regex’s match at `at` (sources are read in place, not sliced). */
function stickyAt(regex: RegExp, source: string, at: number): RegExpExecArray | null {
  regex.lastIndex = at
  return regex.exec(source)
}

/** Where the alternative of a regex source that goes on at `from` ends: at its `|` or `)`, or at the end of the source. */
function alternativeEnd(source: string, from: number): number {
  let at = from
  let depth = 0
  for (;;) {
    plain.lastIndex = at
    if (plain.test(source)) at = plain.lastIndex
    const character = source[at]
    if (character === undefined || (depth === 0 && (character === '|' || character === ')'))) return at
    if (character === '(') depth++
    else if (character === ')') depth--
    at++
  }
}

/** The top-level alternatives of a regex source (`a|(?:b|c)` gives `a` and `(?:b|c)`). */
export function topAlternatives(source: string): string[] {
  const alternatives: string[] = []
  let from = 0
  for (;;) {
    const end = alternativeEnd(source, from)
    alternatives.push(source.slice(from, end))
    // A stray `)` ends no alternative: keep the source whole.
    if (source[end] === ')') return [source]
    if (end >= source.length) return alternatives
    from = end + 1
  }
}

/** A run of a regex source without groups or alternatives: characters, escapes and classes. */
const plain = /(?:\\[^]|\[(?:\\[^]|[^\]\\])*\]|[^\\[()|])+/y

/** A character as a member of a class, escaped (`\u0041`); '' for a surrogate. */
function classMember(character: string): string {
  const code = character.charCodeAt(0)
  return code >= 0xd800 && code <= 0xdfff ? '' : '\\u' + code.toString(16).padStart(4, '0')
}
