/** How the CLI’s run ended, as far as the exit code goes. */
export const status = {
  /** Whether the run got as far as reporting (set last thing by `finish`). */
  reported: false,
  /** Whether a file could not be read, configured, linted or written. */
  failed: false,
  /** Whether the run ended on purpose without a report: `--help`, a usage error, a reader that closed the pipe, `--jsonl`. */
  ended: false
}

/**
 * The exit code: 2 for usage, configuration and I/O errors, else the engine’s
 * (1 for errors, or warnings with `--frail`; 0 otherwise).
 */
export function exitCode(engineCode: number | undefined): number {
  if (status.failed) return 2
  return engineCode ?? 0
}
