/**
 * Spanish names that machine translation turns into English words: the
 * press of Spain and Latin America, broadcasters, parties, institutions.
 * Entry syntax: see `entry.ts`.
 */
import type {NameTable} from './entry.js'

export const spanish: NameTable = {
  words: {
    el: 'the', la: 'the', los: 'the', las: 'the', de: 'of', del: 'of the', y: 'and', país: 'country', mundo: 'world',
    vanguardia: 'vanguard', periódico: 'newspaper', razón: 'reason', confidencial: 'confidential', español: 'spanish', voz: 'voice',
    correo: 'mail', nación: 'nation', universal: 'universal', tiempo: 'time', mercurio: 'mercury', jornada: 'day', diario: 'daily',
    deportivo: 'sports', onda: 'wave', cero: 'zero', cadena: 'chain', antena: 'antenna', canal: 'channel', sur: 'south',
    nuevas: 'new', generaciones: 'generations', mesa: 'table', congreso: 'congress', audiencia: 'audience', nacional: 'national',
    defensor: 'defender', pueblo: 'people', junta: 'board'
  },
  names: [
    {name: 'El País', kind: 'daily', needs: 'context', note: 'national daily of Spain, Madrid'},
    {name: 'El Mundo', kind: 'daily', needs: 'context', note: 'national daily of Spain, Madrid'},
    {name: 'La Vanguardia', kind: 'daily', needs: 'context', note: 'daily of Barcelona'},
    {name: 'El Periódico', kind: 'daily', needs: 'cue', note: 'daily of Barcelona'},
    {name: 'La Razón', kind: 'daily', needs: 'context', note: 'national daily of Spain, Madrid'},
    {name: 'El Confidencial', kind: 'site', needs: 'context', note: 'news site, Madrid'},
    {name: 'El Español', kind: 'site', needs: 'cue', note: 'news site, Madrid'},
    {name: 'La Voz de Galicia', kind: 'daily', note: 'daily of Galicia, A Coruña'},
    {name: 'El Correo', kind: 'daily', needs: 'cue', note: 'daily of Bilbao'},
    {name: 'Mundo Deportivo', kind: 'daily', renderings: ['Sports World', 'Sporting World', 'World Sports'], wordForWord: false, note: 'sports daily, Barcelona'},
    {name: 'La Nación', kind: 'daily', needs: 'cue', note: 'national daily of Argentina (also of Costa Rica)'},
    {name: 'Página/12', kind: 'daily', renderings: ['Page 12'], wordForWord: false, note: 'daily of Buenos Aires'},
    {name: 'El Universal', kind: 'daily', needs: 'context', note: 'daily of Mexico City'},
    {name: 'El Tiempo', kind: 'daily', needs: 'context', renderings: ['The Weather'], note: 'national daily of Colombia'},
    {name: 'El Mercurio', kind: 'daily', needs: 'context', note: 'national daily of Chile'},
    {name: 'La Jornada', kind: 'daily', needs: 'context', renderings: ['The Workday', 'The Journey'], note: 'daily of Mexico City'},
    {name: 'Diario de Sevilla', kind: 'daily', renderings: ['Seville Daily', 'Daily of Seville', 'Seville Newspaper'], wordForWord: false, note: 'daily of Seville'},
    {name: 'Heraldo de Aragón', kind: 'daily', renderings: ['Herald of Aragon', 'Aragon Herald', 'The Herald of Aragon'], wordForWord: false, note: 'daily of Zaragoza'},
    {name: 'El Norte de Castilla', kind: 'daily', renderings: ['The North of Castile', 'North of Castile'], wordForWord: false, note: 'daily of Valladolid'},
    {name: 'El Diario Vasco', kind: 'daily', renderings: ['The Basque Daily', 'Basque Daily', 'The Basque Newspaper'], wordForWord: false, note: 'daily of San Sebastián'},
    {name: 'Faro de Vigo', kind: 'daily', renderings: ['Lighthouse of Vigo', 'The Lighthouse of Vigo', 'Vigo Lighthouse'], wordForWord: false, note: 'daily of Vigo'},
    {name: 'Las Provincias', kind: 'daily', needs: 'context', renderings: ['The Provinces'], wordForWord: false, note: 'daily of Valencia'},
    {name: 'Cinco Días', kind: 'daily', needs: 'context', renderings: ['Five Days'], wordForWord: false, note: 'business daily, Madrid'},
    {name: 'Expansión', kind: 'daily', needs: 'cue', renderings: ['Expansion'], wordForWord: false, note: 'business daily, Madrid'},
    {name: 'El Economista', kind: 'daily', needs: 'cue', renderings: ['The Economist'], wordForWord: false, note: 'business daily, Madrid (also The Economist in English)'},
    {name: 'El Espectador', kind: 'daily', needs: 'cue', renderings: ['The Spectator'], wordForWord: false, note: 'national daily of Colombia (also The Spectator in English)'},
    {name: 'La Tercera', kind: 'daily', needs: 'cue', renderings: ['The Third'], wordForWord: false, note: 'national daily of Chile'},
    {name: 'El Comercio', kind: 'daily', needs: 'cue', renderings: ['The Commerce', 'The Trade'], wordForWord: false, note: 'national daily of Peru (also of Ecuador)'},
    {name: 'Últimas Noticias', kind: 'daily', needs: 'cue', renderings: ['Latest News', 'Last News'], wordForWord: false, note: 'daily of Caracas (also of Montevideo)'},
    {name: 'Televisión Española', kind: 'broadcaster', needs: 'context', renderings: ['Spanish Television', 'Spanish TV'], wordForWord: false, note: 'national public broadcaster of Spain (`TVE`)'},
    {name: 'Telediario', kind: 'programme', renderings: ['Teledaily', 'Telediary', 'TV Daily'], wordForWord: false, note: 'news bulletin of TVE'},
    {name: 'Al Rojo Vivo', kind: 'programme', renderings: ['Red Hot', 'In the Red Alive', 'Live Red'], needs: 'context', wordForWord: false, note: 'political talk show of laSexta'},
    {name: 'El Hormiguero', kind: 'programme', renderings: ['The Anthill', 'The Ant Hill'], needs: 'context', wordForWord: false, note: 'talk show of Antena 3'},
    {name: 'Cadena SER', kind: 'broadcaster', renderings: ['SER Chain', 'SER Network', 'Chain SER', 'String SER'], wordForWord: false, note: 'national radio network of Spain'},
    {name: 'Onda Cero', kind: 'broadcaster', renderings: ['Zero Wave', 'Wave Zero'], wordForWord: false, note: 'national radio network of Spain'},
    {name: 'Antena 3', kind: 'broadcaster', renderings: ['Antenna 3', 'Antenna Three'], wordForWord: false, note: 'national television channel of Spain'},
    {name: 'laSexta', kind: 'broadcaster', needs: 'cue', renderings: ['the Sixth', 'The Sixth'], wordForWord: false, note: 'national television channel of Spain'},
    {name: 'Canal Sur', kind: 'broadcaster', renderings: ['South Channel', 'Channel South'], wordForWord: false, note: 'public broadcaster of Andalusia'},
    {name: 'Podemos', kind: 'party', needs: 'context', renderings: ['We Can'], wordForWord: false, note: 'left-wing party of Spain'},
    {name: 'Unidas Podemos', kind: 'party', renderings: ['United We Can', 'United we can', 'Together We Can'], wordForWord: false, note: 'left-wing alliance of Spain, 2019–2023'},
    {name: 'Sumar', kind: 'party', needs: 'cue', renderings: ['Add', 'Adding', 'Add Up'], wordForWord: false, note: 'left-wing alliance of Spain led by Yolanda Díaz'},
    {name: 'Ciudadanos', kind: 'party', needs: 'cue', renderings: ['Citizens'], wordForWord: false, note: 'liberal party of Spain (`Cs`)'},
    {name: 'Frente de Todos', kind: 'party', renderings: ['Front of All', 'Front of Everyone', 'Everyone’s Front', 'Everybody’s Front', 'All Front'], wordForWord: false, note: 'Peronist coalition of Argentina, 2019–2023'},
    {name: 'Más Madrid', kind: 'party', needs: 'context', renderings: ['More Madrid'], wordForWord: false, note: 'left-wing party of Madrid'},
    {name: 'Nuevas Generaciones', kind: 'party', needs: 'context', note: 'youth wing of the Partido Popular'},
    {name: 'Audiencia Nacional', kind: 'institution', english: 'the National Court', renderings: ['National Audience', 'National Hearing'], wordForWord: false, note: 'national criminal court of Spain'},
    {name: 'Mesa del Congreso', kind: 'institution', english: 'the Congress’s governing board', renderings: ['Table of Congress', 'Congress Table', 'Table of the Congress', 'Bureau of Congress'], wordForWord: false, note: 'governing board of the Spanish lower house'},
    {name: 'Defensor del Pueblo', kind: 'institution', english: 'the Ombudsman', renderings: ['Defender of the People', 'People’s Defender', 'People’s Defender’s Office'], wordForWord: false, note: 'national ombudsman of Spain'},
    {name: 'Casa Real', kind: 'institution', english: 'the royal household', renderings: ['Royal House', 'The Royal House'], needs: 'context', wordForWord: false, note: 'household of the King of Spain'},
    {name: 'Xunta de Galicia', kind: 'institution', english: 'the Galician regional government', renderings: ['Board of Galicia', 'Galicia Board'], wordForWord: false, note: 'regional government of Galicia'},
    {name: 'Junta de Castilla y León', kind: 'institution', english: 'the regional government of Castile and León', renderings: ['Board of Castilla y León', 'Board of Castile and León', 'Board of Castile and Leon'], wordForWord: false, note: 'regional government of Castile and León'},
    {name: 'Vuelta a España', kind: 'event', renderings: ['Tour of Spain', 'Round of Spain', 'Lap of Spain', 'Return to Spain'], wordForWord: false, note: 'cycling race of Spain'},
    {name: 'Copa del Rey', kind: 'event', needs: 'context', renderings: ['King’s Cup', 'Cup of the King', 'King Cup'], wordForWord: false, note: 'Spanish football cup'},
    {name: 'Junta de Andalucía', kind: 'institution', english: 'the Andalusian regional government', renderings: ['Board of Andalusia', 'Andalusia Board', 'Board of Andalucía'], wordForWord: false, note: 'regional government of Andalusia'}
  ]
}
