/** A highlighted span of the text: `[start, end)` in UTF-16 offsets. */
export interface Span {
  id: number
  start: number
  end: number
}

/**
 * A piece of the highlighted text: a run of plain text, or a mark around
 * pieces. Only the first mark of a span is its `head` (the one to focus and to
 * count); the others continue it where it crosses another span.
 */
export type Piece = {type: 'text'; start: number; end: number} | {type: 'mark'; id: number; head: boolean; children: Piece[]}

/**
 * Lays `spans` over a text of `length` characters as well-nested marks, the
 * only shape HTML allows. Findings can overlap (a calque inside untranslated
 * French): a span that ends inside another closes it, and the outer one goes
 * on as a continuation mark. An empty span (an insertion point) becomes an
 * empty mark at its offset.
 */
export function nest(length: number, spans: readonly Span[]): Piece[] {
  // Outer spans first, so that a span containing another is opened before it.
  const order = spans
    .filter((span) => span.start >= 0 && span.end <= length && span.start <= span.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id)
  const bounds = [...new Set([0, length, ...order.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b)
  const root: Piece[] = []
  const open: Array<{span: Span; children: Piece[]}> = []
  const started = new Set<number>()
  let next = 0

  const into = () => open[open.length - 1]?.children ?? root
  const push = (span: Span) => {
    const mark: Piece = {type: 'mark', id: span.id, head: !started.has(span.id), children: []}
    started.add(span.id)
    into().push(mark)
    open.push({span, children: mark.children})
  }

  for (let index = 0; index < bounds.length; index++) {
    const at = bounds[index]!
    // Close the spans that end here, and every span opened inside them.
    const firstEnded = open.findIndex((entry) => entry.span.end <= at)
    if (firstEnded !== -1) {
      const reopen = open.splice(firstEnded).filter((entry) => entry.span.end > at)
      for (const entry of reopen) push(entry.span)
    }
    while (next < order.length && order[next]!.start === at) {
      const span = order[next++]!
      push(span)
      if (span.start === span.end) open.pop()
    }
    const following = bounds[index + 1]
    if (following !== undefined) into().push({type: 'text', start: at, end: following})
  }
  return root
}
