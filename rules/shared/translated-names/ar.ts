/**
 * Arabic names that machine translation turns into English words: the pan-Arab
 * and national press and broadcasters, whose titles English copy keeps in
 * transliteration. Entry syntax: see `entry.ts`.
 */
import type {NameTable} from './entry.js'

export const arabic: NameTable = {
  words: {},
  names: [
    {name: 'Al-Ahram', kind: 'daily', needs: 'cue', renderings: ['The Pyramids', 'Pyramids'], note: 'state daily of Egypt, Cairo'},
    {name: 'Asharq Al-Awsat', kind: 'daily', needs: 'cue', renderings: ['The Middle East', 'Middle East'], note: 'pan-Arab daily, London'},
    {name: 'Al-Quds Al-Arabi', kind: 'daily', renderings: ['Arab Jerusalem', 'The Arab Jerusalem', 'Jerusalem the Arab'], note: 'pan-Arab daily, London'},
    {name: 'Al-Hayat', kind: 'daily', needs: 'cue', renderings: ['Life', 'The Life'], note: 'pan-Arab daily'},
    {name: 'Al-Akhbar', kind: 'daily', needs: 'cue', renderings: ['The News', 'News'], note: 'daily of Beirut'},
    {name: 'Al-Watan', kind: 'daily', needs: 'cue', renderings: ['The Homeland', 'Homeland', 'The Nation'], note: 'daily title of Syria, Qatar and other countries'},
    {name: 'Al-Masry Al-Youm', kind: 'daily', renderings: ['The Egyptian Today', 'Egyptian Today', 'The Egyptian Day'], note: 'independent daily of Egypt, Cairo'},
    {name: 'Al-Nahar', kind: 'daily', needs: 'cue', renderings: ['The Day', 'Daytime'], note: 'daily of Beirut'},
    {name: 'Al-Mayadeen', kind: 'broadcaster', needs: 'cue', renderings: ['The Squares', 'The Arenas', 'The Fields'], note: 'pan-Arab television channel, Beirut'},
    {name: 'Al-Manar', kind: 'broadcaster', needs: 'cue', renderings: ['The Lighthouse', 'The Beacon'], note: 'Hezbollah’s television channel, Beirut'},
    {name: 'Al Jazeera', kind: 'broadcaster', needs: 'cue', renderings: ['The Island', 'The Peninsula'], note: 'television network of Qatar, Doha'},
    {name: 'Al Arabiya', kind: 'broadcaster', needs: 'cue', renderings: ['The Arabic', 'The Arab'], note: 'Saudi-owned television channel, Dubai'}
  ]
}
