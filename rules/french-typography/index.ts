import {defineLanguagePatternRule} from '../../src/engine/language-patterns.js'
import {languageNaming} from '../shared/languages.js'
import {typography} from './data.js'

export default defineLanguagePatternRule(
  {
    id: 'french-typography',
    description: 'Use English typography, not the source language’s: curly quotes, `150,000`, `3.5`, no stray spaces or doubled marks',
    category: 'typography',
    severity: 'warn',
    fixable: true
  },
  typography,
  languageNaming,
  'gu'
)
