/**
 * mtlint as an editor types: `createLinter(options)` keeps each block’s
 * tokens and findings between updates and parses only the blocks that changed.
 */
export {createLinter, type BlockInput, type IncrementalLinter} from './linter.js'
