import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import path from 'node:path'
import {childDeadline, killWhenTestEnds, root, type RunOptions} from './cli/run.js'

/** The built CLI as a child process whose streams the test drives itself (a reader that closes, a signal mid-write). */
export function spawnCli(args: readonly string[], cwd: string, options: RunOptions = {}): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, [path.join(root, 'dist/cli.js'), ...args], {
    cwd,
    timeout: childDeadline,
    killSignal: 'SIGKILL',
    ...options,
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env}
  })
  killWhenTestEnds(child)
  return child
}

/** What a child left, stdout as bytes. */
export interface RawResult {
  code: number | null
  stdout: Buffer
  stderr: string
}

/** Runs the built CLI with `input` (bytes or text) on stdin; stdout comes back as bytes, to compare byte for byte. */
export function runRaw(args: readonly string[], cwd: string, input: string | Uint8Array = '', options: RunOptions = {}): Promise<RawResult> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, cwd, options)
    const stdout: Buffer[] = []
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout: Buffer.concat(stdout), stderr}))
    child.stdin.on('error', () => {})
    child.stdin.end(input)
  })
}

/** Resolves with the exit code once the child has exited. */
export function exited(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode)
    else child.on('exit', (code) => resolve(code))
  })
}
