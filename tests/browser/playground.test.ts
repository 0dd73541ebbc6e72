import {mkdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {ruleOf} from '../../playground/findings.js'
import {playgroundDir} from '../../scripts/playground.js'
import {autofix, fix, lint, processor} from '../../src/index.js'
import {density, messageFields} from '../../src/reporters/message.js'
import {startSession, type Session} from './session.js'

const root = path.join(playgroundDir, '../..')
const article = await readFile(path.join(root, 'fixtures/afp-ukraine-2022.txt'), 'utf8')
const screenshot = process.env.MTLINT_SCREENSHOT ?? path.join(root, 'dist/screenshots/playground.png')

let session: Session

beforeAll(async () => {
  session = await startSession()
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: session.url})
})

afterAll(() => session?.close())

async function openPage(): Promise<Page> {
  const page = await session.open()
  await page.locator('#document[data-empty]').waitFor({state: 'attached'})
  return page
}

/** Pastes `text` into the text box the way a user does: through the clipboard and Ctrl+V. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate('navigator.clipboard.writeText(' + JSON.stringify(text) + ')')
  await page.locator('#input').focus()
  await page.keyboard.press('Control+V')
  await rendered(page, text)
}

/** Waits until the highlighted view shows `text` (it is redrawn in one go once linting is done). */
async function rendered(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.locator('#document').textContent()).toBe(text)
}

interface Highlight {
  start: number
  end: number
  category: string
  text: string
}

/** The highlights of the page: one `[data-finding]` mark per finding. */
function highlights(page: Page): Promise<Highlight[]> {
  return page.locator('#document [data-finding]').evaluateAll((marks) =>
    marks.map((mark) => ({
      start: Number(mark.getAttribute('data-start')),
      end: Number(mark.getAttribute('data-end')),
      category: mark.getAttribute('data-category')!,
      text: mark.textContent!
    }))
  )
}

/** What the highlights of `text` must be: one per message of `lint()`, on its span, coloured by its rule’s category. */
function expectedHighlights(text: string, file: VFile): Highlight[] {
  return file.messages.map((message) => {
    const {start, end} = spanOf(message)
    return {start, end, category: ruleOf(message)?.category ?? 'other', text: text.slice(start, end)}
  })
}

function spanOf(message: VFileMessage): {start: number; end: number} {
  const place = message.place as {start: {offset: number}; end: {offset: number}}
  return {start: place.start.offset, end: place.end.offset}
}

function byPosition(list: Highlight[]): Highlight[] {
  return [...list].sort((a, b) => a.start - b.start || b.end - a.end || a.category.localeCompare(b.category))
}

