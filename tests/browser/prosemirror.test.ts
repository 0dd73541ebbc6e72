/**
 * `mtlint/prosemirror` in a real Chromium: an editor built from the real
 * prosemirror-* packages, decorations against lint(), typing, a fix and its
 * undo, and keystroke-to-decoration latency on a 10,000-word document.
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {build} from 'esbuild'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {lint} from '../../src/index.js'
import {startSession, type Session} from './session.js'

const root = path.join(import.meta.dirname, '../..')
const out = path.join(root, 'dist/prosemirror-page')
const article = await readFile(path.join(root, 'fixtures/afp-ukraine-2022.txt'), 'utf8')

let session: Session

beforeAll(async () => {
  await mkdir(out, {recursive: true})
  await build({
    absWorkingDir: root,
    entryPoints: ['playground/editor.ts'],
    outfile: path.join(out, 'page.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    logLevel: 'warning'
  })
  await writeFile(
    path.join(out, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>mtlint in ProseMirror</title><div id="editor"></div><script src="page.js"></script>'
  )
  session = await startSession(out)
})

afterAll(() => session?.close())

async function openEditor(text: string): Promise<Page> {
  const page = await session.open()
  await page.evaluate((value) => (globalThis as any).editor.load(value), text)
  return page
}

/** Waits until the plugin has linted the editor’s current text (its findings equal lint()’s count). */
async function settled(page: Page, count: number): Promise<void> {
  await page.waitForFunction((expected) => (globalThis as any).editor.findings().length === expected, count)
}

const textOf = (page: Page) => page.evaluate(() => (globalThis as any).editor.text() as string)

describe('mtlint/prosemirror in Chromium', () => {
  test('the decorations are lint()’s messages on the same text, drawn with their rule and message', async () => {
    const page = await openEditor(article)
    const file = await lint(await textOf(page))
    expect(file.messages.length).toBeGreaterThan(10)
    await settled(page, file.messages.length)
    expect(await page.evaluate(() => (globalThis as any).editor.decorations())).toBe(file.messages.length)
    const drawn = await page.locator('.mtlint[data-rule="place-names"]').first().getAttribute('data-message')
    expect(drawn).toMatch(/^Unexpected `Kiev`/)
    await page.close()
  })

  test('typing a calque or `MM. ` decorates it', async () => {
    const page = await openEditor('They met on Monday.')
    await settled(page, 0)
    await page.evaluate(() => (globalThis as any).editor.focusEnd())
    await page.keyboard.type(' MM. Dupont and Durand spoke to the head of American diplomacy.')
    const file = await lint(await textOf(page))
    await settled(page, file.messages.length)
    const rules = await page.evaluate(() => (globalThis as any).editor.findings().map((finding: {ruleId: string}) => finding.ruleId))
    expect(rules).toEqual(expect.arrayContaining(['french-honorifics', 'calque']))
    await expect.poll(() => page.locator('.mtlint[data-rule="calque"]').count()).toBeGreaterThan(0)
    await page.close()
  })

  test('a fix changes the text; undo restores it with its decoration', async () => {
    const page = await openEditor('They flew to Kiev on Monday.')
    await settled(page, 1)
    expect(await page.evaluate(() => (globalThis as any).editor.fix(0))).toBe(true)
    expect(await textOf(page)).toBe('They flew to Kyiv on Monday.')
    await settled(page, 0)
    await page.evaluate(() => (globalThis as any).editor.undo())
    expect(await textOf(page)).toBe('They flew to Kiev on Monday.')
    await settled(page, 1)
    expect(await page.locator('.mtlint[data-rule="place-names"]').textContent()).toBe('Kiev')
    await page.close()
  })

  test('keystroke-to-decoration latency on a 10,000-word document', async () => {
    const copies = Math.ceil(10_000 / article.split(/\s+/).length)
    const page = await openEditor(Array.from({length: copies}, () => article).join('\n\n'))
    const words = (await textOf(page)).split(/\s+/).length
    expect(words).toBeGreaterThanOrEqual(10_000)
    await page.waitForFunction(() => (globalThis as any).editor.findings().length > 0)
    await page.evaluate(() => (globalThis as any).editor.focusEnd())
    await page.evaluate(() => (globalThis as any).editor.resetMeasures())
    for (const key of ' The talks went on in Kiev with MM. Dupont.') await page.keyboard.type(key, {delay: 30})
    await page.waitForTimeout(200)
    const {latencies, longTasks} = await page.evaluate(() => (globalThis as any).editor.measures() as {latencies: number[]; longTasks: number[]})
    const sorted = [...latencies].sort((a, b) => a - b)
    const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!
    const measured = {words, keystrokes: sorted.length, p50: Math.round(at(0.5)), p95: Math.round(at(0.95)), longestTask: Math.round(Math.max(0, ...longTasks))}
    console.log('keystroke-to-decoration latency:', JSON.stringify(measured))
    expect(sorted.length).toBeGreaterThan(20)
    // The findings of the text typed are there once typing stops.
    await settled(page, (await lint(await textOf(page))).messages.length)
    await page.close()
  })
})
