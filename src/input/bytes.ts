/**
 * Whether bytes are text mtlint can lint: UTF-8, and not binary. The CLI
 * refuses a file that is not (one error naming the file and the first bad
 * byte, no findings, never fixed: writing back text decoded with U+FFFD in
 * place of the bad bytes would destroy them); `lint()` given bytes does the
 * same with one fatal message. Text given as a string is linted as it is.
 * No Node built-ins here: `lint()` is in the browser-safe main entry.
 */

// How much of the start of a file is sampled for binary content, as git does.
const sample = 8000
// Control characters (C0 but tab, line feed, vertical tab, form feed, carriage
// return and escape) above this share of the sample make it binary.
const maxControlShare = 0.1

/** A one-line reason why `bytes` are not UTF-8 text, or `undefined` when they are. */
export function bytesProblem(bytes: Uint8Array): string | undefined {
  if (startsWithUtf16Mark(bytes)) return 'UTF-16, not UTF-8: save the file as UTF-8'
  const binary = binaryProblem(bytes.length, (index) => bytes[index]!)
  if (binary) return binary
  const offset = firstInvalidUtf8(bytes)
  if (offset === bytes.length) return undefined
  // The BOM stays: the CLI’s text (and so every column) starts with it.
  const {line, column} = lineAndColumn(new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes.subarray(0, offset)))
  return 'invalid UTF-8 at byte ' + offset + ' (line ' + line + ', column ' + column + '): save the file as UTF-8'
}

/** A one-line reason why decoded text is binary (a NUL, mostly control characters), or `undefined`. */
export function textProblem(text: string): string | undefined {
  return binaryProblem(text.length, (index) => text.charCodeAt(index), 'character')
}

/** Binary: a NUL, or mostly control characters, in the first `sample` bytes (or characters). */
function binaryProblem(length: number, codeAt: (index: number) => number, unit = 'byte'): string | undefined {
  const end = Math.min(length, sample)
  let controls = 0
  for (let index = 0; index < end; index++) {
    const code = codeAt(index)
    if (code === 0) return 'binary, not text (a NUL ' + unit + ' at ' + unit + ' ' + index + '): skipped'
    if (code < 32 && !(code >= 9 && code <= 13) && code !== 27) controls++
  }
  if (end > 0 && controls / end > maxControlShare) return 'binary, not text (mostly control characters): skipped'
  return undefined
}

function startsWithUtf16Mark(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence; the length when all do. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const first = bytes[index]!
    const length = first < 0x80 ? 1 : first >= 0xc2 && first <= 0xdf ? 2 : first >= 0xe0 && first <= 0xef ? 3 : first >= 0xf0 && first <= 0xf4 ? 4 : 0
    if (length === 0) return index
    // Second bytes that would make an overlong form, a surrogate or a code point above U+10FFFF.
    const low = first === 0xe0 ? 0xa0 : first === 0xf0 ? 0x90 : 0x80
    const high = first === 0xed ? 0x9f : first === 0xf4 ? 0x8f : 0xbf
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next]
      const min = next === 1 ? low : 0x80
      const max = next === 1 ? high : 0xbf
      if (byte === undefined || byte < min || byte > max) return index
    }
    index += length
  }
  return index
}

/** Line and column (in UTF-16 units, as messages count them) just after `text`. */
function lineAndColumn(text: string): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (const match of text.matchAll(/\r\n?|\n/g)) {
    line++
    lineStart = match.index + match[0].length
  }
  return {line, column: text.length - lineStart + 1}
}
