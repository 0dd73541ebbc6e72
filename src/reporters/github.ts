import {displayPath, levelOf, shownFiles, shownMessages, spanOf, type Reporter} from './shared.js'

const commands = {error: 'error', warning: 'warning', info: 'notice'} as const

/**
 * `--report github`: GitHub Actions workflow commands, one line a message:
 * `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id::message`.
 */
export const github: Reporter = function (files, options) {
  const lines: string[] = []
  for (const file of shownFiles(files, options)) {
    for (const message of shownMessages(file, options)) {
      const span = spanOf(message)
      const properties: Array<[string, string | number | undefined]> = [
        ['file', displayPath(file)],
        ['line', span?.start.line],
        ['col', span?.start.column],
        ['endLine', span?.end.line],
        ['endColumn', span?.end.column],
        ['title', message.ruleId ?? message.source ?? 'mtlint']
      ]
      const list = properties
        .filter((property): property is [string, string | number] => property[1] !== undefined)
        .map(([key, value]) => key + '=' + escapeProperty(String(value)))
      lines.push('::' + commands[levelOf(message)] + ' ' + list.join(',') + '::' + escapeData(message.reason))
    }
  }
  return lines.join('\n')
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
