import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {findings, folder, mtlint, root} from './run.js'
import {exited, spawnCli} from '../spawn.js'

/**
 * The CLI’s contract as a new user meets it (issue 18, items 6–13): what
 * each flag does, through the built CLI. Usage errors are in
 * `tests/cli/errors.test.ts`, `--fix-level` in `tests/cli/fix.test.ts`.
 */

// Two warnings (`Kiev`, `MM.`) and an info (`underlined`).
const text = 'Talks in Kiev. MM. Blinken and Lavrov met. The importance was also underlined during the talks.\n'

describe('the CLI contract', () => {
  test('--quiet reports warnings and errors only, in every reporter', async () => {
    const cwd = await folder({'a.txt': text})
    const json = await mtlint(['a.txt', '--quiet', '--report', 'json'], cwd)
    expect(findings(json.stdout).map((line) => /\(([^()]+)\)$/.exec(line)![1])).toEqual(['place-names', 'french-honorifics'])
    const pretty = await mtlint(['a.txt', '--quiet'], cwd)
    expect(pretty.stderr).not.toContain('underlined')
    expect(pretty.stderr).toContain('\n⚠ 2 warnings\n')
    // Without it, the info is there.
    expect(findings((await mtlint(['a.txt', '--report', 'json'], cwd)).stdout)).toHaveLength(3)
  })

  test('--setting mtlint: {…} applies to every file', async () => {
    const cwd = await folder({'a.txt': text})
    const result = await mtlint(['a.txt', '--report', 'json', '--setting', 'mtlint: {rules: {"place-names": "off", calque: "off"}}'], cwd)
    expect(findings(result.stdout).map((line) => /\(([^()]+)\)$/.exec(line)![1])).toEqual(['french-honorifics'])
  })

  test('--ext adds an extension to those folders are searched for', async () => {
    const cwd = await folder({'docs/a.rst': 'Kiev.\n', 'docs/b.txt': 'Kiev.\n', 'docs/c.json': '{}\n'})
    const result = await mtlint(['docs', '--ext', 'rst', '--report', 'json'], cwd)
    expect((JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['docs/a.rst', 'docs/b.txt'])
  })

  test('--fix and --fix-dry-run leave info-level fixes to a person', async () => {
    const cwd = await folder({'a.txt': text})
    const dry = await mtlint(['a.txt', '--fix-dry-run'], cwd)
    const fixed = 'Talks in Kyiv. Messrs. Blinken and Lavrov met. The importance was also underlined during the talks.\n'
    expect(dry.stdout).toContain('\n+' + fixed)
    await mtlint(['a.txt', '--fix'], cwd)
    expect(await readFile(path.join(cwd, 'a.txt'), 'utf8')).toBe(fixed)
  })

  test('the pretty report prints 200 messages by default, then says how many it left out; the tally counts them all', async () => {
    const cwd = await folder({'a.txt': 'Kiev and MM. Blinken.\n'.repeat(150)})
    const result = await mtlint(['a.txt'], cwd)
    const lines = result.stderr.split('\n')
    expect(lines.filter((line) => /^\d+:\d+-\d+:\d+ +warning /.test(line))).toHaveLength(200)
    expect(lines.slice(-5)).toEqual([
      '… and 100 more messages (--max-messages 200; --max-messages 0 prints all, --report json writes all)',
      '',
      '⚠ 300 warnings',
      'mtlint: 1 file, 600 words: 0 errors, 300 warnings, 0 infos',
      ''
    ])
    const all = await mtlint(['a.txt', '--max-messages', '0'], cwd)
    expect(all.stderr.split('\n').filter((line) => /^\d+:\d+-\d+:\d+ +warning /.test(line))).toHaveLength(300)
  })

  test('hooks: the pre-commit hook, the README’s lint-staged and GitHub Actions snippets pass ignored files silently', async () => {
    const hooks = await readFile(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')
    const readme = await readFile(path.join(root, 'README.md'), 'utf8')
    const entry = /^\s+entry: (.+)$/m.exec(hooks)![1]!
    const lintStaged = /"\*\.\{txt,md,markdown,html,htm\}": "(mtlint[^"]*)"/.exec(readme)![1]!
    const actions = [...readme.matchAll(/- run: npx (mtlint [^\n#]+)/g)].map((match) => match[1]!.replace(/ *>.*$/, '').trim())
    expect(actions.length).toBeGreaterThan(0)
    // A staged file that `.mtlintignore` names, as pre-commit and lint-staged pass it, beside one to lint.
    const cwd = await folder({'.mtlintignore': 'drafts/\n', 'drafts/a.txt': 'Kiev.\n', 'b.txt': 'Kyiv.\n'})
    for (const command of [entry, lintStaged, ...actions]) {
      const [name, ...args] = command.split(' ')
      expect([name, args.includes('--silently-ignore')]).toEqual(['mtlint', true])
      const result = await mtlint([...args.filter((arg) => arg !== 'articles'), 'drafts/a.txt', 'b.txt'], cwd)
      expect({command, code: result.code}).toEqual({command, code: 0})
    }
  })

  test('--watch lints a file again when it changes', {timeout: 30_000}, async () => {
    const cwd = await folder({'docs/a.txt': 'Kiev.\n'})
    const child = spawnCli(['docs', '--watch'], cwd)
    let stderr = ''
    const printed = (text: string, count = 1) =>
      new Promise<void>((resolve) => {
        const check = () => (stderr.split(text).length > count ? resolve() : undefined)
        child.stderr.on('data', check)
        check()
      })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    await printed('mtlint: watching')
    await writeFile(path.join(cwd, 'docs/a.txt'), 'MM. Blinken.\n')
    await printed('mtlint: 1 file', 2)
    child.kill('SIGINT')
    await exited(child)
    expect(stderr).toContain('mtlint: watching; press Ctrl+C to stop\n')
    expect(stderr).toMatch(/Unexpected `Kiev`[^]*Unexpected `MM\.`/)
  })
})
