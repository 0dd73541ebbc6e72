#!/usr/bin/env node
import {createUnifiedLanguageServer} from 'unified-language-server'
import {useMtlintConfiguration} from './cli/configuration.js'
import {useMtlintV8Flags} from './cli/heap.js'
import {checkPresetOptions} from './preset.js'
import {processor} from './processor.js'

useMtlintV8Flags()
useMtlintConfiguration(checkPresetOptions)

// Diagnostics for `.txt`, `.md` and `.html` documents, quick fixes from `expected`,
// the CLI’s rc, ignore and package-field names; a workspace’s own `mtlint` wins.
createUnifiedLanguageServer({
  configurationSection: 'mtlint',
  defaultProcessor: processor,
  ignoreName: '.mtlintignore',
  packageField: 'mtlint',
  pluginPrefix: 'mtlint',
  processorName: 'mtlint',
  processorSpecifier: 'processor',
  rcName: '.mtlintrc'
})
