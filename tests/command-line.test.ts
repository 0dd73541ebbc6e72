import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {readmePath, withOptionsTable} from '../scripts/readme.js'
import {helpText, optionsTable, optionUsage} from '../src/cli/help.js'
import {optionSpecs} from '../src/cli/options.js'
import {parseArgv, type CliArgs} from '../src/cli/parse-argv.js'
import {checkPresetOptions} from '../src/preset.js'

/** The command line’s contract, in-process: what each argv means, and the one-line error for each mistake. */
describe('parseArgv', () => {
  test.each<{argv: string[]; expected: Partial<CliArgs>}>([
    {argv: [], expected: {files: [], fix: false, fixLevel: 'warning', report: 'pretty', maxMessages: 200, config: true, ignore: true}},
    {argv: ['a.txt', 'docs'], expected: {files: ['a.txt', 'docs']}},
    {argv: ['--fix', '--fix-level', 'info', 'a.txt'], expected: {fix: true, fixLevel: 'info'}},
    {argv: ['--fix-level=error', '--fix-dry-run'], expected: {fixDryRun: true, fixLevel: 'error'}},
    {argv: ['-qf', 'a.txt'], expected: {quiet: true, frail: true, files: ['a.txt']}},
    {argv: ['--no-color', '--no-config', '--no-ignore'], expected: {color: false, config: false, ignore: false}},
    {argv: ['--color'], expected: {color: true}},
    {argv: ['--ext', 'rst,.adoc', '-e', 'tex'], expected: {extensions: ['rst', 'adoc', 'tex']}},
    {argv: ['--max-messages', '0'], expected: {maxMessages: 0}},
    {argv: ['--report=sarif'], expected: {report: 'sarif'}},
    {argv: ['--setting', 'mtlint: {rules: {"place-names": "off"}}'], expected: {settings: {mtlint: {rules: {'place-names': 'off'}}}}},
    {argv: ['--use', 'plugin=a: 1', '-u', 'other'], expected: {plugins: {plugin: {a: 1}, other: undefined}}},
    {argv: ['--jsonl', '--jobs', '3', '--force-jobs'], expected: {jsonl: true, jobs: 3, forceJobs: true}},
    {argv: ['--', '--fix'], expected: {files: ['--fix'], fix: false}},
    {argv: ['-rci.json'], expected: {rcPath: 'ci.json'}}
  ])('$argv', ({argv, expected}) => {
    expect(parseArgv(argv, checkPresetOptions)).toMatchObject(expected)
  })

  test.each([
    [['--nope'], 'unknown option --nope; see mtlint --help'],
    [['-x'], 'unknown option -x; see mtlint --help'],
    [['--fix=yes'], '--fix takes no value'],
    [['--report'], '--report needs a value: <name>'],
    [['--report', '--fix'], '--report needs a value: <name>'],
    [['--report', 'xml'], 'invalid --report `xml`, expected pretty, json, github, sarif'],
    [['--fix-level', 'all'], 'invalid --fix-level `all`, expected error, warning, info'],
    [['--max-messages', '-1'], '--max-messages needs a value: <n>'],
    [['--max-messages', 'ten'], 'invalid --max-messages `ten`, expected an integer of 0 or more'],
    [['--jobs', '2'], '--jobs needs --jsonl'],
    [['--force-jobs'], '--force-jobs needs --jsonl'],
    [['--jsonl', '--jobs', '0'], 'invalid --jobs `0`, expected an integer of 1 or more'],
    [['--jsonl', '--fix'], '--fix cannot be used with --jsonl'],
    [['--jsonl', 'a.txt'], '--jsonl reads stdin, not `a.txt`'],
    [['--fix', '--fix-dry-run', 'a.txt'], '--fix and --fix-dry-run cannot be used together: pick one'],
    [['--fix-dry-run', '--report', 'json', 'a.txt'], '--report json and --fix-dry-run both write to stdout: run them one at a time'],
    [['--stats', '--report', 'sarif', 'a.txt'], '--report sarif and --stats both write to stdout: run them one at a time'],
    [['--fix', '--report', 'json'], '--report json and --fix on stdin both write to stdout: run them one at a time'],
    [['--file-path', 'a.md', 'b.md'], '--file-path names the text on stdin: give it no files (`b.md`)'],
    [['--watch'], '--watch needs files or folders to watch'],
    [['--setting', 'rules: {}'], 'unknown setting `rules` in --setting, expected `mtlint`, such as --setting \'mtlint: {rules: {"place-names": "off"}}\''],
    [
      ['--setting', 'mtlint: {rules: {nope: "off"}}'],
      expect.stringMatching(/^invalid --setting `mtlint: \{rules: \{nope: "off"\}\}`: Unknown rule `nope` in `rules`, expected one of: /)
    ],
    [
      ['--setting', 'mtlint: {rules: null}'],
      'invalid --setting `mtlint: {rules: null}`: Invalid `rules` option: `null`, expected an object mapping rule ids to settings'
    ],
    [['--setting', 'mtlint: {'], expect.stringMatching(/^cannot parse --setting `mtlint: \{`: /)],
    [['-o'], '-o has no meaning for a linter: mtlint never writes documents back (--fix writes fixes)'],
    [['--no-stdout'], '--no-stdout has no meaning for a linter: mtlint never prints documents'],
    [['--tree-out'], '--tree-out has no meaning for a linter: mtlint writes no syntax trees']
  ])('%j: %s', (argv, message) => {
    expect(() => parseArgv(argv, checkPresetOptions)).toThrow(expect.objectContaining({message}))
  })

  test('every option has a description and a unique name and letter', () => {
    const names = optionSpecs.map((spec) => spec.long)
    const letters = optionSpecs.flatMap((spec) => (spec.short ? [spec.short] : []))
    expect(new Set(names).size).toBe(names.length)
    expect(new Set(letters).size).toBe(letters.length)
    for (const spec of optionSpecs) expect(spec.description).toMatch(/^[a-z].*[^.]$/)
  })
})

describe('one list of options: --help and the README', () => {
  test('--help lists every option once, in the README’s order (run `npm run docs` when this fails)', () => {
    const readme = readFileSync(readmePath, 'utf8')
    expect(readme).toBe(withOptionsTable(readme))
    const help = helpText('Lint prose').split('\n')
    const inHelp = help.filter((line) => /^ {2}-/.test(line)).map((line) => line.trim().split(/ {2,}/)[0])
    const inReadme = optionsTable()
      .split('\n')
      .slice(2)
      .map((row) => /^\| `(.+?)` \|/.exec(row)![1]!.replace(/\\\|/g, '|'))
    expect(inHelp).toEqual(inReadme)
    expect(new Set(inHelp).size).toBe(optionSpecs.length)
    expect(inHelp).toEqual(expect.arrayContaining(optionSpecs.map(optionUsage)))
  })
})
