#!/usr/bin/env node
import {createRequire} from 'node:module'
import retextEnglish from 'retext-english'
import {retext} from 'retext'
import {args} from 'unified-args'
import mtlint from './preset.js'

const require = createRequire(import.meta.url)
const pkg = require('../package.json') as {version: string; description: string}

// A linter reports; it does not print the document back unless asked to.
if (!process.argv.slice(2).some((arg) => /^--(no-)?stdout$/.test(arg) || arg === '-o' || arg.startsWith('--output'))) {
  process.argv.push('--no-stdout')
}

args({
  processor: retext().use(retextEnglish).use(mtlint),
  name: 'mtlint',
  description: pkg.description,
  version: pkg.version,
  extensions: ['txt', 'text'],
  ignoreName: '.mtlintignore',
  packageField: 'mtlint',
  pluginPrefix: 'mtlint',
  rcName: '.mtlintrc'
})
