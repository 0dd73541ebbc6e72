import type {VFile} from 'vfile'
import {fix, lint} from '../src/index.js'
import {only} from '../scripts/inputs/rule-settings.js'

export {only}

/** Messages as `line:column-line:column: reason` strings, the way retext’s own tests compare them. */
export function strings(file: VFile): string[] {
  return file.messages.map(String)
}

/** Lints `text` with one rule on and returns its messages as strings, the file, and the fixed text. */
export async function check(id: string, text: string, ruleOptions?: object) {
  const file = await lint(text, {rules: only(id, ruleOptions ? ['warn', ruleOptions] : 'warn')})
  return {file, messages: strings(file), fixed: fix(text, file.messages)}
}

/** A row of a rule’s table: the text, its messages, and (for fixable rules) the text once fixed. */
export interface Case {
  text: string
  messages: string[]
  fixed?: string
  options?: object
}

/** Runs a table of cases against one rule, checking the `actual` of each message against the text. */
export async function runCase(id: string, row: Case) {
  const {file, messages, fixed} = await check(id, row.text, row.options)
  for (const message of file.messages) {
    const place = message.place
    if (place && 'start' in place) {
      if (message.actual !== row.text.slice(place.start.offset, place.end.offset)) {
        throw new Error('`actual` differs from the reported span: ' + String(message))
      }
    }
  }
  return {messages, fixed}
}
