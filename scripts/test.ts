/**
 * `npm test [-- vitest arguments]`: the type checks (the library with its tests
 * and scripts, then the playground with the DOM's types) and the in-process test
 * suite, side by side. Each `tsc` uses one core, and so does the suite's global
 * setup (the native corpus): run one after the other, they left the second core
 * of a 2-core machine idle for about 25 s of CPU time. Vitest's output streams as
 * it comes; the type checks' output is printed when they end. Exits non-zero
 * when any of the three fails.
 */
import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url))
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url))

/** Runs `node script ...args` in the repository; resolves with its exit code and, unless it streams, its output. */
function run(script: string, args: string[], stream: boolean): Promise<{code: number; output: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {cwd: root, stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe']})
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk))
    child.on('error', (error) => resolve({code: 1, output: String(error)}))
    child.on('close', (code, signal) => resolve({code: code ?? (signal ? 1 : 0), output}))
  })
}

const typeChecks = (async () => {
  const results = []
  for (const project of [[], ['-p', 'playground']]) {
    const result = await run(tsc, ['--noEmit', ...project], false)
    results.push(result)
    const label = ['tsc --noEmit', ...project].join(' ')
    if (result.code !== 0) console.error('\n' + label + ' failed:\n' + result.output)
    else console.log(label + ': no type errors')
  }
  return results
})()
const suite = run(vitest, ['run', ...process.argv.slice(2)], true)

const codes = [...(await typeChecks), await suite].map((result) => result.code)
process.exitCode = codes.find((code) => code !== 0) ?? 0
