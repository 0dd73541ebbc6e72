import {describe, expect, test} from 'vitest'
import {lexicons} from '../../rules/scraper-boilerplate/lexicon/index.js'
import {lint} from '../../src/index.js'
import type {Case} from '../helpers.js'
import {check} from '../helpers.js'
import {firstMessage, ruleTable} from './table.js'

const id = 'scraper-boilerplate'

/** Nine short paragraphs: what follows is below the page’s top (see `topLines`). */
const belowTop = [
  'The council met on Monday.',
  'It voted on the budget.',
  'The mayor spoke first.',
  'Then the clerk read the minutes.',
  'Two members left early.',
  'The vote was close.',
  'It passed by one vote.',
  'The budget takes effect in May.',
  'Taxes will not rise.',
  ''
].join('\n\n')

const invalid: Case[] = [
  {
    // A video caption and a source tag are two findings, even one after the other.
    text: 'The talks go on.\n\nTo see in video\n\n\nsource site-41',
    messages: [
      '3:1-3:16: Unexpected `To see in video` (video player caption), remove it',
      '6:1-6:15: Unexpected `source site-41` (scraper source tag), remove it'
    ],
    // Deleting text is left to the editor: `--fix` applies single replacements only.
    fixed: 'The talks go on.\n\nTo see in video\n\n\nsource site-41'
  },
  {
    text: 'Prices rose.\n\nRead also: Inflation hits a 30-year high\n\nWages fell.',
    messages: ['3:1-3:41: Unexpected `Read also: Inflation hits a 30-year high` (related-article link), remove it']
  },
  {
    text: 'Prices rose.\n  Lire aussi  \nWages fell.',
    messages: ['2:3-2:13: Unexpected `Lire aussi` (related-article link), remove it']
  },
  {
    text: 'Prices rose.\n\nLire la suite de l’article',
    messages: ['3:1-3:27: Unexpected `Lire la suite de l’article` (related-article link), remove it']
  },
  {
    text: 'Prices rose.\n\nSubscribe to our newsletter\n\nFollow us on Twitter and Facebook',
    messages: ['3:1-5:34: Unexpected `Subscribe to our newsletter⏎⏎Follow us on Twitter and Facebook` (page furniture), remove it']
  },
  {
    text: 'The talks went on until late.\n\nLeave a comment\n\nYour e-mail address will not be published.',
    messages: ['3:1-5:43: Unexpected `Leave a comment⏎⏎Your e-mail address will not be published.` (comment form), remove it']
  },
  {
    // The page’s frame: its widgets one after another are deleted as one.
    text: 'The talks went on.\n\nRelated Articles\n\nLeave a Reply\n\nBack to top button',
    messages: ['3:1-7:19: Unexpected `Related Articles⏎⏎Leave a Reply⏎⏎Back to top button` (page furniture), remove it']
  },
  {
    // The masthead: the byline and the time stamp.
    text: 'By Jane Doe\n\nPublished: March 3, 2024 10:15 a.m.\n\nThe mayor opened the new bridge on Monday.',
    messages: ['1:1-3:36: Unexpected `By Jane Doe⏎⏎Published: March 3, 2024 10:15 a.m.` (page furniture), remove it']
  },
  {
    // An author box: a name alone between two furniture lines belongs to the run.
    text: 'Political correspondent in Berlin.\n\nFollow I follow\n\nTom Weiss\n\nHead of the economics desk in Berlin.\n\nThe talks went on.',
    messages: [
      '1:1-7:38: Unexpected `Political correspondent in Berlin.⏎⏎Follow I follow⏎⏎Tom Weiss⏎⏎Head of the economics desk in Berlin.` (author box), remove it'
    ]
  },
  {
    text: 'Mayor opens the new bridge over the river\n\nMayor opens the new bridge over the river\n\nThe mayor opened it on Monday.',
    messages: ['3:1-3:42: Unexpected `Mayor opens the new bridge over the river` (repeated headline), remove it']
  },
  {
    // The copy cut short by the scraper is the one to delete.
    text: 'Mayor opens the new bridge over the riv\nMayor opens the new bridge over the river.\n\nThe mayor opened it on Monday.',
    messages: ['1:1-1:40: Unexpected `Mayor opens the new bridge over the riv` (repeated headline), remove it']
  },
  {
    // At the top of a page, the title printed again below the standfirst or a time stamp.
    text: 'Mayor opens the new bridge over the river\n\nThe council voted for it in May.\n\nMayor opens the new bridge over the river\n\nThe mayor opened it on Monday.',
    messages: ['5:1-5:42: Unexpected `Mayor opens the new bridge over the river` (repeated headline), remove it']
  },
  {
    text: 'Strikers block the ports again!\n\nUpdated 10 May\n\nDockers walked out at dawn on Monday.\n\nStrikers block the ports again!\n\nThe strike began at dawn.',
    messages: [
      '3:1-3:15: Unexpected `Updated 10 May` (time stamp), remove it',
      '7:1-7:32: Unexpected `Strikers block the ports again!` (repeated headline), remove it'
    ]
  },
  {
    // An author box above the byline: the name printed twice.
    text: 'The strike goes on.\n\nJane Doe\n\nJane Doe\nCity Herald\n\nDockers walked out.',
    messages: ['5:1-5:9: Unexpected `Jane Doe` (repeated byline), remove it']
  },
  {
    // What is left of an embedded video between two paragraphs.
    text: 'The race was over by noon.\n\n.\n\nA crash on the cobbles\n\nShe could have won.',
    messages: ['3:1-3:2: Unexpected `.` (stray mark), remove it']
  },
  {
    // Lines of a page (a headline, then paragraphs) are no paragraph wrapped at a width: each line is read.
    text: 'Talks Between The Two Leaders Begin In Paris\nThe meeting began at noon, the office said in a statement on Monday.\nThey will also meet the envoys of the two countries, John Smith and Jane Roe.Read also: Envoys to join the talks\nAs the agency reported, the leaders arrived on Sunday.',
    messages: ['3:78-3:113: Unexpected `Read also: Envoys to join the talks` (related-article link), remove it']
  },
  {
    // The text of a link the scraper dropped.
    text: 'The race went on (the full results here) until dark.',
    messages: ['1:18-1:41: Unexpected `(the full results here)` (related-article link), remove it']
  },
  {
    text: 'The mayor opened the bridge. Photo: Jane Doe/AFP',
    messages: ['1:30-1:49: Unexpected `Photo: Jane Doe/AFP` (credit), remove it']
  },
  {
    text: 'The mayor opened the bridge.Read also: Council votes on the budget',
    messages: ['1:29-1:67: Unexpected `Read also: Council votes on the budget` (related-article link), remove it']
  },
  {
    text: 'ANALYSIS – The council is split over the budget',
    messages: ['1:1-1:11: Unexpected `ANALYSIS –` (rubric label), remove it']
  },
  {
    text: 'From: Anna Schmidt\n\nThe council met on Monday.',
    messages: ['1:1-1:19: Unexpected `From: Anna Schmidt` (site widget text), remove it']
  },
  {
    text: 'date 2024-05-02 The council met on Monday.',
    messages: ['1:1-1:16: Unexpected `date 2024-05-02` (scraper tag), remove it']
  },
  {
    text: 'Jane DoeWe will not give up on this bridge.',
    messages: ['1:1-1:9: Unexpected `Jane Doe` (quote attribution), remove it']
  },
  {
    text: 'He said the rebels (the northern militia, editor’s note) had left.',
    messages: ['1:20-1:57: Unexpected `(the northern militia, editor’s note)` (editorial aside), remove it']
  },
  {
    text: 'The council met on Monday.\n\nTags: council, budget, , ,',
    messages: ['3:1-3:27: Unexpected `Tags: council, budget, , ,` (tag list), remove it']
  },
  {
    text: 'The council met on Monday.\n\nЧитайте также: совет собрался в понедельник',
    messages: ['3:1-3:44: Unexpected `Читайте также: совет собрался в понедельник` (site widget text), remove it']
  },
  {
    text: 'Prices rose.\n\nRead alsoThe strike goes on in the ports\n\nWages fell.',
    messages: ['3:1-3:41: Unexpected `Read alsoThe strike goes on in the ports` (related-article link), remove it']
  },
  {
    text: 'Бывший СССР: Средняя Азия:\n\nThe talks go on.',
    messages: ['1:1-1:27: Unexpected `Бывший СССР: Средняя Азия:` (rubric label), remove it']
  },
  // A `kicker: headline` title, then the kicker and the headline printed apart below it.
  {
    text: 'Town council: Mayor opens the new bridge\n\nTown council\nMayor opens the new bridge\n\nThe mayor opened it on Monday.',
    messages: ['3:1-4:27: Unexpected `Town council⏎Mayor opens the new bridge` (repeated headline), remove it']
  },
  {
    text: 'Mayor opens the new bridge: the city celebrates\n\nMayor opens the new bridge\n\nThe mayor opened it on Monday.',
    messages: ['3:1-3:27: Unexpected `Mayor opens the new bridge` (repeated headline), remove it']
  },
  // Below the page’s top (nine lines fed before), a repeat is one of the line just before: blocks of one line, each
  // summed up as its line, and blocks of more lines on either side.
  {
    text: belowTop + 'Mayor opens the new bridge over the river\n\nMayor opens the new bridge over the river\n\nThe mayor opened it on Monday.',
    messages: ['21:1-21:42: Unexpected `Mayor opens the new bridge over the river` (repeated headline), remove it']
  },
  {
    text: belowTop + 'Mayor opens the new bridge over the riv\n\nMayor opens the new bridge over the river\n\nThe mayor opened it on Monday.',
    messages: ['19:1-19:40: Unexpected `Mayor opens the new bridge over the riv` (repeated headline), remove it']
  },
  {
    text:
      belowTop +
      'The strike goes on.\nMayor opens the new bridge over the river\n\nMayor opens the new bridge over the river\n\nThe mayor opened it on Monday.',
    messages: ['22:1-22:42: Unexpected `Mayor opens the new bridge over the river` (repeated headline), remove it']
  },
  {
    text: belowTop + 'Mayor opens the new bridge over the river\n\nMayor opens the new bridge over the river\nThe mayor opened it on Monday.',
    messages: ['21:1-21:42: Unexpected `Mayor opens the new bridge over the river` (repeated headline), remove it']
  },
  {
    text: belowTop + 'Jane Doe\n\nJane Doe\n\nDockers walked out.',
    messages: ['21:1-21:9: Unexpected `Jane Doe` (repeated byline), remove it']
  },
  // A name or a label alone under the last sentence: the author, a widget, the site.
  {
    text: 'The talks will resume in March.\n\nOksana Melnyk',
    messages: ['3:1-3:14: Unexpected `Oksana Melnyk` (label after the last sentence), remove the line if it is no part of the article']
  },
  {
    text: 'The mayor said the bridge would open “next spring.”\n\nMost Read Stories',
    messages: ['3:1-3:18: Unexpected `Most Read Stories` (label after the last sentence), remove the line if it is no part of the article']
  }
]

