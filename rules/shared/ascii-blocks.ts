/** A character beyond ASCII. */
export const nonAscii = /[^\x00-\x7F]/

let lastText: string | undefined
let lastAscii = true

/**
 * Whether a block’s text is all ASCII, found once for every rule that asks
 * (`transliteration`, `untranslated-french`: what they look for beyond
 * ASCII is in no such block, most blocks of English copy). Rules visit a
 * block one after another: the last text asked about is remembered.
 */
export function asciiText(text: string): boolean {
  if (text !== lastText) {
    lastText = text
    lastAscii = !nonAscii.test(text)
  }
  return lastAscii
}
