import {Configuration, type ConfigTransform, type Preset} from 'unified-engine'
import type {Options} from '../options.js'
import type {Settings} from '../processor.js'

/** Checks mtlint’s options, throwing an error that names the key at fault (the preset’s `checkPresetOptions`). */
export type OptionsCheck = (options: unknown) => void

/**
 * Reads a configuration file (`.mtlintrc*`, the `mtlint` field of
 * `package.json`) of the shape `{rules, format}` into unified-engine’s shape:
 * mtlint’s options go to `settings.mtlint`, which the shared processor reads;
 * `plugins` and `settings` pass through. Throws an error naming the key at
 * fault; unified-engine adds the file.
 */
export function configTransform(check: OptionsCheck): ConfigTransform {
  return function (raw) {
    // unified-engine names the file (`Cannot parse file `.mtlintrc``); the error names the key.
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      throw new Error('Expected an object such as `{"rules": {…}}`, not `' + JSON.stringify(raw) + '`')
    }
    const {plugins, settings, ...options} = raw as Preset & Options
    check(options)
    const mtlint: Settings['mtlint'] = options
    return {plugins, settings: {...settings, mtlint}}
  }
}

/**
 * unified-args and unified-language-server build unified-engine’s options
 * themselves and pass no `configTransform`; this gives every configuration
 * the engine creates mtlint’s. Call it once, before the engine runs (the
 * engine binds `create` when it constructs a configuration).
 */
export function useMtlintConfiguration(check: OptionsCheck): void {
  const transform = configTransform(check)
  const prototype = Configuration.prototype as Configuration & {configTransform?: ConfigTransform}
  const create = prototype.create
  prototype.create = function (this: typeof prototype, ...parameters: Parameters<typeof create>) {
    this.configTransform ??= transform
    return create.apply(this, parameters)
  }
}
