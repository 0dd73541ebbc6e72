import type {LanguageDates} from './entry.js'
import {ordinalIndicator} from './shared.js'

/** Portuguese ordinals: `1.º`, `2.ª`. */
export const portuguese: LanguageDates = {own: [], shared: [ordinalIndicator]}
