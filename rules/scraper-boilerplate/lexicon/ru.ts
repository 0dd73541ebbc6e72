import {furniture, type Lexicon} from '../entry.js'

/** Russian sites’ furniture, in Russian and as machine translation renders it. */
export const ru: Lexicon = [
  {
    place: 'line',
    pattern: String.raw`читайте (?:также|еще).*|источник:?\s.{1,40}|фото:?\s.{1,60}|(?:прямой эфир|live broadcast)|(?:похожие|другие) новости|ria novosti`,
    what: 'site widget text',
    note: furniture + '; Russian sites print it (`Читайте также`, `Источник`, `Прямой эфир`)',
    example: 'The talks go on.\n\nЧитайте также: переговоры продолжаются',
    found: 'Читайте также: переговоры продолжаются'
  },
  {
    place: 'start',
    pattern: String.raw`\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*,\s*\d{1,2}\s+\p{L}{3,9}\.?\s*[—–-]`,
    keywords: ['—', '–', '-'],
    cased: true,
    what: 'dateline',
    note: furniture + '; a news agency’s dateline (`МОСКВА, 26 фев — РИА Новости`) left in front of the first sentence',
    example: 'MOSCOW, 26 Feb — The talks go on.',
    found: 'MOSCOW, 26 Feb —'
  },
  {
    place: 'start',
    pattern: String.raw`\p{Lu}{3,}-NEWS(?= \p{Lu}\p{Ll})`,
    cased: true,
    what: 'dateline',
    note: furniture + '; an agency’s name left in front of the first sentence (`OREANDA-NEWS`)',
    example: 'INTERFAX-NEWS The talks go on.',
    found: 'INTERFAX-NEWS'
  },
  {
    // Two or three labels of one to three capitalised words, each closed by a colon, and nothing else on the line.
    place: 'line',
    pattern: String.raw`(?:\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,2}:\s*){2,3}`,
    keywords: [':'],
    cased: true,
    what: 'rubric label',
    note: furniture + '; the section and subsection a Russian site files the article under (`Бывший СССР: Средняя Азия:`), kept as a line of labels',
    example: 'Former USSR: Baltic States:\n\nThe talks go on.',
    found: 'Former USSR: Baltic States:'
  }
]
