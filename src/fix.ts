import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {fingerprint} from './engine/fingerprint.js'
import {lint} from './lint.js'
import type {Options} from './options.js'

// Here, with the API that reads it, so that the published types hold it.
declare module 'vfile-message' {
  interface VFileMessage {
    /**
     * A hash of the text around the span when the message was made (see
     * `engine/fingerprint.ts`): `fix` applies the message only to a text
     * where it is the same.
     */
    fingerprint?: number | undefined
  }
}

/** What the fixer needs of a message: its span, its replacements, and what it knows of the text it came from. */
export type Fixable = Pick<VFileMessage, 'place' | 'expected' | 'actual' | 'fingerprint'>

/** Options of `fix`. */
export interface FixOptions<Message extends Fixable = Fixable> {
  /**
   * Called with each message left out because the text is no longer the one
   * it was computed from (it was edited, or fixed, since linting).
   */
  onStale?: ((message: Message) => void) | null | undefined
}

/**
 * Applies every message that has exactly one `expected` replacement to `text`.
 *
 * Only the reported spans change. A message is applied only to the text it
 * was computed from: it is stale, and skipped, when its span does not hold
 * its `actual`, or the text around the span does not match its
 * `fingerprint` (messages from `lint` have one). `onStale` hears of each.
 * A message that overlaps a span already fixed is skipped too.
 */
export function fix<Message extends Fixable>(text: string, messages: readonly Message[], options?: FixOptions<Message> | null): string {
  const edits: Array<{start: number; end: number; value: string}> = []
  for (const message of messages) {
    const place = message.place
    if (!message.expected || message.expected.length !== 1 || !place || !('start' in place)) continue
    const start = place.start.offset
    const end = place.end.offset
    if (start === undefined || end === undefined || start > end) continue
    if (!holds(text, start, end, message)) {
      options?.onStale?.(message)
      continue
    }
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

/** Whether `text` is still the text `message` was computed from, as far as the message can tell. */
function holds(text: string, start: number, end: number, message: Fixable): boolean {
  if (end > text.length) return false
  if (message.actual !== undefined && text.slice(start, end) !== message.actual) return false
  return message.fingerprint === undefined || fingerprint(text, start, end) === message.fingerprint
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
  const {value, passes, stable} = await fixToFixpoint(await lint(text, options), options, {maxPasses})
  return {value, passes, stable}
}

/** How `fixToFixpoint` goes about it. */
export interface FixpointOptions {
  /** Passes after which it stops, even if a fix keeps revealing another (it never should). */
  maxPasses?: number
  /** The messages whose fixes to apply, of those of each pass (the CLI’s `--fix-level`); all by default. */
  select?: (messages: VFileMessage[]) => VFileMessage[]
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
  {maxPasses = 10, select = (messages) => messages}: FixpointOptions = {}
): Promise<AutofixResult & {messages: VFileMessage[]}> {
  let value = String(file)
  let messages = file.messages
  for (let passes = 0; passes < maxPasses; passes++) {
    const next = fix(value, select(messages))
    if (next === value) return {value, messages, passes, stable: true}
    value = next
    messages = (await lint(new VFile({path: file.path, cwd: file.cwd, value}), options)).messages
  }
  return {value, messages, passes: maxPasses, stable: false}
}
