/**
 * Polish names that machine translation turns into English words: the
 * press, broadcasters and their programmes, and institutions of Poland.
 * Entry syntax: see `entry.ts`.
 */
import type {NameTable} from './entry.js'

export const polish: NameTable = {
  words: {},
  names: [
    {name: 'Gazeta Wyborcza', kind: 'daily', renderings: ['Electoral Gazette', 'Election Newspaper', 'Electoral Newspaper', 'The Electoral Gazette'], note: 'national daily, Warsaw'},
    {name: 'Rzeczpospolita', kind: 'daily', needs: 'cue', renderings: ['Republic', 'The Republic', 'Commonwealth'], note: 'national daily, Warsaw'},
    {name: 'Dziennik Gazeta Prawna', kind: 'daily', renderings: ['Daily Legal Newspaper', 'Legal Gazette Daily', 'Legal Newspaper'], note: 'business and legal daily, Warsaw'},
    {name: 'Tygodnik Powszechny', kind: 'weekly', renderings: ['Universal Weekly', 'General Weekly', 'Common Weekly'], note: 'Catholic weekly of Kraków'},
    {name: 'Wprost', kind: 'weekly', needs: 'cue', renderings: ['Straight', 'Directly'], note: 'news weekly, Warsaw'},
    {name: 'Fakty', kind: 'programme', needs: 'cue', renderings: ['Facts', 'The Facts'], note: 'evening news programme of TVN'},
    {name: 'Wiadomości', kind: 'programme', needs: 'cue', renderings: ['The News'], note: 'evening news programme of TVP'},
    {name: 'Gość Wydarzeń', kind: 'programme', renderings: ['Guest of Events', 'Guest of the Events', 'Events Guest'], note: 'interview programme of Polsat News'},
    {name: 'Kropka nad i', kind: 'programme', renderings: ['Dot over the i', 'Dot over the I', 'The Dot over the I', 'Dot on the i', 'Dot on the I'], note: 'interview programme of TVN24'},
    {name: 'Wirtualna Polska', kind: 'site', renderings: ['Virtual Poland'], note: 'news portal, Warsaw (`WP`)'},
    {name: 'Najwyższa Izba Kontroli', kind: 'institution', english: 'Supreme Audit Office', renderings: ['Supreme Chamber of Control', 'Supreme Control Chamber', 'Highest Chamber of Control'], note: 'state audit office of Poland (`NIK`)'},
    {name: 'Kancelaria Prezydenta', kind: 'institution', english: 'Chancellery of the President', renderings: ['Office of the President of Poland'], wordForWord: false, note: 'the Polish president’s office (`KPRP`)'}
  ]
}
