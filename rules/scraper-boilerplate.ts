import {definePatternRule} from '../src/engine/pattern-rule.js'
import {scraperBoilerplatePatterns} from './scraper-boilerplate.data.js'

// Case-insensitive, and `^`/`$` match at line ends: each pattern fills a whole
// line, reported without its surrounding spaces and tabs.
export default definePatternRule(
  {
    id: 'scraper-boilerplate',
    description: 'Remove page furniture left in the text by the scraper (`To see in video`, `source site-41`)',
    category: 'boilerplate',
    severity: 'warn',
    // Its messages expect a deletion (`[]`), which `fix` leaves to the editor.
    fixable: false
  },
  scraperBoilerplatePatterns,
  'gimu',
  {trim: true}
)
