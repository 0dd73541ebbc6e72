import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/**
 * Whether a message is a failure to lint (a file that could not be read, a
 * bad configuration, a crash) rather than a finding: fatal, and from no rule.
 */
export function isFailure(message: VFileMessage): boolean {
  return message.fatal === true && !message.ruleId
}

export function hasFailure(file: VFile): boolean {
  return file.messages.some(isFailure)
}

/**
 * Folds a failure and its causes into its reason, one line
 * (`Cannot process file: Cannot parse file `.mtlintrc`: Unknown rule …`),
 * and drops the causes so that no stack trace is printed.
 */
export function foldCauses(message: VFileMessage): void {
  const reasons = [message.reason]
  let cause: unknown = message.cause
  while (cause instanceof Error) {
    reasons.push(cause.message.split('\n')[0]!.trim())
    cause = cause.cause
  }
  message.reason = message.message = reasons.filter((reason, index) => reason !== reasons[index - 1]).join(': ')
  message.cause = undefined
  message.stack = ''
}
