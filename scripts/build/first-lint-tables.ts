/**
 * An esbuild plugin (listed in `tsup.config.ts`) that gives the bundles the
 * tables a first `lint()` would otherwise make, computed here from the data
 * being bundled by the functions the rules run from source, so they cannot
 * drift: each module below exports `undefined` from source and its
 * serialized table once built. A test holds each built table to the one
 * made from source.
 */
import type {Options} from 'tsup'
import {serializedGate} from '../../rules/calque/index.js'
import {serializedAnchors} from '../../rules/calque/tables.js'
import {serializedExonymKeys} from '../../rules/name-variants/keys.js'
import {serializedHeads} from '../../rules/shared/name-renderings.js'
import {serializedNames} from '../../rules/shared/translated-names/compile.js'

type Plugin = NonNullable<Options['esbuildPlugins']>[number]

/** Each built module (its path in the repository) to its export and the function that serializes its table. */
const tables: ReadonlyArray<{file: RegExp; name: string; serialize: () => string}> = [
  {file: /[/\\]rules[/\\]calque[/\\]built-anchors\.ts$/, name: 'builtAnchors', serialize: serializedAnchors},
  {file: /[/\\]rules[/\\]name-variants[/\\]built-keys\.ts$/, name: 'builtExonymKeys', serialize: serializedExonymKeys},
  {file: /[/\\]rules[/\\]shared[/\\]translated-names[/\\]built\.ts$/, name: 'builtNames', serialize: serializedNames},
  {file: /[/\\]rules[/\\]calque[/\\]built-gate\.ts$/, name: 'builtGate', serialize: serializedGate},
  {file: /[/\\]rules[/\\]shared[/\\]built-name-heads\.ts$/, name: 'builtNameHeads', serialize: serializedHeads}
]

export const firstLintTables: Plugin = {
  name: 'mtlint-first-lint-tables',
  setup(build) {
    const made = new Map<string, string>()
    for (const {file, name, serialize} of tables) {
      build.onLoad({filter: file}, () => {
        let serialized = made.get(name)
        if (serialized === undefined) made.set(name, (serialized = serialize()))
        return {contents: 'export const ' + name + ' = ' + JSON.stringify(serialized), loader: 'js'}
      })
    }
  }
}
