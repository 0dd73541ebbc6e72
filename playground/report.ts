import type {VFile} from 'vfile'
import type {Format} from '../src/formats/format.js'
import {density, messageFields} from '../src/reporters/message.js'
import {findingsOf, groupByRule} from './findings.js'

/** What the playground downloads: the document’s score, counts per rule, and every message as `--report json` writes it. */
export interface Report {
  generator: string
  path: string
  format: Format
  words: number
  findings: number
  artifactsPer1000Words: number
  rules: Array<{rule: string; category: string; count: number}>
  messages: Array<ReturnType<typeof messageFields>>
}

/** The report of a file linted by `processor` (which counts its words in `file.data.mtlint`). */
export function reportOf(file: VFile, path: string, format: Format, version: string): Report {
  const words = file.data.mtlint?.words ?? 0
  const {findings, perThousandWords} = density(file.messages, words)
  return {
    generator: 'mtlint ' + version + ' playground',
    path,
    format,
    words,
    findings,
    // One decimal, as `mtlint --stats` prints it.
    artifactsPer1000Words: Number(perThousandWords.toFixed(1)),
    rules: groupByRule(findingsOf(file)).map((group) => ({
      rule: group.ruleKey,
      category: group.category,
      count: group.findings.length
    })),
    messages: file.messages.map(messageFields)
  }
}
