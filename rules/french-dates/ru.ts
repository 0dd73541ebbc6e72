import type {LanguageDates} from './entry.js'
import {dottedDate} from './shared.js'

/** Russian dates: `16.10.2024`. */
export const russian: LanguageDates = {own: [], shared: [dottedDate]}
