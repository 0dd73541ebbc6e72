/** English ordinals and Roman numerals, for the dates and ordinals of every source language. */

/** `21` → `21st`, `12` → `12th`. */
export function ordinal(value: number): string {
  const tens = value % 100
  const units = value % 10
  const english = tens >= 11 && tens <= 13 ? 'th' : units === 1 ? 'st' : units === 2 ? 'nd' : units === 3 ? 'rd' : 'th'
  return value + english
}

const romanValues: Readonly<Record<string, number>> = {I: 1, V: 5, X: 10}

/** `XXI` → 21 (numerals matched by `roman`, so always well formed). */
export function fromRoman(numeral: string): number {
  let total = 0
  for (let index = 0; index < numeral.length; index++) {
    const value = romanValues[numeral.charAt(index)] ?? 0
    const next = romanValues[numeral.charAt(index + 1)] ?? 0
    total += value < next ? -value : value
  }
  return total
}

/** English month names, January first. */
export const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

/** `2024`, `10`, `16` → `October 16, 2024` (AP style). */
export function englishDate(year: string, month: number, day: number): string {
  return (englishMonths[month - 1] ?? '') + ' ' + day + (year ? ', ' + year : '')
}
