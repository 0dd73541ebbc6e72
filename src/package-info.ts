import {createRequire} from 'node:module'

// `../package.json` from `src/` and from the bundled `dist/` alike.
const require = createRequire(import.meta.url)

/** The fields of mtlint’s `package.json` that the CLI, the language server and the reporters show. */
export const packageInfo = require('../package.json') as {
  name: string
  version: string
  description: string
  homepage?: string
  repository: {url: string}
}

/** Where users read about mtlint. */
export const homepage = packageInfo.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')
