import type {LanguageDates} from './entry.js'
import {dottedDate} from './shared.js'

/** Turkish dates: `16.10.2024`. */
export const turkish: LanguageDates = {own: [], shared: [dottedDate]}