const valid: Case[] = [
  // Below the page’s top too, a sentence said twice is the writer’s: a headline has no full stop.
  {text: belowTop + 'Mayor opens the new bridge over the river.\n\nMayor opens the new bridge over the river.', messages: []},
  // A text of one line (a record, a title, a CMS field) is no page with furniture around it.
  {text: 'OK', messages: []},
  {text: 'Advertisement', messages: []},
  {text: 'He wanted to see in video form what happened.', messages: []},
  {text: 'Read also the report, he said.', messages: []},
  {text: 'The source of site-41 contamination is unknown.', messages: []},
  {text: 'Readers can subscribe to our newsletter at the bottom of the page, the editor said.', messages: []},
  {text: 'See also chapter 3.', messages: []},
  {text: 'The options are listed below.\n\nSee also\n\nSee Also:\n\nThe API.', messages: []},
  // Headings of documentation, and a table of contents that lists them again further down.
  {text: 'Related\n\nRelated links\n\nHomepage\n\nSource nodes\n\nUpdate', messages: []},
  {text: 'Installation\nDeclaring program variable\nOptions\n\nInstallation\n\nDeclaring program variable\n\nIt is global.', messages: []},
  // A licence line, and a time stamp that a generator writes.
  {text: 'MIT © Jane Doe\n\n© 2024 Example Corp', messages: []},
  {text: 'Last updated: Mon, 20 Oct 2025 23:32:35 GMT', messages: []},
  // A sentence said twice is the writer’s; a lead-in is not a copy of the line it opens.
  {text: 'We will not give up.\nWe will not give up.', messages: []},
  {text: 'Or install it from the registry:\n\nOr install it from the registry:\n\nThat is all.', messages: []},
  // Further down a page, a heading that comes back is a section’s; a sentence said again is the writer’s.
  {
    text: 'The bridge\n\nIt opened.\n\nIt cost much.\n\nThe mayor spoke.\n\nAt noon.\n\nThe band played.\n\nThe crowd cheered.\n\nThe rain began.\n\nMayor opens the new bridge\n\nIt was late.\n\nMayor opens the new bridge',
    messages: []
  },
  {text: 'We will not give up.\n\nThe crowd cheered.\n\nWe will not give up.', messages: []},
  // A mark on a line of its own inside a paragraph (a link the text was stripped of), not between blank lines.
  {text: 'The list is copied from:\n.\n\nThat is all.', messages: []},
  {text: 'As of now, that is Node.js 18 and later.', messages: []},
  {text: 'By keeping on repeating.\n\nby a consumer.', messages: []},
  {text: 'The war was triggered by the attack on 7 October 2023, which killed many.', messages: []},
  {text: 'Using GitHub Actions to build it.', messages: []},
  {text: 'LIVERPOOL, ENGLAND —', messages: []},
  // A place that opens a sentence, a cross-reference a writer makes, a partner named in prose, a caption’s order in prose.
  {text: 'At the Velodrome, the home side won.\n\nIn Paris, it rained.', messages: []},
  {text: 'The results are listed (see below) and the rules are here (see the docs).', messages: []},
  {text: 'We built it with our partners in mind.', messages: []},
  // An acronym in brackets inside a sentence, or one that ends it, is the writer’s.
  {text: 'The council (CDU) meets in May.\n\nIt is led by the Christian Democrats (CDU).', messages: []},
  {text: 'Explaining the values from left to right:\n\nThe first is the delay.', messages: []},
  {text: 'Read the guide.\n\nREAD THIS FIRST', messages: []},
  // A label that is not the last line, one after a line that ends no sentence (a list, a heading), a signature with its mark.
  {text: 'The talks will resume in March.\n\nOksana Melnyk\n\nShe reports from Kyiv.', messages: []},
  {text: 'Thanks to:\n\nOksana Melnyk', messages: []},
  {text: 'The talks will resume in March.\n\n— Oksana Melnyk', messages: []},
  {text: 'The talks will resume in March. Oksana Melnyk', messages: []},
  // A one-word kicker (a package’s name over its title), a lead-in that is a sentence, a half of a title that is no block of its own.
  {text: 'chalk: Terminal string styling done right\n\nchalk\n\nInstall it.', messages: []},
  {text: 'Town council: Mayor opens the new bridge\n\nTown council:\n\nIt met.', messages: []},
  {text: 'Town council: Mayor opens the new bridge\nMayor opens the new bridge, the paper wrote.\n\nIt met.', messages: []},
  // A lead-in or a step that ends with a colon is the writer’s; a rubric trail is capitalised labels only.
  {text: 'Install it first.\n\nStep one: Open the box:\n\nUsage:\n\nRun it.', messages: []}
]

