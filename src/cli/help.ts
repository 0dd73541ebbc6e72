import {optionSpecs, type OptionSpec} from './options.js'

const groups: ReadonlyArray<[OptionSpec['group'], string]> = [
  ['fix', 'Fixing'],
  ['report', 'Reporting'],
  ['files', 'Files and configuration'],
  ['jsonl', 'Many documents'],
  ['other', 'Other']
]

/** How an option is written in `--help` and the README: `-q, --quiet`, `--[no-]color`, `--report <name>`. */
export function optionUsage(spec: OptionSpec): string {
  const long = '--' + (spec.negatable ? '[no-]' : '') + spec.long
  return (spec.short ? '-' + spec.short + ', ' : '') + long + (spec.value ? ' ' + spec.value : '')
}

/** `mtlint --help`: usage, examples, every option once (from `options.ts`), exit codes. */
export function helpText(description: string): string {
  const width = Math.max(...optionSpecs.map((spec) => optionUsage(spec).length)) + 2
  const lines = [
    'Usage: mtlint [options] [path | glob …]',
    '',
    '  ' + description,
    '',
    'Lints .txt, .text, .md, .markdown, .html and .htm files (in folders too), or stdin.',
    '',
    'Examples:',
    '',
    '  mtlint article.txt                 lint a file',
    '  mtlint drafts                      lint every document in a folder',
    '  mtlint < article.txt               lint stdin',
    '  mtlint drafts --fix                apply the fixes that have one replacement',
    '  mtlint . --report sarif > results.sarif',
    '  mtlint drafts --stats --quiet      findings per 1,000 words, worst first',
    '',
    'Server:',
    '',
    '  mtlint serve [--port 8081] [--host 127.0.0.1]',
    '                                     answer LanguageTool’s HTTP API (/v2/check) for its add-ons;',
    '                                     see mtlint serve --help'
  ]
  for (const [group, title] of groups) {
    lines.push('', title + ':', '')
    for (const spec of optionSpecs) {
      if (spec.group === group) lines.push('  ' + optionUsage(spec).padEnd(width) + spec.description)
    }
  }
  lines.push(
    '',
    'Exit codes: 0 no errors (no warnings with --frail), 1 findings, 2 usage, configuration or I/O error,',
    'or a run that did not finish.',
    'Configuration: .mtlintrc(.json|.yml|.yaml|.js|.cjs|.mjs) or a "mtlint" field in package.json,',
    'such as {"rules": {"place-names": ["warn", {"prefer": "consistent"}]}}; ignore files: .mtlintignore.',
    ''
  )
  return lines.join('\n')
}

/** The README’s option table: the same list as `--help`, in the same order (`npm run docs` writes it; a test compares). */
export function optionsTable(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|')
  return [
    '| option | what it does |',
    '| --- | --- |',
    ...groups.flatMap(([group]) =>
      optionSpecs.filter((spec) => spec.group === group).map((spec) => '| `' + cell(optionUsage(spec)) + '` | ' + cell(spec.description) + ' |')
    )
  ].join('\n')
}
