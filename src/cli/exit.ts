import process from 'node:process'
import {status} from './status.js'

/**
 * How every run of the CLI ends, whatever happens:
 * - a reader that closes the pipe (`mtlint … | head -1`) ends the run at
 *   once, with exit 0: there is no one left to report to;
 * - an error nothing caught is one line (a stack trace with `--verbose`), exit 2;
 * - a run that ends without having reported (a plugin or configuration
 *   whose promise never settles leaves Node nothing to wait for) says so,
 *   exit 2, so that CI does not pass in silence.
 */
export function guardExit(verbose: boolean): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') endNow(0)
      else crash(error)
    })
  }
  const crash = (error: unknown) => {
    process.stderr.write('mtlint: ' + (verbose ? String((error as Error)?.stack ?? error) : oneLine(error)) + '\n')
    endNow(2)
  }
  process.on('uncaughtException', crash)
  process.on('unhandledRejection', crash)
  process.on('exit', () => {
    if (status.reported || status.ended) return
    process.stderr.write('mtlint: the run ended before it could report: a plugin or configuration never finished\n')
    process.exitCode = 2
  })
}

/** Ends the process now with `code`, as a run that ended on purpose. */
export function endNow(code: number): never {
  status.ended = true
  process.exit(code)
}

export function oneLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!
}
