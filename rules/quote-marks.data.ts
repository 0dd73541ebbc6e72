/** Double quotation marks as English typesets them. */
export const quoteGlyphs = {
  open: '“',
  close: '”',
  straight: '"'
} as const

/** Marks that may stand right after a closing quote (`”,` `”.`) — a quote mark before them closes. */
export const afterClosing = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '…', '—', '–'])

/** Marks that may stand right before an opening quote (`(“`, `—“`). */
export const beforeOpening = new Set(['(', '[', '{', '—', '–', '-', '/'])
