/**
 * Calques of Polish: constructions of Polish news copy (PAP, the national
 * broadcasters’ sites) carried over word for word. Entry syntax: see
 * `entry.ts`.
 */
import type {CalqueEntry} from './entry.js'

/** Polish cities whose mayor is called `prezydent miasta`. */
const CITIES = 'Warsaw|Kraków|Krakow|Gdańsk|Gdansk|Wrocław|Wroclaw|Poznań|Poznan|Łódź|Lodz|Szczecin|Lublin|Katowice|Bydgoszcz|Gdynia|Sopot|Białystok|Bialystok|Rzeszów|Rzeszow'

export const polish: readonly CalqueEntry[] = [
  {
    phrases: ['[PiS president|President]', '[the president of] PiS|Law', '[President] Jarosław'],
    source: 'prezes PiS',
    advice: 'write `the PiS leader`, `PiS chairman Jarosław Kaczyński`',
    confidence: 'high',
    note: 'Polish `prezes` (president) of a party or company is its chairman; in English, `President` in Poland is the head of state',
    invalid: 'The PiS president Jarosław Kaczyński spoke at the rally.',
    valid: 'PiS leader Jarosław Kaczyński spoke at the rally with President Duda.'
  },
  {
    phrases: ['[the president of the city of] (' + CITIES + ')', '[the president of] (' + CITIES + ')', '[President of] (' + CITIES + ')'],
    source: 'prezydent miasta',
    expected: ['the mayor of'],
    confidence: 'high',
    note: 'Polish `prezydent miasta` (president of the city) is a city’s mayor',
    invalid: 'The president of Warsaw closed the bridge for repairs.',
    valid: 'The mayor of Warsaw closed the bridge at the president’s request.'
  },
  {
    phrases: ['Presidential Minister|minister|Ministers|ministers'],
    source: 'minister w Kancelarii Prezydenta',
    advice: 'write `presidential aide`, `minister in the president’s office`',
    confidence: 'high',
    note: 'Polish `minister w Kancelarii Prezydenta` is a senior aide in the president’s office, not a government minister',
    invalid: 'Presidential Minister Małgorzata Paprocka commented on the bill.',
    valid: 'Małgorzata Paprocka, a senior aide to the president, commented on the bill.'
  },
  {
    phrases: ['[Chancellery of the Prime Minister]', '[the Prime Minister’s Chancellery]'],
    source: 'Kancelaria Prezesa Rady Ministrów',
    expected: ['the Prime Minister’s Office'],
    confidence: 'high',
    note: 'Polish `Kancelaria Prezesa Rady Ministrów` (Chancellery of the Prime Minister) is the Prime Minister’s Office',
    invalid: 'A spokesman for the Chancellery of the Prime Minister denied the report.',
    valid: 'A spokesman for the prime minister’s office denied the report.'
  },
  {
    phrases: ['[entry|entries] on|in social|Twitter|X|Facebook|Instagram|TikTok', 'published|posted|added|deleted|removed an|the|a|his|her|this [entry] on|in Twitter|X|Facebook|Instagram|TikTok|social'],
    source: 'wpis',
    expected: ['post'],
    confidence: 'high',
    note: 'Polish `wpis` (entry) on social media is a post',
    invalid: 'The minister deleted the entry on X an hour later.',
    valid: 'The minister deleted the post on X an hour later; the entry fee was waived.'
  },
  {
    phrases: ['the MSZ|MON|MSWiA|KPRM|KPRP', 'head of the MSZ|MON|MSWiA'],
    source: 'MSZ, MON',
    advice: 'write `the foreign ministry`, `the defence ministry`',
    confidence: 'high',
    note: 'Polish copy names ministries by their Polish initials (`MSZ`, foreign ministry; `MON`, defence ministry); English names the ministry',
    invalid: 'The MSZ summoned the Russian ambassador.',
    valid: 'The foreign ministry summoned the Russian ambassador.'
  },
  {
    phrases: ['[made|make|makes|making a quick|rapid|lightning|dizzying career] on|in|online|across|.|;'],
    source: 'zrobił szybką karierę',
    advice: 'write `went viral`, `spread fast`',
    confidence: 'low',
    note: 'Polish (and Ukrainian, Russian) say a post or a phrase `made a quick career` when it spread fast online; English says it `went viral`',
    invalid: 'His post made a quick career on social media.',
    valid: 'His post went viral on social media; she made a quick career change.'
  }
]
