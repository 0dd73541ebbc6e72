import type {VFileMessage} from 'vfile-message'
import type {Rule} from '../engine/rule.js'
import {homepage, packageInfo} from '../package-info.js'
import {displayPath, levelOf, shownFiles, shownMessages, spanOf, type Reporter} from './shared.js'

const levels = {error: 'error', warning: 'warning', info: 'note'} as const

/** What the SARIF log says of a rule. */
export type SarifRule = Pick<Rule, 'id' | 'description' | 'url' | 'severity'>

/**
 * `--report sarif`: a SARIF 2.1.0 log. Every rule of `rules` with its doc
 * URL in `tool.driver.rules`; a result per message with its region (UTF-16
 * columns, as JavaScript counts them), its rule’s index and, for single
 * replacements, its fix; failures to read, parse or configure a file as tool
 * notifications.
 */
export function sarifReporter(rules: readonly SarifRule[]): Reporter {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  return function (files, options) {
    const results: object[] = []
    const notifications: object[] = []
    for (const file of shownFiles(files, options)) {
      const uri = uriOf(displayPath(file))
      for (const message of shownMessages(file, options)) {
        if (message.ruleId) results.push(result(uri, message, ruleIndex.get(message.ruleId)))
        else notifications.push({level: levels[levelOf(message)], message: {text: message.reason}, locations: [location(uri, message)]})
      }
    }

    return JSON.stringify({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'mtlint',
              version: packageInfo.version,
              informationUri: homepage,
              rules: rules.map((rule) => ({
                id: rule.id,
                shortDescription: {text: rule.description},
                helpUri: rule.url,
                defaultConfiguration: {level: rule.severity === 'error' ? 'error' : rule.severity === 'off' ? 'none' : 'warning'}
              }))
            }
          },
          columnKind: 'utf16CodeUnits',
          invocations: [{executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications}],
          results
        }
      ]
    })
  }
}

/**
 * A relative URI reference for a path: each segment percent-encoded, so that
 * `colon:comma,pct%.txt` is not read as a URI with the scheme `colon:`, and
 * a `%`, a space or a line break is not taken literally.
 */
export function uriOf(filePath: string): string {
  return filePath.split('/').map(encodeURIComponent).join('/')
}

function result(uri: string, message: VFileMessage, index: number | undefined): object {
  const region = regionOf(message)
  const single = message.expected?.length === 1 && region
  return {
    ruleId: message.ruleId,
    ...(index === undefined ? {} : {ruleIndex: index}),
    level: levels[levelOf(message)],
    message: {text: message.reason},
    locations: [location(uri, message)],
    ...(single
      ? {
          fixes: [
            {
              description: {text: 'Replace with `' + message.expected![0] + '`'},
              artifactChanges: [{artifactLocation: {uri}, replacements: [{deletedRegion: region, insertedContent: {text: message.expected![0]}}]}]
            }
          ]
        }
      : {})
  }
}

function location(uri: string, message: VFileMessage): object {
  const region = regionOf(message)
  return {physicalLocation: {artifactLocation: {uri}, ...(region ? {region} : {})}}
}

function regionOf(message: VFileMessage) {
  const span = spanOf(message)
  if (!span || span.start.line === undefined) return undefined
  return {startLine: span.start.line, startColumn: span.start.column, endLine: span.end.line, endColumn: span.end.column}
}
