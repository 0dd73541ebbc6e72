/** Building blocks for the compiled regular expressions of rule data. */

// Unicode-aware word edges: a letter, digit or combining mark is part of a word.
export const wordBefore = '(?<![\\p{L}\\p{N}\\p{M}])'
export const wordAfter = '(?![\\p{L}\\p{N}\\p{M}])'

export function escapeRegExp(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
}

/** Space around a text, or other than one space between its words. */
const oddSpacing = /^\s|\s$|\s\s|[^\S ]/

/** The words of a text split at white space (nearly every phrase and name of rule data is written with single spaces: split without a regex then). */
export function spaceSeparated(text: string): string[] {
  return oddSpacing.test(text) ? text.trim().split(/\s+/) : text.split(' ')
}

/**
 * One regex that finds any of `words` ending at a word edge, to run with
 * `matchWholeWords`, which checks the edge before; longest alternatives
 * first so `Kiev` does not shadow `Kievan`. The edge before is not in the
 * regex: a lookbehind in front of the alternation keeps V8 from skipping to
 * the alternatives’ first letters (5× slower over a table of 150 names).
 * Words of one length are ordered by code unit, not `localeCompare`: their
 * order changes no match, and the first `localeCompare` loads ICU’s
 * collation data (~9 ms of CPU at every start).
 */
export function wholeWords(words: Iterable<string>, flags = 'gu'): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
  const alternation = (list: readonly string[]) => list.map(escapeRegExp).join('|')
  // The words that start in lower case (`ben Salmane`) in a group of their own: among the capitalised names, they made
  // V8 try the alternation at every `b` of the text (transliteration’s 285 spellings over 1 MB: 8.7 -> 3.3 ms). A word
  // of one group never matches where one of the other does (it starts with another character), so the order of the
  // groups changes no match; without case (`i`), it could.
  const lower = flags.includes('i') ? [] : sorted.filter((word) => startsLower.test(word))
  const body =
    lower.length === 0 || lower.length === sorted.length
      ? alternation(sorted)
      : '(?:' + alternation(sorted.filter((word) => !startsLower.test(word))) + ')|(?:' + alternation(lower) + ')'
  return new RegExp('(?:' + body + ')' + wordAfter, flags)
}

const startsLower = /^\p{Ll}/u

const endsInWord = /[\p{L}\p{N}\p{M}]$/u

/** Every match of a `wholeWords` regex in `text` that starts a word. */
export function* matchWholeWords(regex: RegExp, text: string): Generator<RegExpExecArray> {
  for (const match of matchAll(regex, text)) {
    if (match.index > 0 && endsInWord.test(text.slice(Math.max(0, match.index - 2), match.index))) {
      // Inside a word: search again from the next character.
      regex.lastIndex = match.index + 1
      continue
    }
    yield match
  }
}

/** Every match of a global regex in `text`, from its start. */
export function* matchAll(regex: RegExp, text: string): Generator<RegExpExecArray> {
  regex.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = regex.exec(text))) {
    if (match[0].length === 0) regex.lastIndex++
    yield match
  }
}