/** Backticks mark code in messages; the page shows that code as `<code>`, without them. */
function shown(value: string): string {
  return value.replace(/`/g, '')
}

describe('playground in Chromium', () => {
  test('pasting the seed article highlights every message lint() returns, in place and coloured by category', async () => {
    const page = await openPage()
    await paste(page, article)
    const file = await lint(article)
    const found = await highlights(page)
    expect(file.messages.length).toBeGreaterThan(0)
    expect(found.length).toBe(file.messages.length)
    expect(byPosition(found)).toEqual(byPosition(expectedHighlights(article, file)))
    await page.close()
  })

  test('hovering shows the message, the note and the rule’s doc; the keyboard selects and reaches the fixes', async () => {
    const page = await openPage()
    await paste(page, article)
    const {messages} = await lint(article)
    const [first, second] = messages as [VFileMessage, VFileMessage]

    await page.locator('#document [data-finding]').nth(1).hover()
    const card = page.locator('#card')
    await expect.poll(() => card.isVisible()).toBe(true)
    expect(await card.locator('.reason').textContent()).toBe(shown(second.reason))
    expect(await card.locator('.note').textContent()).toBe(shown(second.note!))
    expect(await card.locator('.rule a').getAttribute('href')).toBe(second.url)
    await mkdir(path.dirname(screenshot), {recursive: true})
    await page.screenshot({path: screenshot})

    // The first highlight is the text’s one tab stop; arrow keys move, Enter goes to the fix buttons.
    await page.locator('#document [data-finding][tabindex="0"]').focus()
    expect(await page.locator('#details .reason').textContent()).toBe(shown(first.reason))
    await page.keyboard.press('ArrowRight')
    expect(await page.locator('#document [data-finding]:focus').getAttribute('data-start')).toBe(String(spanOf(second).start))
    expect(await page.locator('#details .reason').textContent()).toBe(shown(second.reason))
    expect(await page.locator('#details .rule a').getAttribute('href')).toBe(second.url)
    await page.keyboard.press('Enter')
    expect(await page.locator(second.expected ? '#details button.fix:focus' : '#details:focus').count()).toBe(1)
    await page.close()
  })

  test('one click applies a fix: the text and the highlights follow', async () => {
    const page = await openPage()
    await paste(page, article)
    const before = await lint(article)
    const target = before.messages.find((message) => message.expected?.length === 1)!
    const {start, end} = spanOf(target)

    await page.locator('#document [data-finding][data-start="' + start + '"][data-end="' + end + '"]').click()
    await page.locator('#details button.fix').click()
    const fixed = fix(article, [target])
    expect(fixed).not.toBe(article)
    await rendered(page, fixed)
    expect(await page.inputValue('#input')).toBe(fixed)

    const after = await lint(fixed)
    expect(after.messages.length).toBe(before.messages.length - 1)
    expect(byPosition(await highlights(page))).toEqual(byPosition(expectedHighlights(fixed, after)))
    await page.close()
  })

  test('“fix all safe” gives autofix()’s text; “undo fix” brings the text back', async () => {
    const page = await openPage()
    await paste(page, article)
    await page.locator('#fix-all').click()
    const {value} = await autofix(article, {format: 'text'})
    await rendered(page, value)
    expect(await page.inputValue('#input')).toBe(value)
    const left = await lint(value)
    expect(left.messages.every((message) => message.expected?.length !== 1)).toBe(true)
    expect(byPosition(await highlights(page))).toEqual(byPosition(expectedHighlights(value, left)))

    await page.locator('#undo').click()
    await rendered(page, article)
    expect((await highlights(page)).length).toBe((await lint(article)).messages.length)
    await page.close()
  })

  test('the side list counts findings per rule with the score; the JSON report holds every message', async () => {
    const page = await openPage()
    await paste(page, article)
    const file = await lint(article)
    const counted = await processor()
      .data('settings', {mtlint: {format: 'text'}})
      .process(article)
    const words = counted.data.mtlint!.words
    const score = density(file.messages, words).perThousandWords.toFixed(1)

    const perRule = new Map<string, number>()
    for (const message of file.messages) {
      const key = ruleOf(message)!.id
      perRule.set(key, (perRule.get(key) ?? 0) + 1)
    }
    const groups = page.locator('#summary details[data-rule]')
    const shownCounts = await groups.evaluateAll((elements) =>
      elements.map((group) => [group.getAttribute('data-rule')!, Number(group.querySelector('.count')!.textContent)] as const)
    )
    expect(new Map(shownCounts)).toEqual(perRule)
    expect(await page.locator('#summary [data-score]').textContent()).toBe(score)

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()])
    const report = JSON.parse(await readFile((await download.path())!, 'utf8'))
    expect(report).toMatchObject({format: 'text', words, findings: file.messages.length, artifactsPer1000Words: Number(score)})
    expect(report.messages).toEqual(JSON.parse(JSON.stringify(file.messages.map(messageFields))))
    expect(Object.fromEntries(report.rules.map((row: {rule: string; count: number}) => [row.rule, row.count]))).toEqual(Object.fromEntries(perRule))
    await page.close()
  })

  test('opened from disk (a `file:` URL) it works too: “load the seed article” gives lint()’s highlights', async () => {
    const page = await session.open(pathToFileURL(path.join(playgroundDir, 'index.html')).href)
    await page.locator('#example').click()
    await rendered(page, article)
    expect(byPosition(await highlights(page))).toEqual(byPosition(expectedHighlights(article, await lint(article))))
    await page.close()
  })

  test.each([
    {name: 'brief.md', text: '# Talks in Kiev\n\nMM. Blinken and Lavrov met. The `Kiev` key is code.\n'},
    {name: 'brief.html', text: '<h1>Talks in Kiev</h1>\n<p>MM. Blinken met <code>Kiev</code> &laquo; today &raquo;.</p>\n'}
  ])('opening $name lints it in its format', async ({name, text}) => {
    const page = await openPage()
    await page.locator('#open').setInputFiles({name, mimeType: 'text/plain', buffer: Buffer.from(text)})
    await rendered(page, text)
    const file = await lint({value: text, path: name})
    expect(file.messages.length).toBeGreaterThan(0)
    expect(byPosition(await highlights(page))).toEqual(byPosition(expectedHighlights(text, file)))
    await page.close()
  })
})
