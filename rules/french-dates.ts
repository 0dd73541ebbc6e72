import {definePatternRule} from '../src/engine/pattern-rule.js'
import {first, frenchDatePatterns, lead} from './french-dates.data.js'

export default definePatternRule(
  {
    id: 'french-dates',
    description: 'Write dates and ordinals the English way (`February 7`, `1st`, `20th century`), not the French way',
    category: 'language',
    severity: 'warn',
    fixable: true
  },
  frenchDatePatterns,
  'gu',
  {first, lead}
)
