import {agency, date, furniture, month, name, time, type Lexicon} from '../entry.js'

/**
 * Furniture that sites print in English, whatever the article’s source
 * language: content-management widgets (comment forms, related posts,
 * navigation), paywall and cookie notices, bylines, time stamps, credits.
 */
export const en: Lexicon = [
  {
    place: 'line',
    pattern: String.raw`leave a (?:reply|comment)(?: cancel reply)?|(?:your )?e-?mail address will not be published\.?(?: required fields are marked \*)?|required fields are marked \*|please enter your (?:comment|name|e-?mail)(?: address)?(?: here)?!?|this site uses akismet to reduce spam\..*|notify of|%d bloggers like this:?|would love your thoughts, please comment\.?x?|\d+ \d+ votes?|article rating|(?:post|add|write) a comment|be the first to comment.*|login to comment|what (?:are you thinking|do you think)\??|comments? \(\d+\)`,
    what: 'comment form',
    note: furniture + ': the comment form of the page (a WordPress theme’s, most often)',
    example: 'The vote is on Sunday.\n\nLeave a Reply',
    found: 'Leave a Reply'
  },
  {
    place: 'line',
    pattern: String.raw`related (?:(?:posts?|stories|articles?|news|videos?|content|materials|topics|reading))\s*:?|you (?:may|might) also (?:like|be interested(?: in)?(?: (?:the )?news)?)\s*:?|(?:it )?may (?:also )?(?:be (?:very )?interesting to you|interest you)\s*:?|(?:most|more) (?:viewed|read|popular|shared|commented)|popular(?: (?:posts|news|articles))?|more from (?:the )?author|random posts?|trending(?: (?:news|now|posts|stories))?|latest(?: (?:news|posts|articles|stories))?(?:\s+[-–]\s*#?.{1,40}|\s*:\s*#?.{1,40})?|recommended(?: for you)?|more news(?: on (?:the )?(?:web)?site)?|articles on the same (?:topic|subject)|in the same (?:section|category)|blog post|see (?:all|more)|more stories`,
    what: 'related-article widget',
    note: furniture + ': a widget that links to other articles',
    example: 'The vote is on Sunday.\n\nRelated Stories',
    found: 'Related Stories'
  },
  {
    place: 'line',
    pattern: String.raw`(?:[•>»*]+\s*)?(?:(?:to )?read (?:also|more)|also read)\s*(?:[:\-–—]\s*.*)?|read more\s*\S+|read more(?:\s*show less)?|continue reading(?:\.\.\.|…)?|(?:read|see) the (?:full|whole|rest of the) (?:story|article)|read on the (?:web)?site|(?:previous|next) (?:article|post|story)\s*:?.*|source link|reuse this content`,
    what: 'related-article link',
    note: furniture + ': the line links to another article, or to the rest of this one',
    example: 'Prices rose.\n\nRead also: Inflation hits a 30-year high',
    found: 'Read also: Inflation hits a 30-year high'
  },
  {
    place: 'line',
    pattern: String.raw`\[ad_\d\]|advertisement|sponsored(?: content)?|back to top(?: button)?|(?:scroll|go) to top.*|exit mobile version|skip to (?:main )?content|loading ?(?:\.\.\.|…)|\{\{.{1,40}\}\}|do not show again ×?|(?:download|get) (?:our|the) app|×|ok|close|accept all|\d{4}-\d{2}-\d{2} \d{2}_\d{2}_\d{2}-.{1,80}`,
    what: 'page navigation',
    note: furniture + ': navigation, an advertisement slot or a template placeholder of the page',
    example: 'The vote is on Sunday.\n\nBack to top button',
    found: 'Back to top button'
  },
  {
    place: 'line',
    pattern: String.raw`.{0,60}(?:-->|–>)`,
    keywords: ['->', '–>'],
    what: 'page navigation',
    note: furniture + ': the end of a template’s comment, left in the text',
    example: 'The vote is on Sunday.\n\narticle:body) -->',
    found: 'article:body) -->'
  },
  {
    place: 'line',
    pattern: String.raw`share(?: (?:this|the) (?:article|post|story|page))?(?: on)?\s*:?|(?:facebook|twitter|google\+|reddit|linkedin|whatsapp|telegram|pinterest|e-?mail|vk|tumblr|x)(?:[\s,|•·]+(?:facebook|twitter|google\+|reddit|linkedin|whatsapp|telegram|pinterest|e-?mail|vk|tumblr|x)){1,}|view this post on (?:instagram|twitter|facebook|x)|a post shared by .{1,60}|follow us on .{1,60}|print(?: this (?:article|page))?`,
    what: 'sharing widget',
    note: furniture + ': the page’s sharing and following buttons',
    example: 'The vote is on Sunday.\n\nFacebook Twitter WhatsApp',
    found: 'Facebook Twitter WhatsApp'
  },
  {
    place: 'line',
    pattern: String.raw`(?:\+\+\+\s*[^+\n]{0,60}:\s*)?subscribe (?:to|for) (?:our|the) (?:[^.\n]{1,60}? )?(?:newsletters?|channel|feed)(?:,\s*[^.\n]{1,40})?!?(?:\s*\+\+\+)?|(?:subscribe|sign up)(?: now| here| today)?!?|subscribe to the news feed|(?:newsletter|free newsletter)(?: subscription)?|(?:sign up|register) for (?:our|the) .{0,30}newsletters?.*|receive .{0,60}newsletters?\.?|get the (?:most important|latest|best|essential) news .{1,40}|\*?\s*you will receive the latest news.*`,
    what: 'subscription prompt',
    note: furniture + ': a prompt to subscribe to the site’s newsletter or channel',
    example: 'The vote is on Sunday.\n\nSubscribe to our newsletter',
    found: 'Subscribe to our newsletter'
  },
  {
    place: 'line',
    pattern: String.raw`(?:this |the )?(?:article|content|story) (?:is )?(?:reserved )?for (?:our )?subscribers(?: only)?\.?.*|already (?:a )?subscri(?:ber|bed)\??|(?:keep|continue) reading .{0,60}(?:€|\$|£).*|(?:you have )?\d+\s?% (?:of this article )?(?:left )?to (?:read|discover).*|the (?:contribution|comment|discussion) (?:area|space) is reserved for (?:our )?subscribers\.?|the space for (?:contributions|comments) is reserved for (?:our )?subscribers\.?|subscribe to (?:access|read|unlock|continue) .*|session limit reached|you have exceeded the session limit|continue browsing|try again|(?:•\s*)?you can only start \w+ sessions at a time\..*|(?:•\s*)?access to premium content is .*`,
    what: 'paywall notice',
    note: furniture + ': the paywall of the page, not the article',
    example: 'The vote is on Sunday.\n\nThis article is for subscribers only. You have 62% left to read.',
    found: 'This article is for subscribers only. You have 62% left to read.'
  },
  {
    place: 'line',
    pattern: String.raw`.{0,120}\buses? cookies\b.{0,300}|.{0,120}\bcookie (?:management |privacy )?(?:policy|settings|preferences)\b.{0,120}|access to this content has been blocked .{0,80}consent\.?`,
    keywords: ['cookie', 'consent'],
    what: 'cookie notice',
    note: furniture + ': the page’s cookie-consent banner',
    example: 'The vote is on Sunday.\n\nThis website uses cookies to improve your experience.',
    found: 'This website uses cookies to improve your experience.'
  },
  {
    place: 'line',
    pattern: String.raw`(?:posted|written|edited|published|text|article written|reported|photos?) by\s*:?(?:\s*${name})?(?:\s+(?:follow|${date}.*))?|by\s+${name}(?<![.,;])|author\s*:\s*${name}`,
    what: 'byline',
    note: furniture + ': the byline of the page, not a sentence of the article',
    example: 'By Jane Doe\n\nThe vote is on Sunday.',
    found: 'By Jane Doe'
  },
  {
    place: 'line',
    pattern: String.raw`.{1,60}, edited by .{1,80}`,
    keywords: ['edited by'],
    what: 'byline',
    note: furniture + ': the byline of a broadcaster’s page (the reporter, `edited by` the web editor, and the time)',
    example: 'Jane Doe, edited by John Roe 7:59 p.m., March 3, 2024\n\nThe vote is on Sunday.',
    found: 'Jane Doe, edited by John Roe 7:59 p.m., March 3, 2024'
  },
  {
    place: 'line',
    pattern: String.raw`(?:(?:#\s*)?(?:(?:published|posted|updated?|modified|last (?:updated|modified)|created|added|as of|date)(?: on| at)?\s*:?\s*)?(?:${date}|today|yesterday)(?:,?\s*(?:at\s+)?${time})?(?:\s*\|?\s*login)?|published|(?:published|posted|updated?|modified|last updated)(?: (?:on|at))?\s*:?(?:\s*(?:today|yesterday))?(?:\s*at)?\s*${time}|(?:today|yesterday),?\s*${time})\.?`,
    what: 'time stamp',
    note: furniture + ': the page’s publication or update time, not a sentence of the article',
    example: 'The vote is on Sunday.\n\nUpdated: March 3, 2024 10:15 a.m.',
    found: 'Updated: March 3, 2024 10:15 a.m.'
  },
  {
    place: 'line',
    pattern: String.raw`(?:\|\s*)?(?:(?:reading|read) time\s*:?\s*\d+\s*min(?:ute)?s?\.?|[·•]?\s*\d+\s*min(?:ute)?s?(?: read)?|\d[\d ,.]*\s*(?:views?|reads|visitors online|hits))`,
    what: 'reading time or view count',
    note: furniture + ': a counter of the page',
    example: 'The vote is on Sunday.\n\nReading time: 3 min',
    found: 'Reading time: 3 min'
  },
  {
    place: 'line',
    pattern: String.raw`source:? ?site(?:-\d+)?|source link|(?:source|sources)\s*:\s*(?:[\p{L}\p{N}￼.@/_-]+(?:\s[\p{L}\p{N}￼.@/_-]+){0,3})|(?:based on|according to) (?:the )?materials(?: of| from)?\s*:?\s*.{1,40}|original article published (?:on|in)\b.*|site-\d+|\*?\s*translated from \p{L}+ by .{1,60}|this (?:text|article) (?:is )?(?:also )?available in .{1,80}`,
    what: 'scraper source tag',
    note: furniture + ': a tag that the republishing site or its scraper added, naming where the text came from',
    example: 'The vote is on Sunday.\n\nSource: Daily Planet',
    found: 'Source: Daily Planet'
  },
  {
    place: 'line',
    pattern: String.raw`(?:(?:archive |file )?(?:photo|image|picture|illustration|video)s?(?: credits?)?|credits?|copyright)\s*[:,]\s*.{1,80}|\(?(?:photo )?credits?:?\s*.{1,60}\)|©(?!\s*\d{4}\b)\s*.{1,60}|news agency of \p{L}+|\p{L}+(?:\s\p{L}+)?\s*\(${agency}\)|${agency}\s*[-–/]\s*${name}|${agency}\s*·\s*${date}.*`,
    what: 'credit',
    note: furniture + ': a photo or agency credit, or an embedded post’s signature, not a sentence of the article',
    example: 'The vote is on Sunday.\n\nPhoto: Jane Doe/AFP',
    found: 'Photo: Jane Doe/AFP'
  },
  {
    place: 'line',
    pattern: String.raw`(?:[\p{L}.'’-]+\s){0,4}[\p{L}.'’-]+\s*[/-]\s*${agency}(?:\s*/\s*[\p{L} ]+)?(?:\s+via\s+${agency})?`,
    keywords: ['/', ' - ', ' – '],
    what: 'credit',
    note: furniture + ': a photographer’s and an agency’s names, not a sentence of the article',
    example: 'The vote is on Sunday.\n\nJane Doe / Reuters',
    found: 'Jane Doe / Reuters'
  },
  {
    place: 'line',
    pattern: String.raw`(?:.{1,60}\s)?(?:with|avec) ${agency}`,
    keywords: ['with ', 'avec '],
    what: 'credit',
    note: furniture + ': a desk’s signature with its agency (`The news desk with AFP`)',
    example: 'The vote is on Sunday.\n\nThe news desk with AFP',
    found: 'The news desk with AFP'
  },
  {
    place: 'line',
    pattern: String.raw`[–—-]\s*.{1,60}\(@\w+\)\s*${month}\s*\d{1,2},\s*\d{4}`,
    keywords: ['(@'],
    what: 'credit',
    note: furniture + ': the signature of an embedded post, left when the post itself was dropped',
    example: 'The vote is on Sunday.\n\n— Jane Doe (@janedoe) March 3, 2024',
    found: '— Jane Doe (@janedoe) March 3, 2024'
  },
  {
    place: 'end',
    pattern: String.raw`(?<=[.!?\p{L}]\s?)(?:[-–—|]\s*)?(?:\((?:archive |file )?(?:photo|image)\)\s*)?(?:(?:archive |file )?(?:photo|image|picture)(?: credits?)?|credits?)\s*:\s*[^.:]{1,60}|\((?:archive |file )?(?:photo|image)\)\s*©\s*[^.]{1,60}|(?<=[.!?]\s?)©\s*[^.]{1,50}|(?<=[.!?]\s?)[\p{Lu}][\p{Lu}\p{L} .'’-]{2,40}\s*/\s*${agency}(?:\s*/\s*[\p{L} ]+)?|(?<=[.\p{L}]\s)/\s*(?:${agency}|screenshot)|(?<=[.!?]\s)(?:archive|file) (?:photo|image)`,
    what: 'credit',
    note: furniture + ': a photo or agency credit at the end of a caption, not part of it',
    example: 'The minister at the summit. Photo: Jane Doe/AFP',
    found: 'Photo: Jane Doe/AFP'
  },
  {
    place: 'line',
    pattern: String.raw`(?:tags?|categor(?:y|ies|ized in)|filed under|posted in|region|theme|topics?|keywords?)\s*:\s*[^.!?]{0,120}|(?:general|world|breaking) news`,
    what: 'tag list',
    note: furniture + ': the page’s tags or category, not a sentence of the article',
    example: 'The vote is on Sunday.\n\nTags: elections, , ,',
    found: 'Tags: elections, , ,'
  },
  {
    place: 'line',
    pattern: String.raw`(?:[\p{L}][\p{L} '’-]{1,30}\s*\(\d+\)\s*){2,}`,
    keywords: ['('],
    what: 'tag list',
    note: furniture + ': a tag cloud, each tag with its count of articles',
    example: 'The vote is on Sunday.\n\nelections (1204) Lyon (87) strikes (311)',
    found: 'elections (1204) Lyon (87) strikes (311)'
  },
  {
    place: 'line',
    pattern: String.raw`home(?: ?page)?\s*[»>›|/].*|(?:>>|»)\s*|\+\+\+ .{1,120} \+\+\+|\d{5}(?:\s+\d{5}){3,}|if you (?:notice|find|see) an? (?:error|typo|mistake)\b.*|[a-z]{1,8}-\d+-[a-z]+(?:-[a-z]+)*`,
    what: 'page navigation',
    note: furniture + ': a breadcrumb trail, a separator, a site name or a ticker of the page',
    example: 'Home » World » Europe\n\nThe vote is on Sunday.',
    found: 'Home » World » Europe'
  },
  {
    place: 'line',
    pattern: String.raw`(?:[\p{L}\p{N}-]+\.)+(?:com|net|org|info|news|ru|ua|az|fr|de|es|it|pt|tr|nl|pl)`,
    keywords: ['.com', '.net', '.org', '.info', '.news', '.ru', '.ua', '.az', '.fr', '.de', '.es', '.it', '.pt', '.tr', '.nl', '.pl'],
    what: 'page navigation',
    note: furniture + ': the site’s name, a domain on a line of its own',
    example: 'The vote is on Sunday.\n\ndailyplanet.com',
    found: 'dailyplanet.com'
  },
  {
    place: 'start',
    pattern: String.raw`date \d{4}-\d{2}-\d{2}|[0-9a-f]{32}(?:\s*-)?|\d{1,2} of \d{1,2}(?= \p{L})|1(?:\s+\d{1,2}){2,}(?=\s|$)|>>(?=\s*\p{L})`,
    what: 'scraper tag',
    note: furniture + ': a tag that the scraper put in front of the text',
    example: 'date 2024-05-02 The vote is on Sunday.',
    found: 'date 2024-05-02'
  },
  {
    place: 'inline',
    pattern: String.raw`\((?:[^()\n]{1,60}[-–—,]\s*)?editor[’']?s note\)|\[\s*(?:\+\d+ chars|…)\s*\]\s*read more|\bpic\.twitter\.com/\w+|©\s?${agency}\b|\bphoto credits?\s*:\s*[^\n.]{1,100}|<\s*/?\s*(?:strong|em|b|i|u|span|div|br|h[1-6])\s*/?\s*>|yandex\.?\s?metrika counter`,
    what: 'editorial aside',
    note: furniture + ': a note or a truncation mark that the site or the feed added',
    example: 'He said they (the rebels, editor’s note) had left.',
    found: '(the rebels, editor’s note)'
  },
  {
    place: 'end',
    pattern: String.raw`(?<=[.!?]\s?)(?:[Rr]ead|READ|[Ss]ee|SEE) (?:[Aa]lso|ALSO)\s*:\s*\p{Lu}.*|(?<=[.!?]\s?)[-–—]\s*\p{Lu}[\p{L} .'’-]{2,40}\s*/\s*[\p{L}\p{N} .]{2,30}|(?<=\S)\s[–—-]\s(?:Economy|Politics|Sports?|World|Culture|News|Business|Society|Europe|International|Health|Science)`,
    cased: true,
    what: 'related-article link',
    note: furniture + ': a related article’s link, a credit or a section label glued to the end of a line of the article',
    example: 'The strike goes on.Read also: Ports closed for a week',
    found: 'Read also: Ports closed for a week'
  },
  {
    place: 'start',
    pattern: String.raw`\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}(?=(?:The|What|We|It|In|This|That|He|She|They|But|And|If|When|There|Our|My|You|I)\b)`,
    cased: true,
    holds: 'glued capital',
    what: 'quote attribution',
    note: furniture + ': the speaker’s name of a pull quote, glued to the quotation that follows',
    example: 'Jane DoeWe will not give up.',
    found: 'Jane Doe'
  },
  {
    place: 'line',
    keywords: [' by '],
    pattern: String.raw`\p{Lu}\p{L}+ \p{Lu}\p{L}+ [Bb]y \p{Lu}\p{L}+ \p{Lu}\p{L}+\s*(?:\p{Lu}\p{Ll}{2,8}\s?\d{1,2},\s?\d{4})?`,
    cased: true,
    what: 'byline',
    note: furniture + ': an author box (the name, then `By` and the name again with the date)',
    example: 'Jane Doe By Jane Doe March3,2024\n\nThe vote is on Sunday.',
    found: 'Jane Doe By Jane Doe March3,2024'
  },
  {
    place: 'inline',
    // A CMS’s (Joomla’s) line over the article: its section, its date and its hit counter.
    pattern: String.raw`(?:category:\s*[\p{L}&,' -]{1,30}?\s+)?published on [^\n]{5,60}?\s+hits:\s*\d+`,
    what: 'reading time or view count',
    note: furniture + ': the page’s category, publication date and hit counter',
    example: 'Category: Sport Published on Monday, 3 May 2021 10:15 Hits: 12\n\nThe vote is on Sunday.',
    found: 'Category: Sport Published on Monday, 3 May 2021 10:15 Hits: 12'
  },
  {
    place: 'line',
    // A related article’s title after a label in capitals: `READ  Floods close the port`.
    pattern: String.raw`(?:READ|SEE)(?: (?:ALSO|MORE|NEXT))?\s*:?\s+\p{Lu}\p{Ll}.*`,
    cased: true,
    what: 'related-article link',
    note: furniture + ': a link to another article, its label in capitals',
    example: 'Prices rose.\n\nREAD  Floods close the port for a week',
    found: 'READ  Floods close the port for a week'
  },
  {
    place: 'start',
    // A video page’s time stamp: `Added on the 14/05/2024 19:49:48`.
    pattern: String.raw`added on (?:the )?${date}(?:\s+(?:at\s+)?${time})?`,
    what: 'time stamp',
    note: furniture + ': the time a video or a post was put on the page',
    example: 'Added on the 14/05/2024 19:49:48 - Copyright: City TV\n\nThe vote is on Sunday.',
    found: 'Added on the 14/05/2024 19:49:48'
  }
]
