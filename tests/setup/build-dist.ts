import {execFileSync} from 'node:child_process'
import {readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const inputs = ['src', 'rules', 'package.json', 'tsup.config.ts']
const outputs = ['dist/cli.js', 'dist/cli-bundle.js', 'dist/language-server.js', 'dist/index.js', 'dist/records-worker.js']

function newest(entry: string): number {
  const stats = statSync(entry)
  if (!stats.isDirectory()) return stats.mtimeMs
  return Math.max(0, ...readdirSync(entry).map((name) => newest(path.join(entry, name))))
}

function oldest(entries: readonly string[]): number {
  try {
    return Math.min(...entries.map((entry) => statSync(entry).mtimeMs))
  } catch {
    return 0
  }
}

/** The CLI and language-server tests spawn the built bins: build them once when `dist/` is older than its sources. */
export default function setup(): void {
  process.chdir(root)
  if (oldest(outputs) >= Math.max(...inputs.map(newest))) return
  execFileSync(process.execPath, [path.join(root, 'node_modules/tsup/dist/cli-default.js'), '--silent'], {
    cwd: root,
    stdio: 'inherit'
  })
}
