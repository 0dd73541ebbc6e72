import type {Rule} from '../src/engine/rule.js'
import {quotesPeer, repeatedWordsPeer} from '../src/peers.js'
import articleAgreement from './article-agreement.js'
import calque from './calque/index.js'
import frenchDates from './french-dates.js'
import frenchHonorifics from './french-honorifics/index.js'
import frenchTypography from './french-typography.js'
import nameVariants from './name-variants.js'
import placeNames from './place-names.js'
import quoteMarks from './quote-marks.js'
import scraperBoilerplate from './scraper-boilerplate.js'
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

/** Rules from other retext packages, available through the same `rules` option. */
export const peerRules: readonly Rule[] = [quotesPeer, repeatedWordsPeer]

export const allRules: readonly Rule[] = [...mtlintRules, ...peerRules]

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
