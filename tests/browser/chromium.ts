import {existsSync} from 'node:fs'
import {mkdtemp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {chromium, type BrowserContext} from 'playwright-core'

/** Debian’s Chromium (`apt-get install chromium`); playwright-core never downloads a browser. */
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

// This machine has no network: keep Chromium from reaching for Google’s services at start.
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** Headless Chromium with a fresh profile (`--user-data-dir` in a new temporary folder). */
export async function launch(): Promise<BrowserContext> {
  if (!existsSync(executablePath)) {
    throw new Error('No Chromium at ' + executablePath + ': `apt-get install chromium`, or set CHROMIUM_PATH')
  }
  const profile = await mkdtemp(path.join(tmpdir(), 'mtlint-chromium-'))
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args,
    viewport: {width: 1280, height: 900},
    acceptDownloads: true
  })
}
