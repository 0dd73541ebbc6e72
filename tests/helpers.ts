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
