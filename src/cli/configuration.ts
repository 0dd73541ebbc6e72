import {Configuration, type ConfigTransform, type Preset} from 'unified-engine'
import {allRules} from '../../rules/index.js'
import {configure, type Options} from '../engine/config.js'
import type {Settings} from '../processor.js'

/**
 * Reads a configuration file (`.mtlintrc*`, the `mtlint` field of
 * `package.json`) of the shape `{rules, format}` into unified-engine’s shape:
 * mtlint’s options go to `settings.mtlint`, which the shared processor reads;
 * `plugins` and `settings` pass through. Throws an error naming the key at
 * fault; unified-engine adds the file.
 */
export const configTransform: ConfigTransform = function (raw) {
  // unified-engine names the file (`Cannot parse file `.mtlintrc``); the error names the key.
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new Error('Expected an object such as `{"rules": {…}}`, not `' + JSON.stringify(raw) + '`')
  }
  const {plugins, settings, ...options} = raw as Preset & Options
  configure(allRules, options)
  const mtlint: Settings['mtlint'] = options
  return {plugins, settings: {...settings, mtlint}}
}

/**
 * unified-args and unified-language-server build unified-engine’s options
 * themselves and pass no `configTransform`; this gives every configuration
 * the engine creates mtlint’s. Call it once, before the engine runs (the
 * engine binds `create` when it constructs a configuration).
 */
export function useMtlintConfiguration(): void {
  const prototype = Configuration.prototype as Configuration & {configTransform?: ConfigTransform}
  const create = prototype.create
  prototype.create = function (this: typeof prototype, ...parameters: Parameters<typeof create>) {
    this.configTransform ??= configTransform
    return create.apply(this, parameters)
  }
}
