/**
 * Press periphrasis of Italian copy: ministries and offices named by their
 * palaces, parties by their nicknames, mayors as first citizens. Entry
 * syntax: see `../entry.ts`.
 */
import type {CalqueEntry} from '../entry.js'

/** Italian parties, as copy names them beside `the dems` (the PD). */
const ITALIAN_PARTIES = 'M5S|5-Star|Five-Star|League|Lega|FdI|Brothers|Forza|Azione|Action|Iv|IV|AVS|Avs|Calenda|Renzi|Conte|Meloni|Salvini|grillini|pentastellati'

/** PD leaders, as copy names them after `the dems of`. */
const PD_LEADERS = 'Schlein|Elly|Letta|Enrico|Zingaretti|Bonaccini|Renzi|Gualtieri|Bersani|Veltroni'

/** Palaces and seats Italian copy names instead of the institution, with the English name. */
const seats: ReadonlyArray<[seat: string, institution: string, holder: string, source: string]> = [
  ['Farnesina', 'the Italian foreign ministry', 'Italian foreign minister', 'la Farnesina'],
  ['Viminale', 'the Italian interior ministry', 'Italian interior minister', 'il Viminale'],
  ['Via XX Settembre', 'the Italian finance ministry', 'Italian finance minister', 'via XX Settembre'],
  ['Colle', 'the Italian president', 'Italian president', 'il Colle'],
  ['Consulta', 'the Constitutional Court', 'president of the Constitutional Court', 'la Consulta'],
  ['Nazareno', 'the Democratic Party’s headquarters', 'Democratic Party leader', 'il Nazareno'],
  ['Pirellone', 'the Lombardy regional council', 'president of Lombardy', 'il Pirellone'],
  ['Campidoglio|Capitoline', 'Rome city hall', 'mayor of Rome', 'il Campidoglio']
]

/** Seats that are reported without their article too: names no English place or street shares. */
const WITHOUT_ARTICLE = new Set(['Farnesina', 'Viminale', 'Nazareno', 'Pirellone'])

