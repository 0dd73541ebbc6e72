/**
 * Russian and Ukrainian names that machine translation turns into English
 * words: news agencies, newspapers, broadcasters. Entry syntax: see `entry.ts`.
 */
import type {NameTable} from './entry.js'

export const russian: NameTable = {
  words: {},
  names: [
    {name: 'RIA Novosti', kind: 'agency', renderings: ['RIA News', 'RIA-News', 'RIA news', 'Russian Information Agency', 'RIA Information'], note: 'state news agency of Russia'},
    {name: 'Rossiyskaya Gazeta', kind: 'daily', needs: 'context', renderings: ['Russian Newspaper', 'The Russian Newspaper'], note: 'official daily of the Russian government'},
    {name: 'Novaya Gazeta', kind: 'daily', renderings: ['New Newspaper', 'The New Newspaper', 'New Gazette'], note: 'independent newspaper of Moscow'},
    {name: 'Nezavisimaya Gazeta', kind: 'daily', renderings: ['Independent Newspaper', 'The Independent Newspaper', 'Independent Gazette'], note: 'daily of Moscow'},
    {name: 'Komsomolskaya Pravda', kind: 'daily', renderings: ['Komsomol Truth', 'Komsomolskaya Truth', 'Komsomol Pravda'], note: 'tabloid daily of Moscow'},
    {name: 'Moskovsky Komsomolets', kind: 'daily', renderings: ['Moscow Komsomolets', 'Moscow Komsomol Member', 'Moscow Komsomol'], note: 'tabloid daily of Moscow'},
    {name: 'Argumenty i Fakty', kind: 'weekly', renderings: ['Arguments and Facts'], note: 'national weekly of Russia'},
    {name: 'Vedomosti', kind: 'daily', needs: 'cue', renderings: ['Statements', 'The Statements', 'Gazette'], note: 'business daily of Moscow'},
    {name: 'Izvestia', kind: 'daily', needs: 'cue', renderings: ['News', 'The News'], note: 'national daily of Russia'},
    {name: 'Lenta.ru', kind: 'site', needs: 'context', renderings: ['Tape.ru', 'Tape', 'Ribbon.ru'], note: 'news site of Moscow'},
    {name: 'Gazeta.ru', kind: 'site', renderings: ['Newspaper.ru'], note: 'news site of Moscow'},
    {name: 'Kazakhstanskaya Pravda', kind: 'daily', renderings: ['Kazakhstan Pravda', 'Kazakhstan Truth', 'Kazakhstani Truth'], note: 'official daily of Kazakhstan'},
    {name: 'Fakty', kind: 'daily', needs: 'cue', renderings: ['Facts', 'The Facts'], note: 'daily of Kyiv (`Fakty i Kommentarii`)'},
    {name: 'Ukrainska Pravda', kind: 'site', renderings: ['Ukrainian Truth', 'The Ukrainian Truth'], note: 'news site of Kyiv'},
    {name: 'Ekonomichna Pravda', kind: 'site', renderings: ['Economic Truth', 'Economic Pravda'], note: 'business news site of Kyiv'},
    {name: 'Dzerkalo Tyzhnia', kind: 'weekly', renderings: ['Mirror of the Week', 'Weekly Mirror', 'The Mirror of the Week'], note: 'weekly of Kyiv (`ZN.UA`)'},
    {name: 'Novoye Vremya', kind: 'weekly', needs: 'context', renderings: ['New Time', 'The New Time', 'New Times'], note: 'weekly of Kyiv (`NV`)'},
    {name: 'Hromadske', kind: 'broadcaster', needs: 'cue', renderings: ['Public', 'Civic', 'Community'], note: 'independent broadcaster of Ukraine'},
    {name: 'Segodnya', kind: 'daily', needs: 'cue', renderings: ['Today'], note: 'daily of Kyiv'},
    {name: 'Strana.ua', kind: 'site', renderings: ['Country.ua'], note: 'news site of Kyiv'},
    {name: 'Obozrevatel', kind: 'site', needs: 'cue', renderings: ['Observer', 'The Observer'], note: 'news site of Kyiv'},
    {name: 'Meduza', kind: 'site', needs: 'cue', renderings: ['Jellyfish', 'Medusa'], note: 'Russian news site in exile, Riga'},
    {name: 'Trud', kind: 'daily', needs: 'cue', renderings: ['Labour', 'Labor', 'Work'], note: 'daily of Moscow'},
    {name: 'Rossiya-24', kind: 'broadcaster', renderings: ['Russia-24', 'Russia 24'], note: 'state news channel of Russia'},
    {name: 'Rossiya-1', kind: 'broadcaster', renderings: ['Russia-1', 'Russia 1'], note: 'state television channel of Russia'},
    {name: 'Pervy Kanal', kind: 'broadcaster', english: 'Channel One', renderings: ['First Channel', 'The First Channel'], note: 'state television channel of Russia'},
    {name: 'Zvezda', kind: 'broadcaster', needs: 'cue', renderings: ['Star', 'The Star'], note: 'television channel of the Russian defence ministry'},
    {name: 'Suspilne', kind: 'broadcaster', needs: 'cue', renderings: ['Public', 'Public Broadcasting', 'Society'], note: 'public broadcaster of Ukraine'},
    {name: 'Kommersant', kind: 'daily', needs: 'cue', renderings: ['Businessman', 'The Businessman', 'Merchant', 'The Merchant', 'Trader'], note: 'business daily of Moscow'},
    {name: 'Krasnaya Zvezda', kind: 'daily', needs: 'cue', renderings: ['Red Star', 'The Red Star'], note: 'daily of the Russian defence ministry'},
    {name: 'Parlamentskaya Gazeta', kind: 'daily', renderings: ['Parliamentary Newspaper', 'Parliamentary Gazette', 'The Parliamentary Newspaper'], note: 'official daily of the Russian Federal Assembly'},
    {name: 'Vzglyad', kind: 'site', needs: 'cue', renderings: ['Look', 'View', 'Glance'], note: 'pro-Kremlin news site of Moscow'},
    {name: 'Vecherniy Kyiv', kind: 'site', renderings: ['Evening Kiev', 'Evening Kyiv'], needs: 'context', note: 'city news site of Kyiv'},
    {name: 'Verkhovna Rada', kind: 'institution', renderings: ['Supreme Council of Ukraine', 'Supreme Rada'], note: 'parliament of Ukraine'},
    {name: 'Rosgvardia', kind: 'institution', english: 'National Guard of Russia', renderings: ['Russian Guard', 'the Russian Guard'], needs: 'context', note: 'Russia’s interior troops (`Росгвардия`)'}
  ]
}
