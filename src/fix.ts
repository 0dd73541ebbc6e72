import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {lint} from './lint.js'
import type {Options} from './options.js'

/** What the fixer needs of a message: its span and its replacements. */
export type Fixable = Pick<VFileMessage, 'place' | 'expected' | 'actual'>

/**
 * Applies every message that has exactly one `expected` replacement to `text`.
 *
 * Only the reported spans change. A message is skipped when its span is not
 * in the text as reported (`actual` differs: the text changed since linting)
 * or when it overlaps a span already fixed.
 */
export function fix(text: string, messages: readonly Fixable[]): string {
  const edits: Array<{start: number; end: number; value: string}> = []
  for (const message of messages) {
    const place = message.place
    if (!message.expected || message.expected.length !== 1 || !place || !('start' in place)) continue
    const start = place.start.offset
    const end = place.end.offset
    if (start === undefined || end === undefined || start > end || end > text.length) continue
    if (message.actual !== undefined && text.slice(start, end) !== message.actual) continue
    edits.push({start, end, value: message.expected[0]!})
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end)

  let result = ''
  let last = 0
  for (const edit of edits) {
    if (edit.start < last) continue
    result += text.slice(last, edit.start) + edit.value
    last = edit.end
  }
  return result + text.slice(last)
}

/** The result of fixing a text to a fixpoint. */
export interface AutofixResult {
  /** The fixed text. */
  value: string
  /** How many lint-and-fix passes changed the text. */
  passes: number
  /** Whether a last pass found nothing more to fix (false if `maxPasses` ran out first). */
  stable: boolean
}

/**
 * Lints and fixes `text` again and again until nothing more changes, as
 * ESLint does: one fix can make another one possible (a `»` becomes `”`,
 * and the quote marks around it then pair differently). So fixing twice
 * changes nothing more than fixing once.
 */
export async function autofix(text: string, options?: Options | null, maxPasses = 10): Promise<AutofixResult> {
  const {value, passes, stable} = await fixToFixpoint(await lint(text, options), options, maxPasses)
  return {value, passes, stable}
}

/**
 * Fixes a linted file to a fixpoint: applies its messages’ single
 * replacements, lints the result (with the file’s path, so in its format)
 * and repeats until nothing changes. The loop of `autofix()` and of the
 * CLI’s `--fix`. Resolves with the fixed text and the messages left in it.
 */
export async function fixToFixpoint(
  file: VFile,
  options?: Options | null,
  maxPasses = 10
): Promise<AutofixResult & {messages: VFileMessage[]}> {
  let value = String(file)
  let messages = file.messages
  for (let passes = 0; passes < maxPasses; passes++) {
    const next = fix(value, messages)
    if (next === value) return {value, messages, passes, stable: true}
    value = next
    messages = (await lint(new VFile({path: file.path, cwd: file.cwd, value}), options)).messages
  }
  return {value, messages, passes: maxPasses, stable: false}
}
