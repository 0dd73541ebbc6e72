import type {LanguageDates} from './entry.js'
import {dottedDate} from './shared.js'

/** Polish dates: `16.10.2024`. */
export const polish: LanguageDates = {own: [], shared: [dottedDate]}
