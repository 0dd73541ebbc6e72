/**
 * Portuguese names that machine translation turns into English words: the
 * press, broadcasters, programmes and parties of Brazil and Portugal, and
 * places. Entry syntax: see `entry.ts`.
 */
import type {NameTable} from './entry.js'

export const portuguese: NameTable = {
  words: {o: 'the', a: 'the', os: 'the', as: 'the', de: 'of', do: 'of the', da: 'of the', dos: 'of the', globo: 'globe',
    estado: 'state', correio: 'mail', manhã: 'morning', valor: 'value', econômico: 'economic', jornal: 'newspaper',
    nacional: 'national', notícias: 'news', diário: 'daily', público: 'public', observador: 'observer', expresso: 'express',
    roda: 'wheel', viva: 'live', foco: 'focus', em: 'in', rede: 'network', poder: 'power', arena: 'arena', baixada: 'lowland'},
  names: [
    {name: 'O Globo', kind: 'daily', needs: 'cue', note: 'national daily of Brazil, Rio de Janeiro (also the Globe titles in English)'},
    {name: 'Folha de S.Paulo', kind: 'daily', renderings: ['Sheet of São Paulo', 'São Paulo Sheet', 'Sao Paulo Sheet', 'Sheet of Sao Paulo', 'Sheet of S.Paulo', 'Leaf of São Paulo'], wordForWord: false, note: 'national daily of Brazil, São Paulo'},
    {name: 'O Estado de S. Paulo', kind: 'daily', needs: 'context', renderings: ['The State of São Paulo', 'The State of Sao Paulo', 'State of São Paulo newspaper'], wordForWord: false, note: 'national daily of Brazil, São Paulo (`Estadão`)'},
    {name: 'Correio Braziliense', kind: 'daily', renderings: ['Brazilian Mail', 'Braziliense Mail', 'Brasilia Mail'], wordForWord: false, note: 'daily of Brasília'},
    {name: 'Valor Econômico', kind: 'daily', renderings: ['Economic Value', 'Economic Valor'], wordForWord: false, note: 'business daily of Brazil'},
    {name: 'Poder360', kind: 'site', renderings: ['Power360', 'Power 360', 'Power to 360', 'To the Power 360'], wordForWord: false, note: 'political news site, Brasília'},
    {name: 'Jornal Nacional', kind: 'programme', needs: 'context', renderings: ['National Newspaper', 'National News', 'National Journal'], wordForWord: false, note: 'evening news of TV Globo'},
    {name: 'Roda Viva', kind: 'programme', renderings: ['Wheel of Life', 'Living Wheel', 'Live Wheel', 'Alive Wheel'], wordForWord: false, note: 'interview programme of TV Cultura'},
    {name: 'Em Foco', kind: 'programme', needs: 'context', renderings: ['In Focus'], wordForWord: false, note: 'interview programme of GloboNews'},
    {name: 'TV Globo', kind: 'broadcaster', renderings: ['Globe TV', 'TV Globe', 'Globe Network', 'Globe Television'], wordForWord: false, note: 'national television network of Brazil (`Rede Globo`)'},
    {name: 'Zero Hora', kind: 'daily', needs: 'context', renderings: ['Zero Hour'], wordForWord: false, note: 'daily of Porto Alegre'},
    {name: 'O Dia', kind: 'daily', needs: 'cue', renderings: ['The Day'], wordForWord: false, note: 'popular daily of Rio de Janeiro'},
    {name: 'Gazeta do Povo', kind: 'daily', renderings: ['People’s Gazette', 'Gazette of the People', 'People Gazette', 'The People’s Gazette'], wordForWord: false, note: 'daily of Curitiba'},
    {name: 'Estado de Minas', kind: 'daily', needs: 'context', renderings: ['State of Minas'], wordForWord: false, note: 'daily of Belo Horizonte'},
    {name: 'Jornal do Brasil', kind: 'daily', renderings: ['Brazil Newspaper', 'Journal of Brazil', 'Newspaper of Brazil', 'Brazil Journal'], wordForWord: false, note: 'daily of Rio de Janeiro'},
    {name: 'O Tempo', kind: 'daily', needs: 'context', renderings: ['The Time', 'The Weather'], wordForWord: false, note: 'daily of Belo Horizonte'},
    {name: 'Diário do Nordeste', kind: 'daily', renderings: ['Northeast Daily', 'Daily of the Northeast', 'Northeast Diary'], wordForWord: false, note: 'daily of Fortaleza'},
    {name: 'A Tarde', kind: 'daily', needs: 'context', renderings: ['The Afternoon'], wordForWord: false, note: 'daily of Salvador'},
    {name: 'CartaCapital', kind: 'weekly', renderings: ['Capital Letter', 'Letter Capital'], wordForWord: false, note: 'left-leaning news weekly'},
    {name: 'Veja', kind: 'weekly', needs: 'cue', renderings: ['See', 'Look'], wordForWord: false, note: 'national news weekly of Brazil'},
    {name: 'IstoÉ', kind: 'weekly', needs: 'cue', renderings: ['This Is', 'That Is'], wordForWord: false, note: 'national news weekly of Brazil'},
    {name: 'Exame', kind: 'weekly', needs: 'cue', renderings: ['Exam', 'Examination'], wordForWord: false, note: 'business magazine of Brazil'},
    {name: 'GloboNews', kind: 'broadcaster', renderings: ['Globe News', 'GloboNews channel'], wordForWord: false, note: 'news channel of Grupo Globo'},
    {name: 'TV Cultura', kind: 'broadcaster', renderings: ['Culture TV', 'TV Culture'], wordForWord: false, note: 'public television of São Paulo'},
    {name: 'Bom Dia Brasil', kind: 'programme', renderings: ['Good Morning Brazil', 'Good Day Brazil'], wordForWord: false, note: 'morning news of TV Globo'},
    {name: 'Fantástico', kind: 'programme', needs: 'cue', renderings: ['Fantastic'], wordForWord: false, note: 'Sunday news magazine of TV Globo'},
    {name: 'Jornal de Negócios', kind: 'daily', renderings: ['Business Newspaper', 'Business Journal', 'Newspaper of Business'], wordForWord: false, note: 'business daily of Portugal'},
    {name: 'A Bola', kind: 'daily', needs: 'context', renderings: ['The Ball'], wordForWord: false, note: 'sports daily of Portugal'},
    {name: 'O Jogo', kind: 'daily', needs: 'context', renderings: ['The Game'], wordForWord: false, note: 'sports daily of Porto'},
    {name: 'Público', kind: 'daily', needs: 'cue', renderings: ['Public', 'The Public'], wordForWord: false, note: 'national daily of Portugal, Lisbon'},
    {name: 'Expresso', kind: 'weekly', needs: 'cue', renderings: ['Express', 'The Express'], wordForWord: false, note: 'national weekly of Portugal, Lisbon'},
    {name: 'Diário de Notícias', kind: 'daily', needs: 'cue', renderings: ['Daily News', 'Daily of News', 'News Daily'], wordForWord: false, note: 'national daily of Portugal, Lisbon'},
    {name: 'Jornal de Notícias', kind: 'daily', renderings: ['News Journal', 'Newspaper of News', 'News Newspaper'], wordForWord: false, note: 'daily of Porto'},
    {name: 'Correio da Manhã', kind: 'daily', needs: 'context', renderings: ['Morning Mail', 'Morning Post', 'Mail of the Morning'], wordForWord: false, note: 'tabloid daily of Portugal, Lisbon'},
    {name: 'Observador', kind: 'site', needs: 'cue', renderings: ['Observer', 'The Observer'], wordForWord: false, note: 'news site of Portugal'},
    {name: 'Republicanos', kind: 'party', needs: 'context', renderings: ['Republicans'], wordForWord: false, note: 'conservative party of Brazil'},
    {name: 'Chega', kind: 'party', needs: 'cue', renderings: ['Enough'], wordForWord: false, note: 'far-right party of Portugal'},
    {name: 'Progressistas', kind: 'party', needs: 'context', renderings: ['Progressives'], wordForWord: false, note: 'centre-right party of Brazil (`PP`)'},
    {name: 'Solidariedade', kind: 'party', needs: 'cue', renderings: ['Solidarity'], wordForWord: false, note: 'party of Brazil'},
    {name: 'Cidadania', kind: 'party', needs: 'cue', renderings: ['Citizenship'], wordForWord: false, note: 'party of Brazil'},
    {name: 'Livre', kind: 'party', needs: 'cue', renderings: ['Free'], wordForWord: false, note: 'left-wing party of Portugal'},
    {name: 'Palácio do Planalto', kind: 'place', english: 'the presidential palace', renderings: ['Plateau Palace', 'Palace of the Plateau'], wordForWord: false, note: 'seat of the Brazilian presidency'},
    {name: 'Copa do Brasil', kind: 'event', needs: 'context', renderings: ['Brazil Cup', 'Cup of Brazil'], wordForWord: false, note: 'Brazilian football cup'},
    {name: 'Arena da Baixada', kind: 'place', renderings: ['Arena of the Lowland', 'Lowland Arena', 'Arena da Low', 'Arena of the Low'], wordForWord: false, note: 'stadium of Athletico Paranaense, Curitiba'}
  ]
}
