import {Configuration, type ConfigTransform, type Preset} from 'unified-engine'
import type {Options} from '../options.js'
import type {Settings} from '../processor.js'

/** Checks mtlint’s options, throwing an error that names the key at fault (the preset’s `checkPresetOptions`). */
export type OptionsCheck = (options: unknown) => void

/**
 * mtlint’s options from a configuration file (`{rules, format}`), checked:
 * an unknown rule, severity, option or key throws an error naming it. A key
 * set to `null` is refused too: in a file, `{"rules": null}` is a mistake,
 * not a way to say “defaults”.
 */
export function checkedOptions(raw: unknown, check: OptionsCheck): Options {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new Error('Expected an object such as `{"rules": {…}}`, not `' + JSON.stringify(raw) + '`')
  }
  for (const [key, value] of Object.entries(raw)) {
    if (value === null)
      throw new Error('Invalid `' + key + '` option: `null`, expected ' + (key === 'rules' ? 'an object mapping rule ids to settings' : 'a value, or no key'))
  }
  check(raw)
  return raw as Options
}

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
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) checkedOptions(raw, check)
    const {plugins, settings, ...options} = raw as Preset & Options
    const mtlint: Settings['mtlint'] = checkedOptions(options, check)
    return {plugins, settings: {...settings, mtlint}}
  }
}

/**
 * unified-language-server builds unified-engine’s options itself and passes
 * no `configTransform`; this gives every configuration the engine creates
 * mtlint’s. Call it once, before the engine runs (the engine binds `create`
 * when it constructs a configuration).
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
