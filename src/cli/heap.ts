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
