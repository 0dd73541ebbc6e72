/**
 * French calendar words: shared language knowledge of the rules that read
 * French dates (`french-dates` reports them; `untranslated-french` leaves
 * them to it).
 */

/** French month names (lower case, as French writes them), with the unaccented spellings MT output also has. */
export const frenchMonths: Readonly<Record<string, string>> = {
  janvier: 'January',
  février: 'February',
  fevrier: 'February',
  mars: 'March',
  avril: 'April',
  mai: 'May',
  juin: 'June',
  juillet: 'July',
  août: 'August',
  aout: 'August',
  septembre: 'September',
  octobre: 'October',
  novembre: 'November',
  décembre: 'December',
  decembre: 'December'
}

export const frenchWeekdays: Readonly<Record<string, string>> = {
  lundi: 'Monday',
  mardi: 'Tuesday',
  mercredi: 'Wednesday',
  jeudi: 'Thursday',
  vendredi: 'Friday',
  samedi: 'Saturday',
  dimanche: 'Sunday'
}

/** Every calendar word `french-dates` reports a date by (lower case, as French writes them). */
export const frenchCalendarWords: readonly string[] = [...Object.keys(frenchMonths), ...Object.keys(frenchWeekdays), 'siècle', 'siècles']
