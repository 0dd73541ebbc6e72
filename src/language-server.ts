#!/usr/bin/env node
import {useMtlintConfiguration} from './cli/configuration.js'
import {useMtlintV8Flags} from './cli/heap.js'
import {adaptConnections} from './language-server/connection.js'
import {lintTextIncrementally} from './language-server/incremental.js'
import {leaveOutOfReport} from './language-server/report.js'
import {checkPresetOptions} from './preset.js'
import {processor} from './processor.js'

useMtlintV8Flags()
useMtlintConfiguration(checkPresetOptions)
// Before unified-language-server is loaded: it creates its connection itself.
adaptConnections()

// Whatever fails while a document is linted (a broken `mtlint` installed in
// the workspace, say) is logged: an exit would leave every document without
// diagnostics until the editor starts the server again.
process.on('unhandledRejection', (reason) => console.error('mtlint: could not lint a document:', reason))

const {createUnifiedLanguageServer} = await import('unified-language-server')

// Diagnostics for `.txt`, `.md` and `.html` documents, quick fixes from `expected`,
// the CLI’s rc, ignore and package-field names; a workspace’s own `mtlint` wins.
// Plain text is linted incrementally: a change parses again only the blocks it touched.
createUnifiedLanguageServer({
  configurationSection: 'mtlint',
  defaultProcessor: processor,
  ignoreName: '.mtlintignore',
  packageField: 'mtlint',
  plugins: [leaveOutOfReport, lintTextIncrementally],
  pluginPrefix: 'mtlint',
  processorName: 'mtlint',
  processorSpecifier: 'processor',
  rcName: '.mtlintrc'
})
