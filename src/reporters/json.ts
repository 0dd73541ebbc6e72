import {messageFields} from './message.js'
import {displayPath, shownFiles, shownMessages, type Reporter} from './shared.js'

/** `--report json`: an array of `{path, messages}`; each message with its rule, severity, span and fix. */
export const json: Reporter = function (files, options) {
  return JSON.stringify(
    shownFiles(files, options).map((file) => ({
      path: displayPath(file),
      messages: shownMessages(file, options).map(messageFields)
    }))
  )
}
