import type {LanguageDates} from './entry.js'
import {dottedDate} from './shared.js'

/** Ukrainian dates: `16.10.2024`. */
export const ukrainian: LanguageDates = {own: [], shared: [dottedDate]}
