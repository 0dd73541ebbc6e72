import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {folder, mtlint, root} from './run.js'

// The README’s CLI section: every console session in it is run for real.
const docs = await readFile(path.join(root, 'README.md'), 'utf8')
const article = await readFile(path.join(root, 'fixtures/afp-ukraine-2022.txt'), 'utf8')
const brief = /````markdown\n([^]*?)````/.exec(docs)![1]!

/** Every `console` block of the docs: its shell lines (`$ …`), each with the output shown under it. */
const sessions = [...docs.matchAll(/```console\n([^]*?)```/g)].map((match) => {
  const steps: Array<{command: string; output: string[]}> = []
  for (const line of match[1]!.replace(/\n$/, '').split('\n')) {
    if (line.startsWith('$ ')) steps.push({command: line.slice(2), output: []})
    else steps[steps.length - 1]!.output.push(line)
  }
  return steps
})

/** `…` alone on a line stands for any lines, inside a line for any text. */
function pattern(lines: readonly string[]): RegExp {
  const escape = (value: string) => value.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
  const body = lines.map((line) => (line === '…' ? '(?:[^\\n]*\\n)*?' : escape(line).replace(/…/g, '[^\\n]*') + '\\n')).join('')
  return new RegExp('^' + body + '$')
}

describe('the README shows real CLI output', () => {
  test.each(sessions.map((steps) => ({name: steps[0]!.command, steps})))('$name', async ({steps}) => {
    const cwd = await folder({'article.txt': article, 'brief.md': brief})
    let code: number | null = null
    for (const {command, output} of steps) {
      const write = /^echo '(.*)' > (\S+)$/.exec(command)
      if (write) {
        await writeFile(path.join(cwd, write[2]!), write[1]! + '\n')
      } else if (command === 'echo $?') {
        expect(output).toEqual([String(code)])
      } else {
        const args = command.split(' ')
        expect(args.slice(0, 2)).toEqual(['npx', 'mtlint'])
        const quiet = args.at(-1) === '2>/dev/null'
        const result = await mtlint(args.slice(2, quiet ? -1 : undefined), cwd)
        code = result.code
        expect(result.stdout + (quiet ? '' : result.stderr)).toMatch(pattern(output))
      }
    }
  })
})
