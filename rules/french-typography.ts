import {definePatternRule} from '../src/engine/pattern-rule.js'
import {first, frenchTypography} from './french-typography.data.js'

export default definePatternRule(
  {
    id: 'french-typography',
    description: 'Use English typography: curly quotes, no space before `;:!?%`, `150,000`, `3.5`, `14:30`',
    category: 'typography',
    severity: 'warn',
    fixable: true
  },
  frenchTypography,
  'gu',
  {first}
)
