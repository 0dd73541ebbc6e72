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
  try {
    const reader = new Reader(source)
    const first = reader.alternation()
    if (reader.at < source.length || first.nullable || first.parts === undefined) return undefined
    return '[' + first.parts.join('') + ']'
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

class Reader {
  at = 0
  constructor(private readonly source: string) {}

  /** Alternatives up to a `)` or the end. */
  alternation(): First {
    let result = this.sequence()
    while (this.source[this.at] === '|') {
      this.at++
      const next = this.sequence()
      result = {nullable: result.nullable || next.nullable, parts: result.parts && next.parts && [...result.parts, ...next.parts]}
    }
    return result
  }

  /** Atoms up to a `|`, a `)` or the end: their first characters, until one cannot match nothing. */
  sequence(): First {
    const parts: string[] = []
    let nullable = true
    let open = true
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.quantified()
      if (!open) continue
      if (atom.parts === undefined) return this.skipSequence()
      parts.push(...atom.parts)
      if (!atom.nullable) {
        nullable = false
        open = false
      }
    }
    return {nullable, parts}
  }

  /** The rest of a sequence whose first characters are anything. */
  skipSequence(): First {
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') this.quantified()
    return anything
  }

  /** An atom and its quantifier: one that allows none makes it nullable. */
  quantified(): First {
    const atom = this.atom()
    const character = this.source[this.at]
    let optional = false
    if (character === '*' || character === '?') {
      optional = true
      this.at++
    } else if (character === '+') {
      this.at++
    } else if (character === '{') {
      const quantifier = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.at))
      if (!quantifier) throw new Error('Unexpected `{`')
      optional = Number(quantifier[1]) === 0
      this.at += quantifier[0].length
    }
    // Lazy.
    if (character !== undefined && '*+?{'.includes(character) && this.source[this.at] === '?') this.at++
    return optional ? {nullable: true, parts: atom.parts} : atom
  }

  atom(): First {
    const source = this.source
    const character = source[this.at]!
    if (character === '(') {
      const lookaround = /^\(\?<?[=!]/.exec(source.slice(this.at))
      const group = lookaround ?? /^\((?:\?:|\?<[\p{L}\p{N}_$]+>)?/u.exec(source.slice(this.at))!
      this.at += group[0].length
      const inner = this.alternation()
      if (source[this.at] !== ')') throw new Error('Unclosed group')
      this.at++
      return lookaround ? zeroWidth : inner
    }
    if (character === '[') {
      let end = this.at + 1
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1
      if (end >= source.length) throw new Error('Unclosed class')
      const content = source.slice(this.at + 1, end)
      this.at = end + 1
      return content.startsWith('^') ? anything : {nullable: false, parts: [literalEdges(content)]}
    }
    if (character === '.') {
      this.at++
      return anything
    }
    if (character === '^' || character === '$') {
      this.at++
      return zeroWidth
    }
    if (character === '\\') return this.escape()
    if (')|*+?{}'.includes(character)) throw new Error('Unexpected `' + character + '`')
    const literal = String.fromCodePoint(source.codePointAt(this.at)!)
    this.at += literal.length
    return {nullable: false, parts: [classSyntax.has(literal) ? '\\' + literal : literal]}
  }

  /** An escape: an edge (zero width), a back reference (anything), or a character or class, written as it is. */
  escape(): First {
    const rest = this.source.slice(this.at)
    const escape = /^\\(?:[pP]\{[^}]*\}|u\{[\dA-Fa-f]+\}|u[\dA-Fa-f]{4}|x[\dA-Fa-f]{2}|c[A-Za-z]|k<[^>]*>|[\s\S])/.exec(rest)
    if (!escape) throw new Error('Unfinished escape')
    this.at += escape[0].length
    const kind = escape[0][1]!
    if (kind === 'b' || kind === 'B') return zeroWidth
    if (kind === 'k' || (kind >= '1' && kind <= '9')) return anything
    return {nullable: false, parts: [escape[0]]}
  }
}
