import type {Report} from './types.js'

/**
 * The message in unified house style:
 * "Unexpected `MM.` (French plural honorific), expected `Messrs.`" — no trailing period.
 */
export function reasonFor(actual: string, report: Report): string {
  let reason = 'Unexpected ' + code(actual)
  if (report.what) reason += ' (' + report.what + ')'
  if (report.expected && report.expected.length > 0) {
    reason += ', expected ' + report.expected.map(code).join(' or ')
  } else if (report.expected) {
    reason += ', remove it'
  } else if (report.advice) {
    reason += ', ' + report.advice
  }
  return reason
}

/** Wraps text in backticks, using a longer fence when the text holds backticks itself. */
function code(value: string): string {
  const shown = value.replace(/\r\n?|\n/g, '⏎')
  const fence = shown.includes('`') ? '``' : '`'
  const pad = shown.startsWith('`') || shown.endsWith('`') ? ' ' : ''
  return fence + pad + shown + pad + fence
}
