import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export {levelOf, spanOf, type Level} from './message.js'

/** What every reporter gets besides the files (unified-engine passes the first four). */
export interface ReporterOptions {
  color?: boolean
  quiet?: boolean
  silent?: boolean
  verbose?: boolean
}

export type Reporter = (files: readonly VFile[], options: ReporterOptions) => string

/**
 * A count as `Intl.NumberFormat('en-US')` writes it (`12,345`). Counts are
 * grouped by hand: creating the formatter loads ICU’s locale data, ~18 ms of
 * CPU at every start of the CLI, which prints a count in every run.
 */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return new Intl.NumberFormat('en-US').format(value)
  return (value < 0 ? '-' : '') + String(Math.abs(value)).replace(/\B(?=(?:\d{3})+$)/g, ',')
}

/** The messages to show: `quiet` keeps warnings and errors, `silent` errors only; sorted as the file has them. */
export function shownMessages(file: VFile, options: ReporterOptions): VFileMessage[] {
  if (options.silent) return file.messages.filter((message) => message.fatal === true)
  if (options.quiet) return file.messages.filter((message) => typeof message.fatal === 'boolean')
  return file.messages
}

/** The files to show: `quiet` and `silent` leave out files with nothing to show. */
export function shownFiles(files: readonly VFile[], options: ReporterOptions): VFile[] {
  return options.quiet || options.silent ? files.filter((file) => shownMessages(file, options).length > 0) : [...files]
}

/** The file’s path relative to the working folder, with `/` separators (`<stdin>` when it has none). */
export function displayPath(file: VFile): string {
  if (!file.path) return '<stdin>'
  return path.relative(file.cwd, path.resolve(file.cwd, file.path)).split(path.sep).join('/')
}
