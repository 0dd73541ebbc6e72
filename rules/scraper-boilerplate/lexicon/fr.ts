import {furniture, type Lexicon} from '../entry.js'

/** French sites’ furniture, in French and as machine translation renders it. */
export const fr: Lexicon = [
  {
    place: 'line',
    pattern: String.raw`(?:to )?see (?:in|the) video|to watch in video|watch the video|video:?|(?:à )?voir (?:aussi )?en vidéo|all the news in video`,
    what: 'video player caption',
    note: furniture + '; `To see in video` renders the French `À voir en vidéo`',
    example: 'The talks go on.\n\nTo see in video',
    found: 'To see in video'
  },
  {
    place: 'line',
    pattern: String.raw`(?:[•>»]+\s*)?(?:(?:à )?lire aussi|voir aussi|lire la suite(?: de l[’']article)?|à découvrir|to discover|see other content|read the (?:rest|continuation) of (?:the|this) article)\s*(?:[:\-–—]\s*.*)?|>>\s*read also`,
    what: 'related-article link',
    note: furniture + '; `Read also` renders the French `Lire aussi`',
    example: 'Prices rose.\n\nÀ lire aussi : la hausse des prix',
    found: 'À lire aussi : la hausse des prix'
  },
  {
    place: 'line',
    pattern: String.raw`(?:[•>»]\s*)?(?:[Tt]o )?(?:[Rr]ead|READ|[Ss]ee|SEE) ?(?:[Aa]lso|ALSO)\s*:?\s*(?:[-–—]\s*)?\p{Lu}.*[^.\s]`,
    cased: true,
    what: 'related-article link',
    note: furniture + '; a related article’s title after `Read also`, the French `Lire aussi`',
    example: 'Prices rose.\n\nRead alsoThe strike goes on in the ports',
    found: 'Read alsoThe strike goes on in the ports'
  },
  {
    place: 'line',
    pattern: String.raw`(?:article )?réservé aux abonnés|publié le .{1,40}|mis à jour le .{1,40}|temps de lecture\s*:?\s*\d+\s*min|partager(?: sur)?\s*:?|l[’']essentiel|the essential|article written by|(?:archive )?photo(?: d[’']archives?)?,\s*.{1,40}|(?:of|from|by) our (?:special )?(?:envoy|correspondent)s?(?: in [\p{L} -]+)?,?|[–—]\s[^–—]{1,80}\s[–—]`,
    what: 'site widget text',
    note: furniture + '; French sites print it (`Réservé aux abonnés`, `L’essentiel`, `Publié le`, `de notre envoyé spécial`)',
    example: 'The talks go on.\n\nThe essential',
    found: 'The essential'
  },
  {
    place: 'line',
    pattern: String.raw`(?:.{1,40}\s)?(?:sports? )?editorial(?: staff| team| office)?`,
    keywords: ['editorial'],
    what: 'byline',
    note: furniture + '; a desk’s signature (`France Télévisions – Rédaction Sport`)',
    example: 'City Radio – Sports Editorial\n\nThe talks go on.',
    found: 'City Radio – Sports Editorial'
  },
  {
    place: 'start',
    pattern: String.raw`(?:DECRYPTION|DECODING|ANALYSIS|TO ANALYSE|TO ANALYZE|INTERVIEW|STORY|REPORT|INVESTIGATION|EDITORIAL|OPINION|TESTIMONY|INFO|EXCLUSIVE|VIDEO|IN PICTURES|IN IMAGES|SEE ALSO|READ ALSO|TRUE OR FALSE|TRIBUNE|PORTRAIT|CHRONICLE|FOCUS|MAP|INFOGRAPHIC|POINT OF VIEW|DECRYPTAGE|ENQUÊTE|ENTRETIEN|RÉCIT|TÉMOIGNAGE|VRAI OU FAUX)(?:\s*[-–—.]|\s+(?=\p{Lu}))`,
    cased: true,
    what: 'rubric label',
    note: furniture + '; a French site’s rubric in capitals in front of the headline (`DÉCRYPTAGE –`, `VRAI OU FAUX.`)',
    example: 'ANALYSIS – The strike goes on in the ports',
    found: 'ANALYSIS –'
  },
  {
    place: 'start',
    pattern: String.raw`the essential(?= \p{Lu})`,
    cased: true,
    what: 'site widget text',
    note: furniture + '; `the essential` renders the French `L’essentiel`, a summary box’s label',
    example: 'the essential The strike goes on in the ports.',
    found: 'the essential'
  },
  {
    place: 'line',
    // `Au Stade de France,` `À Matignon,`: a venue or a city and its comma, the whole line.
    pattern: String.raw`(?:At|In|From) (?:the )?\p{Lu}[\p{L}’'. -]{1,40},`,
    cased: true,
    what: 'dateline',
    note: furniture + '; French sports and court reports open with the place on a line of its own (`Au Stade de France,`), which English copy leaves out or puts in the dateline',
    example: 'At the Velodrome,\n\nThe home side won in the last minute.',
    found: 'At the Velodrome,'
  },
  {
    place: 'inline',
    // `(lire ci-dessous)`, `(lire notre article)`, `(le classement ici)`, `(la vidéo ici)`: the text of a link.
    pattern: String.raw`\((?:to )?read (?:below|above|opposite|our (?:article|report|interview|portrait|analysis|file))\)|\((?:the|our|all the) [\p{L} -]{2,30} here\)`,
    what: 'related-article link',
    note: furniture + '; a cross-reference to a link of the page (`lire ci-dessous`, `le classement ici`) left in the text without the link',
    example: 'The two riders crashed (read below) and the race went on.',
    found: '(read below)'
  },
  {
    place: 'inline',
    // `avec notre partenaire SFR`: the sponsor of a poll or a live page.
    pattern: String.raw`with (?:our|its) (?:media )?partners? \p{Lu}[\p{L}\p{N}&-]*(?: \p{Lu}[\p{L}\p{N}&-]*)?`,
    cased: true,
    what: 'site widget text',
    note: furniture + '; a French channel’s sponsor line (`avec notre partenaire SFR`), copied with the poll it sponsors',
    example: 'The poll was made for City TV with our partner Telco.',
    found: 'with our partner Telco'
  },
  {
    place: 'start',
    // `De gauche à droite :` opening a photo caption, often with `photo` after it in the translation.
    pattern: String.raw`(?:(?:picture|photo|image),?\s+)?(?:from\s+)?left to right(?:\s+(?:picture|photo|image))?\s*:`,
    what: 'credit',
    note: furniture + '; a picture caption (`De gauche à droite :`) left in the text without its picture',
    example: 'The crew waved.\n\nLeft to right picture: the three pilots\n\nThey flew on.',
    found: 'Left to right picture:'
  }
]