export const italian: readonly CalqueEntry[] = [
  ...seats.flatMap(([seat, institution, holder, source]): CalqueEntry[] => [
    {
      phrases: ['holder|head|tenant|master of the ' + seat, 'new|former tenant|holder of the ' + seat, 'the ' + seat + ' holder|tenant'],
      source: 'il titolare del' + source.replace(/^(il|la|via) /, ' '),
      expected: [holder],
      confidence: 'high',
      note: 'Italian copy names an office by its seat (`il titolare della Farnesina`, the holder of the Farnesina); English names the office: the ' + holder,
      invalid: 'The holder of the ' + seat.split('|')[0] + ' spoke on Monday.',
      valid: 'The ' + holder + ' spoke on Monday.'
    },
    {
      phrases: [
        'in|to|from|at|of|by|for|on [the ' + seat + '] !holder|tenant',
        '[the ' + seat + '] said|says|announced|confirmed|indicated|denied|insists|wants|replied|summoned|,',
        // MT also drops the article (`al Nazareno` → `in Nazareno`); only for seats that are no ordinary place name
        ...(WITHOUT_ARTICLE.has(seat) ? ['in|to|from|at [' + seat + '] !holder|tenant|palace|Palace|street|Street'] : [])
      ],
      source: source,
      expected: [institution],
      confidence: seat.startsWith('Colle') || seat.startsWith('Campidoglio') ? 'high' : 'low',
      note: 'Italian copy names the institution by its seat (`' + source + '`); English names the institution: ' + institution,
      invalid: 'The decision came from the ' + seat.split('|')[0] + ' on Monday.',
      valid: 'The decision came from ' + institution + ' on Monday.'
    }
  ]),
  {
    // MT renders `Campidoglio` (Rome’s city hall) as `the capital`: no English tenant holds a capital
    phrases: ['new|former|next|future [tenant|tenants of the capital]', '[the tenant of the capital] ,|.|has|is|was|will|said|says|met'],
    source: 'il nuovo inquilino del Campidoglio',
    expected: ['mayor of Rome'],
    confidence: 'high',
    note: 'Italian copy calls the mayor of Rome `l’inquilino del Campidoglio` (the tenant of the Capitol), which MT renders as the capital; English says `the mayor of Rome`',
    invalid: 'The name of the new tenant of the capital will be known on Monday.',
    valid: 'The name of the new mayor of Rome will be known on Monday; tenants in the capital pay more.'
  },
  {
    phrases: ['[the Carroccio] !is|was', 'of|from|by|for|with|in|to [Carroccio] !leader|leaders|secretary|party|deputies|senators|voters|ministers|wagon|wagons', '[Carroccio] leader|leaders|secretary|party|deputies|senators|voters|ministers'],
    source: 'il Carroccio',
    expected: ['the League'],
    confidence: 'high',
    note: 'Italian copy calls the League (Lega) `il Carroccio`, after its symbol; English says `the League`',
    invalid: 'The secretary of the Carroccio met his ministers.',
    valid: 'The League’s secretary met his ministers; a carroccio was a medieval war wagon.'
  },
  {
    phrases: ['the first citizen of (Rome|Milan|Naples|Turin|Palermo|Genoa|Bologna|Florence|Bari|Venice|Verona|Catania|Messina|Padua|Trieste|Brescia|Parma|Modena|Cagliari|Perugia|Pescara|Lecce|Bergamo)', 'first citizen of (Rome|Milan|Naples|Turin|Palermo|Genoa|Bologna|Florence|Bari|Venice|Verona)'],
    source: 'il primo cittadino',
    expected: ['the mayor of $1'],
    confidence: 'high',
    note: 'Italian `il primo cittadino` (the first citizen) of a town is its mayor; English says `the mayor`',
    invalid: 'The first citizen of Naples inaugurated the new metro station.',
    valid: 'The mayor of Naples inaugurated the new metro station with its first citizens.'
  },
  {
    phrases: ['[the yellow-reds|yellow-red|giallorossi] !shirts|kit|jersey|flag', '[the yellow-greens|yellow-green|gialloverdi] (government|coalition|majority|alliance|executive)', '[the yellow-greens]'],
    source: 'i giallorossi, il governo gialloverde',
    advice: 'name the parties or the club (`the M5S–PD coalition`, `Roma`)',
    confidence: 'low',
    note: 'Italian copy names coalitions and clubs by colours (`giallorossi`: the M5S–PD coalition, or AS Roma; `gialloverde`: M5S–League); English names them',
    invalid: 'The yellow-greens lost their majority in the Senate.',
    valid: 'The M5S–League coalition lost its majority in the Senate under yellow and green banners.'
  },
  {
    // US copy writes `the Dems` and `the Dem senator` for the Democrats: the plural needs an Italian party or PD leader beside it, the singular a noun US copy does not put after it.
    phrases: [
      '[the dems] and|,|or|with|against (' + ITALIAN_PARTIES + ')',
      '[the dems] and|,|or|with|against the (' + ITALIAN_PARTIES + ')',
      '(' + ITALIAN_PARTIES + ') and|,|or|with|against [the dems]',
      '[the dems] of (' + PD_LEADERS + ')',
      '[the dems] led by (' + PD_LEADERS + ')',
      '[the dem] (secretary|group|councillor|councilor|councillors|councilors|deputy|exponent|exponents|list)'
    ],
    source: 'i dem',
    expected: ['the PD'],
    confidence: 'low',
    note: 'Italian copy calls members of the Partito Democratico `i dem`; English says `the PD` or `the Democratic Party`',
    invalid: 'The dem secretary rejected the offer.',
    valid: 'The Dems won the House and the Dem senator rejected the offer.'
  }
]
