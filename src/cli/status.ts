/** How the CLI’s run ended, as far as the exit code goes. */
export const status = {
  /** Whether the run got as far as reporting (set last thing by `finish`). */
  reported: false,
  /** Whether a file could not be read, configured, linted or written. */
  failed: false
}

/**
 * The exit code: 2 for usage, configuration and I/O errors, else the engine’s
 * (1 for errors, or warnings with `--frail`; 0 otherwise). unified-args exits
 * with 1 when it cannot even start (a bad flag, no input): that is a usage error.
 */
export function exitCode(engineCode: number | undefined): number {
  if (status.failed || (!status.reported && engineCode)) return 2
  return engineCode ?? 0
}
