/**
 * The messages under each wrong example of a rule doc (`rules/<id>.md`):
 * every ```` ```text wrong ```` block is followed by `Yields:` and a
 * ```` ```txt ```` block of what the rule reports on it, one
 * `line:column-line:column: reason` a line. `npm run docs` writes them; a
 * test fails when a doc shows other messages than the rule gives.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {lint, rules, type Rule} from '../src/index.js'
import {only} from './inputs/rule-settings.js'

const root = fileURLToPath(new URL('..', import.meta.url))

// A wrong example, and the messages shown under it if any.
const wrongExample = /```text wrong\n([\s\S]*?)\n```\n(?:\nYields:\n\n```txt\n[\s\S]*?\n```\n)?/g

/** What rule `rule` reports on `text` alone, as the doc shows it. */
async function messagesOf(rule: Rule, text: string): Promise<string> {
  return (await lint(text, {rules: only(rule.id)})).messages.map(String).join('\n')
}

/** The doc with the messages under each wrong example as the rule reports them now. */
export async function withExampleMessages(rule: Rule, doc: string): Promise<string> {
  let result = ''
  let last = 0
  for (const match of doc.matchAll(wrongExample)) {
    const shown = await messagesOf(rule, match[1]!)
    result += doc.slice(last, match.index) + '```text wrong\n' + match[1] + '\n```\n\nYields:\n\n```txt\n' + shown + '\n```\n'
    last = match.index + match[0].length
  }
  return result + doc.slice(last)
}

/** The path of a rule’s doc. */
export function docPath(rule: Rule): string {
  return root + rule.doc
}

/** Rewrites the messages under the wrong examples of every rule doc. */
export async function writeRuleDocs(): Promise<void> {
  for (const rule of rules.filter((rule) => !rule.peer)) {
    const doc = readFileSync(docPath(rule), 'utf8')
    const updated = await withExampleMessages(rule, doc)
    if (updated !== doc) writeFileSync(docPath(rule), updated)
  }
}
