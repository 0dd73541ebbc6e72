/**
 * Words one letter apart: one letter added, changed, or two neighbours
 * swapped, inside the word (`Volodomyr` and `Volodymyr`, `Suspline` and
 * `Suspilne`). Words that begin differently, or that differ only at their
 * end (an ending added or changed: `Korea`, `Korean`; `Maria`, `Mario`),
 * are not: those make other words.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a.charAt(0) !== b.charAt(0) || a.startsWith(b) || b.startsWith(a)) return false
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  if (tail === 0) return false
  const left = a.length - head - tail
  const right = b.length - head - tail
  if (left + right === 1 || (left === 1 && right === 1)) return true
  return left === 2 && right === 2 && a[head] === b[head + 1] && a[head + 1] === b[head]
}

/**
 * Words of `minLength` letters or more (the longer) a slip of the keyboard apart: one letter
 * dropped or added next to two neighbours swapped, inside the word (`Touadera` and
 * `Taudera`). Two edits, which short words make between two names; long ones seldom do.
 */
export function slipApart(a: string, b: string, minLength: number): boolean {
  const longer = a.length > b.length ? a : b
  const shorter = a.length > b.length ? b : a
  if (longer.length < minLength || longer.length !== shorter.length + 1) return false
  if (longer.charAt(0) !== shorter.charAt(0) || longer.at(-1) !== shorter.at(-1)) return false
  for (let index = 1; index < longer.length - 1; index++) if (swappedWithout(longer, index, shorter)) return true
  return false
}

/**
 * Whether `longer` without its letter at `gap` and `shorter` (one letter
 * shorter) differ by two neighbours swapped, and by nothing else: read in
 * place (no string made per letter tried).
 */
function swappedWithout(longer: string, gap: number, shorter: string): boolean {
  const length = shorter.length
  let head = 0
  while (head < length && longer.charCodeAt(head < gap ? head : head + 1) === shorter.charCodeAt(head)) head++
  if (head >= length - 1) return false
  const first = longer.charCodeAt(head < gap ? head : head + 1)
  const second = longer.charCodeAt(head + 1 < gap ? head + 1 : head + 2)
  if (first !== shorter.charCodeAt(head + 1) || second !== shorter.charCodeAt(head)) return false
  for (let index = head + 2; index < length; index++) if (longer.charCodeAt(index < gap ? index : index + 1) !== shorter.charCodeAt(index)) return false
  return true
}

/** The word and each of its forms with one letter deleted: words one edit apart share one of them. */
export function* deletions(word: string): Generator<string> {
  yield word
  for (let index = 0; index < word.length; index++) yield word.slice(0, index) + word.slice(index + 1)
}

/** `deletions` as an array, for a caller that reads them more than once. */
export function deletionList(word: string): string[] {
  const list = [word]
  for (let index = 0; index < word.length; index++) list.push(word.slice(0, index) + word.slice(index + 1))
  return list
}

/** A list of words, indexed so that the ones a letter apart from a given word are found without comparing it to all. */
export interface NearIndex {
  /** A listed word one letter apart from `word` (both in lower case), if any; `undefined` for a listed word itself. */
  near(word: string): string | undefined
}

export function compileNearIndex(words: Iterable<string>): NearIndex {
  const listed = new Set<string>()
  const byDeletion = new Map<string, string[]>()
  for (const word of words) {
    listed.add(word)
    for (const shorter of deletions(word)) {
      const list = byDeletion.get(shorter)
      if (!list) byDeletion.set(shorter, [word])
      else if (!list.includes(word)) list.push(word)
    }
  }
  return {
    near(word) {
      if (listed.has(word)) return undefined
      for (const shorter of deletions(word)) {
        for (const candidate of byDeletion.get(shorter) ?? []) if (oneEditApart(word, candidate)) return candidate
      }
      return undefined
    }
  }
}
