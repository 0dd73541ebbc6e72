import type {LanguageDates} from './entry.js'
import {ordinalIndicator} from './shared.js'

/** Italian ordinals: `1.º`, `2.ª`. */
export const italian: LanguageDates = {own: [], shared: [ordinalIndicator]}
