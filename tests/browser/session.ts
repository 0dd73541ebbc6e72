import type {BrowserContext, Page} from 'playwright-core'
import {expect} from 'vitest'
import {playgroundDir} from '../../scripts/playground.js'
import {launch} from './chromium.js'
import {serve} from './server.js'

/**
 * A folder of built pages (by default the playground, `npm run playground`)
 * served on 127.0.0.1 to a fresh headless Chromium. Its pages record their
 * errors, and every request to anything but the server or local data, which
 * is aborted: `close()` asserts that there were none.
 */
export interface Session {
  url: string
  context: BrowserContext
  /** Opens `address` (relative to the server, or a `file:` URL) in a new watched page. */
  open(address?: string): Promise<Page>
  close(): Promise<void>
}

export async function startSession(folder = playgroundDir): Promise<Session> {
  const {url, server} = await serve(folder)
  const context = await launch()
  const offsite: string[] = []
  const pageErrors: string[] = []
  return {
    url,
    context,
    async open(address = '') {
      const page = await context.newPage()
      page.on('pageerror', (error) => pageErrors.push(String(error)))
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text())
      })
      await page.route('**/*', (route) => {
        const target = route.request().url()
        if (target.startsWith(url) || /^(?:blob|data|file):/.test(target)) return route.continue()
        offsite.push(target)
        return route.abort()
      })
      await page.goto(new URL(address, url).href)
      return page
    },
    async close() {
      await context.close()
      server.close()
      expect(offsite).toEqual([])
      expect(pageErrors).toEqual([])
    }
  }
}
