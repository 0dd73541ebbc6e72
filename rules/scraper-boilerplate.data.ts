import type {PatternEntry} from '../src/engine/pattern-set.js'

/** A pattern that must fill a whole line, surrounding spaces and tabs aside (the rule trims them from the span). */
function line(body: string): string {
  return '^[ \\t]*(?:' + body + ')[ \\t]*$'
}

const furniture = 'Page furniture from the site the article was scraped from (links, video players, sharing and subscription widgets), not part of the article'
const remove = () => []

/** Page furniture that scrapers leave in article text; matched case-insensitively, one whole line at a time. */
export const scraperBoilerplatePatterns: readonly PatternEntry[] = [
  {
    pattern: line('(?:to )?see (?:in|the) video|to watch in video|watch the video|video:?'),
    what: 'video player caption',
    note: furniture + '; `To see in video` is a machine translation of the French `À voir en vidéo`',
    expected: remove
  },
  {
    pattern: line('(?:to )?read (?:also|more)|also read|(?:à )?lire aussi|voir aussi|lire la suite(?: de l[’\\u0027]article)?|read the (?:rest|continuation) of (?:the|this) article|related articles?|most read'),
    what: 'related-article link',
    note: furniture + '; `Read also` is a machine translation of the French `Lire aussi`',
    expected: remove
  },
  {
    pattern: line('(?:(?:to )?read (?:also|more)|also read|(?:à )?lire aussi|voir aussi)[ \\t]*[:\\-–—][^\\r\\n]*'),
    what: 'related-article link',
    note: furniture + '; the line links to another article',
    expected: remove
  },
  {
    pattern: line('source:? ?site-?\\d+|source:? \\S+\\.(?:com|fr|net|org)|site-\\d+'),
    what: 'scraper source tag',
    note: 'A tag that the scraping or aggregation tool added to the text; it is not part of the article',
    expected: remove
  },
  {
    pattern: line(
      '(?:subscribe|sign up) (?:to|for) (?:our|the) newsletters?|subscribe now|(?:this|the rest of this) article is reserved for (?:our )?subscribers|already a subscriber\\?.*|(?:you have )?\\d+% of this article (?:left )?to read.*|follow us on (?:twitter|facebook|instagram|x|linkedin|telegram)(?: and (?:twitter|facebook|instagram|x|linkedin|telegram))?|share (?:this|the) article|(?:click|tap) here to .*|advertisement|continue reading (?:below|after the ad)|(?:© )?afp photo.*|(?:© )?\\(?afp\\)?(?: \\d{4})?'
    ),
    what: 'site widget text',
    note: furniture,
    expected: remove
  }
]
