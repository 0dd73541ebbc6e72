import {readFileSync} from 'node:fs'
import {rules} from '../src/index.js'

/**
 * A text that triggers each rule: the first wrong example of its doc, or, for
 * the rules of other packages (documented there), one written here.
 */
const peers: Readonly<Record<string, string>> = {
  'retext-quotes': 'He said "we will stay" and left.',
  'retext-repeated-words': 'It was the the end.'
}

export const triggers: Readonly<Record<string, string>> = Object.fromEntries(
  rules.map((rule) => {
    if (rule.peer) return [rule.id, peers[rule.id]!]
    const doc = readFileSync(new URL('../' + rule.doc, import.meta.url), 'utf8')
    return [rule.id, /```text wrong\n([\s\S]*?)\n```/.exec(doc)![1]!]
  })
)
