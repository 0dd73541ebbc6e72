import type {Rule} from '../src/engine/rule.js'
import {quotesPeer, repeatedWordsPeer} from '../src/peers.js'
import frenchHonorifics from './french-honorifics.js'
import frenchTypography from './french-typography.js'
import nameVariants from './name-variants.js'
import placeNames from './place-names.js'
import quoteMarks from './quote-marks.js'
import scraperBoilerplate from './scraper-boilerplate.js'
import transliteration from './transliteration.js'

/** mtlint’s own rules, in the order of the README table. */
export const mtlintRules: readonly Rule[] = [
  quoteMarks,
  frenchTypography,
  frenchHonorifics,
  placeNames,
  transliteration,
  nameVariants,
  scraperBoilerplate
]

/** Rules from other retext packages, available through the same `rules` option. */
export const peerRules: readonly Rule[] = [quotesPeer, repeatedWordsPeer]

export const allRules: readonly Rule[] = [...mtlintRules, ...peerRules]

export {frenchHonorifics, frenchTypography, nameVariants, placeNames, quoteMarks, scraperBoilerplate, transliteration}
