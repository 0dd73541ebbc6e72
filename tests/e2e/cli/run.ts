import {spawn, type ChildProcess, type SpawnOptions} from 'node:child_process'
import {mkdtemp, mkdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {onTestFinished} from 'vitest'
import {lint, type Options} from '../../../src/index.js'

export const root = fileURLToPath(new URL('../../..', import.meta.url))

/** How long a spawned bin may run before it is killed (beyond any test’s timeout). */
export const childDeadline = 90_000

/** Kills `child` when the test that started it ends, passed, failed or timed out, so that no run outlives its test. */
export function killWhenTestEnds(child: ChildProcess): void {
  try {
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    })
  } catch {
    // Outside a test (a `beforeAll`): the spawn’s own deadline applies.
  }
}

/** What a spawned bin left: exit code, stdout and stderr. */
export interface Result {
  code: number | null
  stdout: string
  stderr: string
}

/** What a run that failed before or while reading one file prints: one-line reason, no stack trace. */
export function failure(file: string, reason: string): string {
  return file + '\n error ' + reason + '\n\n✖ 1 error\nmtlint: 1 file, 0 words: 1 error, 0 warnings, 0 infos\n'
}

/** How to run a bin: as another user (`uid`, `gid`), with more environment variables. */
export type RunOptions = Pick<SpawnOptions, 'uid' | 'gid' | 'env'>

/** Runs a built bin (`dist/<name>.js`) in `cwd` with `args`, feeding `input` (or nothing) to stdin. */
export function runBin(name: string, args: readonly string[], cwd: string, input = '', options: RunOptions = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'dist', name + '.js'), ...args], {
      cwd,
      // A run that hangs is killed rather than left behind when its test times out.
      timeout: childDeadline,
      killSignal: 'SIGKILL',
      ...options,
      env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env}
    })
    killWhenTestEnds(child)
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(input)
  })
}

/** Runs `mtlint` (the built `dist/cli.js`) in `cwd`, after writing `files` there. */
export async function mtlint(
  args: readonly string[],
  cwd: string,
  input?: string,
  files: Readonly<Record<string, string>> = {},
  options?: RunOptions
): Promise<Result> {
  await write(cwd, files)
  return runBin('cli', args, cwd, input, options)
}

async function write(base: string, files: Readonly<Record<string, string>>): Promise<void> {
  for (const [name, value] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(base, name)), {recursive: true})
    await writeFile(path.join(base, name), value)
  }
}

/** A new temporary folder holding `files` (paths relative to it, folders made as needed). */
export async function folder(files: Readonly<Record<string, string>> = {}): Promise<string> {
  const base = await mkdtemp(path.join(tmpdir(), 'mtlint-'))
  await write(base, files)
  return base
}

interface JsonReport {
  path: string
  messages: Array<{
    ruleId?: string
    reason: string
    place?: {start: {line: number; column: number}; end: {line: number; column: number}}
  }>
}

/** The messages of a `--report json` output, as `path:line:column-line:column: reason (rule)` strings. */
export function findings(stdout: string): string[] {
  return (JSON.parse(stdout) as JsonReport[]).flatMap((file) =>
    file.messages.map((message) => {
      const place = message.place
      const span = place ? place.start.line + ':' + place.start.column + '-' + place.end.line + ':' + place.end.column : '1:1'
      return file.path + ':' + span + ': ' + message.reason + ' (' + (message.ruleId ?? 'no rule') + ')'
    })
  )
}

/**
 * What the API reports for `text`, in the format of `findings()`: the CLI must
 * agree with it, so tests compare against this rather than copy the seed’s
 * messages (which grow with every rule).
 */
export async function apiFindings(text: string, filePath: string, options?: Options): Promise<string[]> {
  const file = await lint({value: text, path: filePath}, options)
  return findings(JSON.stringify([{path: filePath, messages: file.messages}]))
}

/** How many errors, warnings and infos the API reports for `text`. */
export async function apiCounts(text: string, options?: Options): Promise<{errors: number; warnings: number; infos: number}> {
  const {messages} = await lint(text, options)
  return {
    errors: messages.filter((message) => message.fatal === true).length,
    warnings: messages.filter((message) => message.fatal === false).length,
    infos: messages.filter((message) => message.fatal === undefined || message.fatal === null).length
  }
}
