/**
 * Italian names that machine translation turns into English words: the
 * press, broadcasters and programmes, parties and institutions of Italy.
 * Entry syntax: see `entry.ts`.
 */
import type {NameTable} from './entry.js'

export const italian: NameTable = {
  words: {
    il: 'the', la: 'the', lo: 'the', 'l’': 'the', i: 'the', gli: 'the', le: 'the', della: 'of the', dello: 'of the', del: 'of the',
    di: 'of', e: 'and', repubblica: 'republic', stampa: ['press', 'print'], messaggero: 'messenger', giornale: ['newspaper', 'journal'],
    foglio: 'sheet', mattino: 'morning', nazione: 'nation', tempo: 'time', verità: 'truth', manifesto: 'manifesto', avvenire: 'future',
    secolo: 'century', resto: 'rest', gazzettino: 'little gazette', corriere: 'courier', sera: 'evening', sport: 'sport', gazzetta: 'gazette',
    oggi: 'today', porta: 'door', a: 'to', quarta: 'fourth', rete: 'network', canale: 'channel', forza: 'force',
    italia: 'italy', viva: 'alive', guardia: 'guard', finanza: 'finance', corte: 'court', conti: 'accounts'
  },
  names: [
    {name: 'Corriere della Sera', kind: 'daily', renderings: ['Evening Courier', 'The Evening Courier', 'Evening Post', 'Courier of the Evening'], note: 'national daily, Milan'},
    {name: 'La Repubblica', kind: 'daily', needs: 'context', note: 'national daily, Rome'},
    {name: 'La Stampa', kind: 'daily', needs: 'context', note: 'national daily, Turin'},
    {name: 'Il Sole 24 Ore', kind: 'daily', renderings: ['The Sun 24 Hours', 'Sun 24 Hours', 'The 24 Hour Sun', 'Il Sole 24 Hours'], wordForWord: false, note: 'national business daily, Milan'},
    {name: 'Il Messaggero', kind: 'daily', needs: 'context', note: 'daily of Rome'},
    {name: 'Il Giornale', kind: 'daily', needs: 'cue', note: 'national daily of the right, Milan'},
    {name: 'Il Fatto Quotidiano', kind: 'daily', renderings: ['The Daily Fact', 'Daily Fact', 'The Daily Done', 'The Fact Daily', 'The Everyday Fact'], wordForWord: false, note: 'national daily, Rome'},
    {name: 'Il Foglio', kind: 'daily', needs: 'context', note: 'national daily, Rome'},
    {name: 'La Gazzetta dello Sport', kind: 'daily', renderings: ['The Sports Gazette', 'Sports Gazette', 'The Gazette of Sport'], note: 'national sports daily, Milan'},
    {name: 'Corriere dello Sport', kind: 'daily', renderings: ['Sports Courier', 'The Sports Courier', 'Courier of Sport'], wordForWord: false, note: 'national sports daily, Rome'},
    {name: 'Il Mattino', kind: 'daily', needs: 'context', note: 'daily of Naples'},
    {name: 'Il Resto del Carlino', kind: 'daily', note: 'daily of Bologna'},
    {name: 'La Nazione', kind: 'daily', needs: 'cue', note: 'daily of Florence'},
    {name: 'Il Tempo', kind: 'daily', needs: 'context', note: 'daily of Rome'},
    {name: 'La Verità', kind: 'daily', needs: 'context', note: 'national daily, Milan'},
    {name: 'il manifesto', kind: 'daily', needs: 'context', note: 'communist national daily, Rome'},
    {name: 'Avvenire', kind: 'daily', needs: 'cue', note: 'Catholic national daily, Milan'},
    {name: 'Il Secolo XIX', kind: 'daily', renderings: ['The 19th Century', 'The Nineteenth Century', 'The XIX Century'], wordForWord: false, note: 'daily of Genoa'},
    {name: 'Il Gazzettino', kind: 'daily', needs: 'context', note: 'daily of Venice'},
    {name: 'L’Espresso', kind: 'weekly', needs: 'cue', renderings: ['The Express'], note: 'national news weekly, Rome'},
    {name: 'Porta a Porta', kind: 'programme', needs: 'context', renderings: ['Door to Door', 'Door To Door'], wordForWord: false, note: 'political talk show of Rai 1'},
    {name: 'Quarta Repubblica', kind: 'programme', needs: 'context', renderings: ['Fourth Republic'], wordForWord: false, note: 'political talk show of Rete 4'},
    {name: 'Rete 4', kind: 'broadcaster', renderings: ['Network 4', 'Network Four'], wordForWord: false, note: 'Mediaset television channel'},
    {name: 'Forza Italia', kind: 'party', renderings: ['Forward Italy', 'Strength Italy', 'Force Italy', 'Italy Forward'], note: 'centre-right party founded by Silvio Berlusconi'},
    {name: 'Forza Italia', kind: 'party', renderings: ['Come on Italy', 'Come On Italy'], wordForWord: false, note: 'centre-right party founded by Silvio Berlusconi, named after a football chant'},
    {name: 'Forza Italia', kind: 'party', needs: 'context', renderings: ['Go Italy'], wordForWord: false, note: 'centre-right party founded by Silvio Berlusconi, named after a football chant'},
    {name: 'Italia Viva', kind: 'party', renderings: ['Living Italy', 'Italy Alive', 'Alive Italy', 'Italy Lives'], wordForWord: false, note: 'centrist party of Matteo Renzi'},
    {name: 'Guardia di Finanza', kind: 'institution', english: 'the financial police', renderings: ['Finance Guard', 'Guard of Finance', 'Financial Guard', 'Guardia di Finance'], wordForWord: false, note: 'Italian police force for financial crime'},
    {name: 'Corte dei conti', kind: 'institution', english: 'the Court of Auditors', renderings: ['Court of Accounts', 'Accounts Court'], wordForWord: false, note: 'national audit court of Italy'}
  ]
}
