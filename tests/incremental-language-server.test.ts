/**
 * The language server lints plain text with an incremental linter per
 * document (`lintTextIncrementally`): the same messages as `lint()`, change
 * after change, with each document’s own options.
 */
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {lintTextIncrementally} from '../src/language-server/incremental.js'
import {lint, processor} from '../src/index.js'

const serverProcessor = processor().use(lintTextIncrementally)

async function viaServer(path: string, value: string, options?: object) {
  const configured = options ? serverProcessor().data('settings', {mtlint: options}) : serverProcessor
  const file = new VFile({path, value})
  await configured.process(file)
  return file.messages.map((message) => [String(message), message.ruleId, message.expected, message.note, message.fatal, message.file])
}

async function viaLint(path: string, value: string, options?: object) {
  const file = await lint(new VFile({path, value}), options)
  return file.messages.map((message) => [String(message), message.ruleId, message.expected, message.note, message.fatal, message.file])
}

describe('the language server’s incremental linting', () => {
  test('gives lint()’s messages as a plain text document is edited, with the file’s path', async () => {
    const versions = [
      'MM. Macron and Scholz met in Kiev.\n\nThe Elysée said so.',
      'MM. Macron and Scholz met in Kiev.\n\nThe Elysée said so. The Élysée and the Élysée agreed.',
      'MM. Macron and Scholz met in Kyiv.\r\n\r\nThe Elysée said so. The Élysée and the Élysée agreed.',
      'He said: « no ».'
    ]
    for (const value of versions) {
      const expected = await viaLint('/docs/a.txt', value)
      expect(expected.length).toBeGreaterThan(0)
      expect(await viaServer('/docs/a.txt', value)).toEqual(expected)
    }
  })

  test('keeps one linter per document and options', async () => {
    const options = {rules: {'place-names': 'off'}}
    const value = 'They met in Kiev with MM. Dupont and Durand.'
    expect(await viaServer('/docs/b.txt', value)).toEqual(await viaLint('/docs/b.txt', value))
    expect(await viaServer('/docs/b.txt', value, options)).toEqual(await viaLint('/docs/b.txt', value, options))
    expect(await viaServer('/docs/c.txt', 'In Kiev.')).toEqual(await viaLint('/docs/c.txt', 'In Kiev.'))
  })

  test('leaves Markdown to the whole-document run', async () => {
    const value = '# Title\n\nThey met in `Kiev` and in Kiev.'
    expect(await viaServer('/docs/d.md', value)).toEqual(await viaLint('/docs/d.md', value))
  })
})
