import retextQuotes from 'retext-quotes'
import {isStringArray, oneOf} from '../src/engine/option-checks.js'
import {paragraphByParagraph, type RetextTransformer} from '../src/engine/paragraphs.js'
import {defineRule} from '../src/engine/rule.js'

interface Options {
  preferred?: 'smart' | 'straight'
  smart?: readonly string[]
  straight?: readonly string[]
}

/**
 * `retext-quotes`, run through mtlint’s engine paragraph by paragraph (its
 * quote stack is per paragraph): its messages keep its wording, with
 * positions rather than tree nodes.
 */
export default defineRule<Options, RetextTransformer>({
  id: 'retext-quotes',
  description: 'Check straight and smart quotes and apostrophes (from `retext-quotes`)',
  category: 'quotes',
  // Off: on native English it reports every straight quote (see the README’s rule table).
  severity: 'off',
  fixable: true,
  package: {name: 'retext-quotes', url: 'https://github.com/retextjs/retext-quotes#readme'},
  defaults: {},
  options: {preferred: oneOf('smart', 'straight'), smart: isStringArray, straight: isStringArray},
  prepare: (options) => retextQuotes(options) as RetextTransformer,
  create: ({settings, report}) => paragraphByParagraph(settings, report)
})
