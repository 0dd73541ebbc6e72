import process from 'node:process'
import {setFlagsFromString} from 'node:v8'

/**
 * The V8 settings of mtlint’s own processes (CLI, `--jsonl` workers, language
 * server); import it first. A cold run over a long document sometimes (one
 * run in three over 10 MB) makes V8 pretenure the nodes of the parse trees:
 * each block’s tree then outlives its block, and linting runs ~1.8× slower
 * in twice the memory. The trees live for one block, so allocation-site
 * pretenuring only misfires here. Set before any linting: which literals
 * V8 pretenures is decided as they run. (A library cannot set this for its host;
 * the README says how.)
 */
export const v8Flags = ['--no-allocation-site-pretenuring']

/** Applies `v8Flags` to this process (and its worker threads): call it before linting. */
export function useMtlintV8Flags(): void {
  for (const flag of v8Flags) setFlagsFromString(flag)
}

/**
 * Input longer than this (in characters) is linted with V8’s optimising compiler on.
 * Measured on the seed article repeated (CLI, CPU time): without it, 64 KB
 * cost 0.78× and 256 KB 0.95× of a run with it, 1 MB 1.5×.
 */
export const optimiseAbove = 128 * 1024

let held = false

/**
 * Turns V8’s optimising compiler (TurboFan) off until `releaseOptimiser()`.
 * A short run never repays it: on a one-line file it compiled the rules’
 * table builders, run once each, for ~70–90 ms of CPU (medians of 16 starts,
 * interleaved). The CLI holds it while it starts and releases it once the
 * input proves large or the run long (records, `--watch`, `serve`); a tier
 * flag given to `node` itself is left alone.
 */
export function holdOptimiser(): void {
  if (process.execArgv.some((flag) => /^--(?:no-)?(?:opt|turbofan|max-opt)\b/.test(flag))) return
  setFlagsFromString('--no-opt')
  held = true
}

/** Turns the optimising compiler back on (functions already hot are optimised at their next call). */
export function releaseOptimiser(): void {
  if (!held) return
  setFlagsFromString('--opt')
  held = false
}
