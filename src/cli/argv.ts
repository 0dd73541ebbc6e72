import {reportNames, type FinishOptions} from './finish.js'

/** The flags mtlint adds to unified-args’, for `--help`. */
export const mtlintHelp = `
mtlint options:

      --fix                 apply every fix with one replacement, in place (atomically)
      --fix-dry-run         print the fixes as a unified diff instead of writing them
      --stats               print findings per 1,000 words for each file, worst first
      --report <name>       pretty (default, stderr), json, github or sarif (stdout)
      --jsonl               lint records {"id", "text", "format"?} read as JSON Lines from stdin,
                            write {"id", "messages"} per record to stdout, in input order
      --jobs <n>            with --jsonl: worker threads (default: number of cores)

Exit codes: 0 no errors (no warnings with --frail), 1 findings, 2 usage, configuration or I/O error.
Configuration: .mtlintrc(.json|.yml|.yaml|.js|.cjs|.mjs) or a "mtlint" field in package.json,
such as {"rules": {"place-names": ["warn", {"prefer": "consistent"}]}}; ignore files: .mtlintignore.
`

/** Arguments for unified-args, with mtlint’s own flags taken out and handed to `finish` through `--report`. */
export interface Argv {
  args: string[]
  verbose: boolean
  help: boolean
  /** Whether the run prints syntax trees (`--tree-out`, `--tree`, `--inspect`), so plain text needs one. */
  trees: boolean
}

/**
 * Takes mtlint’s flags (`--fix`, `--fix-dry-run`, `--stats`, `--report name`)
 * out of `argv` and passes them, as reporter options, to `finish` (at
 * `finishPath`), which unified-engine loads as its reporter. A linter prints
 * no document: `--no-stdout` unless asked; no colours when stderr is no terminal.
 * Throws a one-line usage error for an unknown reporter.
 */
export function mtlintArgv(argv: readonly string[], finishPath: string, colorTerminal: boolean): Argv {
  const options: FinishOptions = {}
  const rest: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--fix') options.fix = true
    else if (arg === '--fix-dry-run') options.fixDryRun = true
    else if (arg === '--stats') options.stats = true
    else if (arg === '--report' || arg.startsWith('--report=')) {
      const name = arg === '--report' ? argv[++index] : arg.slice('--report='.length)
      if (!name || !reportNames.includes(name)) {
        throw new Error('Unknown reporter `' + (name ?? '') + '`, expected ' + reportNames.map((r) => '`' + r + '`').join(', '))
      }
      options.report = name
    } else {
      if (arg === '--silently-ignore') options.silentlyIgnore = true
      rest.push(arg)
    }
  }

  const given = (pattern: RegExp) => rest.some((arg) => pattern.test(arg))
  if (!given(/^(?:--(?:no-)?stdout|-o|--output(?:=.*)?)$/)) rest.push('--no-stdout')
  if (!colorTerminal && !given(/^--(?:no-)?color$/)) rest.push('--no-color')
  rest.push('--report=' + finishPath + '=' + JSON.stringify(options).slice(1, -1))
  return {
    args: rest,
    verbose: given(/^--verbose$/),
    help: given(/^(?:--help|-h)$/),
    trees: given(/^--(?:tree|tree-out|inspect)$/)
  }
}
