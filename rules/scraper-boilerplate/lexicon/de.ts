import {furniture, type Lexicon} from '../entry.js'

/** German sites’ furniture, in German and as machine translation renders it. */
export const de: Lexicon = [
  {
    place: 'line',
    pattern: String.raw`(?:startseite|home ?page)(?:\s+[\p{L}-]+){1,2}|(?:von|from):\s*\p{L}[\p{L}.'’ -]{1,40}|(?:stand|as of):\s*.{0,40}\d.{0,30}|teilen|split|lesen sie (?:auch|mehr).*|mehr zum thema.*|(?:read|see|show) the video transcript(?: here)?|(?:show|hide) (?:description|transcript|caption)|(?:all|the latest) (?:developments|news|information) .{1,60} in the live ticker:?|live ?ticker.{0,40}|\|?\s*lesezeit:?.{0,20}`,
    what: 'site widget text',
    note: furniture + '; German sites print it (`Startseite`, `Von:`, `Stand:`, `Teilen`, `Folgen`), machine-translated as `Home page`, `From:`, `As of:`, `Split`, `Follow I follow`',
    example: 'From: Anna Schmidt\n\nThe talks go on.',
    found: 'From: Anna Schmidt'
  },
  {
    place: 'line',
    pattern: String.raw`(?:•\s*)?(?:folgen\s*)?(?:follow\s*)?(?:ich folge|i follow)|(?:(?:political|economic|economics|business|foreign|sports|parliamentary|legal|senior|chief|responsible|deputy)\s+)*(?:correspondent|editor|reporter)(?:\s+(?:of|for|at|in)\s+[^.]{1,70})?\.?|head of (?:the )?[^.]{1,50}(?:office|desk|department|section|editorial team|team)(?:\s+in\s+[\p{L} ]+)?\.?`,
    what: 'author box',
    note: furniture + '; the author box of the page (`Politischer Korrespondent in Berlin`, its `Folgen` button, machine-translated `Follow I follow`)',
    example: 'Political correspondent in Berlin.\n\nThe talks go on.',
    found: 'Political correspondent in Berlin.'
  },
  {
    place: 'end',
    pattern: String.raw`\(\s*(?:bild|foto|photo|image):\s*[^()]{1,60}\)|(?<=[.!?]\s?)(?:bild|foto):\s*[^.]{1,60}`,
    what: 'credit',
    note: furniture + '; a German caption’s credit (`Foto: …/dpa`, `(Bild: APA)`)',
    example: 'The minister at the summit. (Bild: APA/Jane Doe)',
    found: '(Bild: APA/Jane Doe)'
  }
]
