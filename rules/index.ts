import {ruleList, type Rule} from '../src/engine/rule.js'
import articleAgreement from './article-agreement.js'
import calque from './calque/index.js'
import frenchDates from './french-dates/index.js'
import frenchHonorifics from './french-honorifics/index.js'
import frenchTypography from './french-typography/index.js'
import nameVariants from './name-variants.js'
import placeNames from './place-names.js'
import quoteMarks from './quote-marks.js'
import retextQuotes from './retext-quotes.js'
import retextRepeatedWords from './retext-repeated-words.js'
import scraperBoilerplate from './scraper-boilerplate/index.js'
import transliteration from './transliteration.js'
import untranslatedFrench from './untranslated-french/index.js'

/** mtlint’s own rules, in the order of the README table. */
export const mtlintRules: readonly Rule[] = [
  quoteMarks,
  frenchTypography,
  frenchHonorifics,
  placeNames,
  transliteration,
  nameVariants,
  scraperBoilerplate,
  calque,
  untranslatedFrench,
  articleAgreement,
  frenchDates
]

/** Rules from other retext packages, run through the same engine and `rules` option. */
export const peerRules: readonly Rule[] = [retextQuotes, retextRepeatedWords]

/** Every rule, checked and linked (see `ruleList`). */
export const allRules: readonly Rule[] = ruleList([...mtlintRules, ...peerRules])

export {
  articleAgreement,
  calque,
  frenchDates,
  frenchHonorifics,
  frenchTypography,
  nameVariants,
  placeNames,
  quoteMarks,
  scraperBoilerplate,
  transliteration,
  untranslatedFrench
}
