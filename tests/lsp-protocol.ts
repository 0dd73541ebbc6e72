import type {VFile} from 'vfile'

/** The LSP shapes the language-server tests read and write. */
export interface Position {
  line: number
  character: number
}
export interface Range {
  start: Position
  end: Position
}
export interface Diagnostic {
  range: Range
  message: string
  severity: number
  code?: string
  source?: string
  data?: {expected?: string[]}
}
export interface TextEdit {
  range: Range
  newText: string
}
export interface CodeAction {
  title: string
  kind: string
  isPreferred?: boolean
  edit: {changes: Record<string, TextEdit[]>}
}

/** What a diagnostic says, in a form `lint()`’s messages convert to: range, severity, rule, wording, replacements. */
export function summary(diagnostic: Diagnostic) {
  const {range, severity, code, message, data} = diagnostic
  return {range, severity, code, message, expected: data?.expected}
}

/**
 * The diagnostics an editor should get for a file `lint()` returned, as
 * `summary` shows them: positions in LSP’s zero-based lines and UTF-16
 * characters (vfile’s columns count UTF-16 code units too, from 1).
 */
export function expectedDiagnostics(file: VFile): Array<ReturnType<typeof summary>> {
  return file.messages.map((message) => {
    const place = message.place && 'start' in message.place ? message.place : undefined
    const start = place?.start ?? {line: 1, column: 1}
    const end = place?.end ?? start
    return {
      range: {
        start: {line: start.line - 1, character: start.column - 1},
        end: {line: end.line - 1, character: end.column - 1}
      },
      severity: message.fatal === true ? 1 : message.fatal === false ? 2 : 3,
      code: message.ruleId ?? undefined,
      message: message.reason + (message.note ? '\n' + message.note : ''),
      expected: message.expected ?? undefined
    }
  })
}

/** Offsets where the lines of `text` start: after `\r\n`, `\r` or `\n`, as LSP counts lines. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 13 && text.charCodeAt(index + 1) === 10) index++
    if (code === 10 || code === 13) starts.push(index + 1)
  }
  return starts
}

/** The offset in `text` of an LSP position (characters are UTF-16 code units), clamped as vscode-languageserver clamps it. */
export function offsetAt(text: string, position: Position, starts = lineStarts(text)): number {
  if (position.line >= starts.length) return text.length
  if (position.line < 0) return 0
  const lineStart = starts[position.line]!
  const next = starts[position.line + 1] ?? text.length
  return Math.max(Math.min(lineStart + position.character, next), lineStart)
}

/** The LSP position of an offset in `text`. */
export function positionAt(text: string, offset: number, starts = lineStarts(text)): Position {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return {line: low, character: offset - starts[low]!}
}

/** Applies LSP text edits (ranges in the text as it was) to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const located = edits.map((edit) => ({start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), value: edit.newText}))
  located.sort((a, b) => b.start - a.start)
  let result = text
  for (const edit of located) result = result.slice(0, edit.start) + edit.value + result.slice(edit.end)
  return result
}
