/**
 * Every option of `mtlint`, once: the parser (`parse-argv.ts`), `--help` and
 * the README’s option table (checked by a test) are made from this list.
 */

export type OptionType = 'boolean' | 'string' | 'list'

export interface OptionSpec {
  /** The long name, without `--`. */
  long: string
  short?: string
  type: OptionType
  /** The value’s placeholder in `--help` (`<name>`). */
  value?: string
  /** One line for `--help` and the README. */
  description: string
  /** Booleans that are on unless `--no-<long>` is given. */
  negatable?: boolean
  /** Where it is listed. */
  group: 'fix' | 'report' | 'files' | 'jsonl' | 'other'
}

/** Options of unified’s CLIs that have no meaning for a linter: each is refused with exit 2 and this reason. */
export const refused: Readonly<Record<string, string>> = {
  output: 'mtlint never writes documents back (--fix writes fixes)',
  o: 'mtlint never writes documents back (--fix writes fixes)',
  stdout: 'mtlint never prints documents',
  tree: 'mtlint reads and writes text, not syntax trees',
  t: 'mtlint reads and writes text, not syntax trees',
  'tree-in': 'mtlint reads text, not syntax trees',
  'tree-out': 'mtlint writes no syntax trees',
  inspect: 'mtlint writes no syntax trees'
}

export const optionSpecs: readonly OptionSpec[] = [
  {long: 'fix', type: 'boolean', group: 'fix', description: 'apply the fixes of warnings and errors that have one replacement, in place'},
  {long: 'fix-dry-run', type: 'boolean', group: 'fix', description: 'print those fixes as a unified diff on stdout, write nothing'},
  {
    long: 'fix-level',
    type: 'string',
    value: '<level>',
    group: 'fix',
    description: 'the lowest severity whose fixes apply: error, warning (default) or info'
  },
  {long: 'report', type: 'string', value: '<name>', group: 'report', description: 'pretty (default, on stderr), json, github or sarif (on stdout)'},
  {
    long: 'max-messages',
    type: 'string',
    value: '<n>',
    group: 'report',
    description: 'messages the pretty report prints, then a count of the rest (default 200; 0: all)'
  },
  {long: 'stats', type: 'boolean', group: 'report', description: 'print findings per 1,000 words for each file, worst first, on stdout'},
  {long: 'quiet', short: 'q', type: 'boolean', group: 'report', description: 'report warnings and errors only'},
  {long: 'silent', short: 'S', type: 'boolean', group: 'report', description: 'report errors only, and no summary line'},
  {long: 'frail', short: 'f', type: 'boolean', group: 'report', description: 'exit 1 on warnings too'},
  {long: 'color', type: 'boolean', negatable: true, group: 'report', description: 'colour the pretty report (default: when stderr is a terminal)'},
  {long: 'verbose', type: 'boolean', group: 'report', description: 'add notes to messages, causes and stack traces to errors'},
  {
    long: 'ext',
    short: 'e',
    type: 'list',
    value: '<extensions>',
    group: 'files',
    description: 'more extensions to search folders for, besides txt, text, md, markdown, html and htm'
  },
  {long: 'file-path', type: 'string', value: '<path>', group: 'files', description: 'the path of the text on stdin (its format and configuration apply)'},
  {long: 'rc-path', short: 'r', type: 'string', value: '<path>', group: 'files', description: 'use this configuration file, not those found'},
  {long: 'config', type: 'boolean', negatable: true, group: 'files', description: 'search for configuration files (default: on)'},
  {
    long: 'setting',
    short: 's',
    type: 'list',
    value: '<settings>',
    group: 'files',
    description: 'options for every file, such as \'mtlint: {rules: {"place-names": "off"}}\''
  },
  {long: 'ignore-path', short: 'i', type: 'string', value: '<path>', group: 'files', description: 'use this ignore file, not the .mtlintignore files found'},
  {
    long: 'ignore-path-resolve-from',
    type: 'string',
    value: 'cwd|dir',
    group: 'files',
    description: 'resolve the patterns of --ignore-path from the working folder or its own (default)'
  },
  {long: 'ignore-pattern', type: 'list', value: '<globs>', group: 'files', description: 'more patterns of files to leave out'},
  {long: 'ignore', type: 'boolean', negatable: true, group: 'files', description: 'search for ignore files (default: on)'},
  {long: 'silently-ignore', type: 'boolean', group: 'files', description: 'skip ignored files given by name instead of failing (for hooks)'},
  {long: 'use', short: 'u', type: 'list', value: '<plugin>', group: 'files', description: 'load a unified plugin (it runs with your rights)'},
  {long: 'watch', short: 'w', type: 'boolean', group: 'other', description: 'lint again each file that changes'},
  {
    long: 'jsonl',
    type: 'boolean',
    group: 'jsonl',
    description: 'lint records {"id", "text", "format"?}, one JSON object a line, from stdin; a result a line on stdout'
  },
  {long: 'jobs', type: 'string', value: '<n>', group: 'jsonl', description: 'with --jsonl: worker threads (default and most: the number of cores)'},
  {long: 'force-jobs', type: 'boolean', group: 'jsonl', description: 'with --jsonl: allow --jobs above the number of cores (at most 256)'},
  {long: 'help', short: 'h', type: 'boolean', group: 'other', description: 'print this help'},
  {long: 'version', short: 'v', type: 'boolean', group: 'other', description: 'print the version'}
]
