import {definePatternRule} from '../src/engine/pattern-rule.js'
import {first, frenchTypographyPatterns} from './french-typography.data.js'

export default definePatternRule(
  {
    id: 'french-typography',
    description: 'Use English typography: curly quotes, no space before `;:!?%`, `150,000`, `3.5`, `14:30`',
    category: 'typography',
    severity: 'warn',
    fixable: true
  },
  frenchTypographyPatterns,
  'gu',
  {first}
)
