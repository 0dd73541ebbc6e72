/**
 * The TipTap demo (`dist/playground/tiptap/`, built by `npm run playground`)
 * in a real Chromium: the seed article’s findings as lint() gives them, the
 * list by rule, the hover card with its doc link, a fix from the card, undo,
 * and typing. The page makes no request outside its folder.
 */
import path from 'node:path'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {playgroundDir} from '../../scripts/playground.js'
import {lint} from '../../src/index.js'
import {startSession, type Session} from './session.js'

const root = path.join(playgroundDir, '../..')
const screenshot = process.env.MTLINT_SCREENSHOT_TIPTAP ?? path.join(root, 'dist/screenshots/tiptap.png')

let session: Session

beforeAll(async () => {
  session = await startSession()
})

afterAll(() => session?.close())

interface Shown {
  ruleId: string
  actual: string
}

const openDemo = (): Promise<Page> => session.open('tiptap/')

const findings = (page: Page) => page.evaluate(() => (globalThis as any).demo.findings() as Shown[])
const text = (page: Page) => page.evaluate(() => (globalThis as any).demo.text() as string)

/** Waits until the demo shows the findings lint() gives for its current text; returns them. */
async function settled(page: Page): Promise<Shown[]> {
  let expected: Shown[] = []
  await expect
    .poll(
      async () => {
        expected = (await lint(await text(page))).messages.map((message) => ({ruleId: message.ruleId!, actual: message.actual!}))
        return JSON.stringify(await findings(page)) === JSON.stringify(expected)
      },
      {timeout: 10_000}
    )
    .toBe(true)
  return expected
}

describe('TipTap demo', () => {
  test('shows the seed article’s findings, as lint() gives them, decorated and listed by rule', async () => {
    const page = await openDemo()
    const expected = await settled(page)
    expect(expected.length).toBeGreaterThan(20)
    expect(await page.locator('.tiptap .mtlint').count()).toBeGreaterThanOrEqual(expected.length)
    const counts = new Map<string, number>()
    for (const finding of expected) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1)
    for (const [rule, count] of counts) {
      await expect.poll(() => page.locator(`#summary [data-rule="${rule}"] .count`).textContent()).toBe(String(count))
    }
    await page.close()
  })

  test('the hover card gives the message, its note, the rule’s doc and fixes; a fix is applied and undone', async () => {
    const page = await openDemo()
    await settled(page)
    const kiev = page.locator('.tiptap .mtlint[data-rule="place-names"]').first()
    await kiev.hover()
    const card = page.locator('#card')
    await expect.poll(() => card.isVisible()).toBe(true)
    expect(await card.locator('.reason').textContent()).toContain('Kiev')
    expect(await card.locator('.note').count()).toBe(1)
    expect(await card.locator('a').getAttribute('href')).toMatch(/place-names\.md/)
    await page.screenshot({path: screenshot})
    const before = (await findings(page)).length
    await card.locator('button.fix[data-replacement="Kyiv"]').click()
    await expect.poll(() => text(page)).toMatch(/^Moscow and Kyiv accuse/)
    await expect.poll(async () => (await findings(page)).length).toBe(before - 1)
    await page.locator('#undo').click()
    await expect.poll(() => text(page)).toMatch(/^Moscow and Kiev accuse/)
    await page.close()
  })

  test('typing an artifact gets it decorated, as lint() finds it', async () => {
    const page = await openDemo()
    await settled(page)
    await page.locator('.tiptap').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' MM. Macron and Scholz agreed.')
    const expected = await settled(page)
    expect(expected.filter((finding) => finding.actual === 'MM.').length).toBeGreaterThan(0)
    await page.close()
  })
})
