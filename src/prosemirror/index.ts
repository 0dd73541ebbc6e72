/**
 * `mtlint/prosemirror`: mtlint in a ProseMirror editor. `prosemirror-model`,
 * `prosemirror-state` and `prosemirror-view` are peer dependencies.
 */
export {mtlintPlugin, mtlintPluginKey, type MtlintMeta, type MtlintPluginOptions, type MtlintPluginState} from './plugin.js'
export {applyAllSafeFixes, applyFix, ignore} from './commands.js'
export {severityOf, type Finding} from './findings.js'
export {textBlocks, type TextBlock} from './blocks.js'
