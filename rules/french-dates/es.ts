import type {LanguageDates} from './entry.js'
import {ordinalIndicator} from './shared.js'

/** Spanish ordinals: `1.º`, `2.ª`. */
export const spanish: LanguageDates = {own: [], shared: [ordinalIndicator]}
