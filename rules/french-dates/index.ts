import {defineLanguagePatternRule} from '../../src/engine/language-patterns.js'
import {wordBefore} from '../../src/engine/regex-parts.js'
import {languageNaming} from '../shared/languages.js'
import {dates, first} from './data.js'

export default defineLanguagePatternRule(
  {
    id: 'french-dates',
    description: 'Write dates and ordinals the English way (`February 7`, `1st`, `20th century`), not the source language’s',
    category: 'language',
    severity: 'warn',
    fixable: true
  },
  dates,
  languageNaming,
  'gu',
  // Every entry starts at a word edge: checked once, in front of all of them.
  {first, lead: wordBefore}
)
