import {furniture, type Lexicon} from '../entry.js'

/** Italian sites’ furniture, in Italian and as machine translation renders it. */
export const it: Lexicon = [
  {
    place: 'line',
    pattern: String.raw`leggi anche\s*:?.*|condividi(?: su)?\s*:?|iscriviti al canale whatsapp.*|subscribe to the .{1,40} whatsapp channel|(?:ultime notizie|articoli correlati)|inserisci il tuo commento!?`,
    what: 'site widget text',
    note: furniture + '; Italian sites print it (`Leggi anche`, `Condividi`, `Iscriviti al canale WhatsApp di …`)',
    example: 'The talks go on.\n\nSubscribe to the CityToday WhatsApp channel',
    found: 'Subscribe to the CityToday WhatsApp channel'
  },
  {
    place: 'end',
    // `(MESP)`, `(ANSA)`: the initials of the writer or the agency, after the article’s last sentence.
    pattern: String.raw`(?<=[.!?”"]\s?)\(\p{Lu}{2,5}\)`,
    cased: true,
    what: 'byline',
    note: furniture + '; Italian and Spanish papers sign an article with its writer’s or agency’s initials in brackets after its last sentence',
    example: 'The council meets again in May. (ABCD)\n\nThe vote is on Sunday.',
    found: '(ABCD)'
  }
]
