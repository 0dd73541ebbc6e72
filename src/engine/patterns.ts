/** Building blocks for the compiled regular expressions of rule data. */

// Unicode-aware word edges: a letter, digit or combining mark is part of a word.
export const wordBefore = '(?<![\\p{L}\\p{N}\\p{M}])'
export const wordAfter = '(?![\\p{L}\\p{N}\\p{M}])'

export function escapeRegExp(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
}

/** One regex that finds any of `words` as whole words; longest alternatives first so `Kiev` does not shadow `Kievan`. */
export function wholeWords(words: Iterable<string>, flags = 'gu'): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b))
  return new RegExp(wordBefore + '(?:' + sorted.map(escapeRegExp).join('|') + ')' + wordAfter, flags)
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