describe(id, () => {
  ruleTable(id, invalid, valid)

  const entries = Object.entries(lexicons).flatMap(([language, lexicon]) => lexicon.map((entry) => ({language, ...entry})))
  test.each(entries)('$language: $what finds `$found`', async (entry) => {
    const {file} = await check(id, entry.example)
    expect(file.messages.map((message) => message.actual)).toEqual([entry.found])
  })

  test('message metadata', async () => {
    expect(await firstMessage(id, 'Talks.\n\nTo see in video')).toEqual({
      name: '3:1-3:16',
      file: '',
      message: 'Unexpected `To see in video` (video player caption), remove it',
      reason: 'Unexpected `To see in video` (video player caption), remove it',
      line: 3,
      column: 1,
      place: {start: {line: 3, column: 1, offset: 8}, end: {line: 3, column: 16, offset: 23}},
      ruleId: id,
      source: 'mtlint',
      fatal: false,
      actual: 'To see in video',
      expected: [],
      note: expect.stringContaining('À voir en vidéo'),
      url: 'https://github.com/mtlint/mtlint/blob/main/rules/scraper-boilerplate.md'
    })
  })

  // Found by the HTML property test at 2,000 runs: a line that repeats a heading is no
  // furniture when it runs into inline code (the lexicon's findings were checked, the repeat's not).
  test('a repeated line that takes in inline code is not reported', async () => {
    const html = '<h2>M. Le Drian  he said “ we ”</h2>\n<p>M. Le Drian <code>head of American diplomacy\nhead of American diplomacy</code> </p>\n<h2>Kiev</h2>'
    const file = await lint({value: html, path: 'page.html'})
    expect(file.messages.filter((message) => message.ruleId === id).map(String)).toEqual([])
  })
})
