import type {VFile} from 'vfile'

// How far around the span the text must be unchanged: enough to see that a
// neighbour was fixed (`a ” immediate` once `an “immediate`), or that the
// text shifted under the span.
const reach = 16

/** How far around a span its fingerprint reads. */
export const fingerprintReach = reach

/**
 * A hash of the text around `[start, end)` (the span and `reach` characters
 * each side): what a message records of the text it was computed from, so
 * that `fix` can tell it from another text that merely holds its `actual` at
 * the same offsets. FNV-1a, cut to 30 bits: a small integer, which V8 keeps
 * in the message without allocating (there can be millions of messages).
 */
export function fingerprint(text: string, start: number, end: number): number {
  const from = Math.max(0, start - reach)
  const to = Math.min(text.length, end + reach)
  // Where the span sits in the window counts too (the window is cut at the ends of the text).
  let hash = Math.imul(0x811c9dc5 ^ (start - from), 0x01000193) ^ (to - end)
  for (let index = from; index < to; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  }
  return hash >>> 2
}

// The text of each file, decoded once (its value may be bytes) while that value stays.
const texts = new WeakMap<VFile, {value: VFile['value']; text: string}>()

/** Fingerprints spans of `file` (its text is read once per file and value, however many times this is called). */
export function fingerprinter(file: VFile): (start: number, end: number) => number {
  let known = texts.get(file)
  if (known?.value !== file.value) {
    known = {value: file.value, text: String(file)}
    texts.set(file, known)
  }
  const text = known.text
  return (start, end) => fingerprint(text, start, end)
}
