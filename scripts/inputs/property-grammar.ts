import fc from 'fast-check'

/**
 * The grammar of the property-based tests (and of `compare-outputs.ts`): real
 * English, the artifacts mtlint looks for, and hostile characters, for plain
 * text; and Markdown and HTML documents that put the same artifacts inside
 * code, `pre`, `script` and `style` (where nothing may be reported) and outside.
 */

export const fragments = [
  // English and the artifacts themselves.
  'the', 'talks', 'Mr. Putin', 'said', 'Kovalenko’s', 'it’s', 'the ’90s', 'coup d’état', 'Chicken Kiev', 'Kiev', 'Kyiv',
  'Odessa', 'MM.', 'M.', 'Mme', 'Me', 'Blinken', 'Le Drian', 'Michael M. Smith', '150 000', '150,000', '3,5 %', '14h30',
  'To see in video', 'source site-41', 'Read also:', 'a', 'an', 'immediate', 'ceasefire', 'the the',
  // Every quote glyph and French mark.
  '“', '”', '"', '‘', '’', "'", '«', '»', '‹', '›', ' »', '« ', ':', ';', '!', '?', '%', '.', ',', '(', ')', '—',
  // Every kind of white space.
  ' ', '  ', '\u00a0', '\u202f', '\t', '\n', '\r\n', '\r', '\n\n', '\n \n',
  // Combining marks, emoji, right-to-left text, lone surrogates, controls, a BOM.
  'e\u0301', 'Zoe\u0308', '👍🏽', '🇺🇦', 'שלום', 'مرحبا', '\ud800', '\udfff', '\u0000', '\u0007', '\ufeff', '\u200b'
]

/** Plain text: fragments and short random strings, joined. */
export const documents = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({maxLength: 4})), {maxLength: 40})
  .map((parts) => parts.join(''))

/** Whole artifacts, each one that some rule reports in prose: what code must hide. */
const artifacts = [
  'Kiev', 'MM. Blinken', 'M. Le Drian', '« we »', 'word : x', 'up 3,5 %', '150 000 people', '14h30', 'the the',
  'head of American diplomacy', 'he said “ we ”', '”we“', 'selon le ministre', 'le 7 février 2022', 'XXe siècle',
  'a “immediate ceasefire”', 'Westerners', 'c’est la vie'
]

const artifact = fc.constantFrom(...artifacts)
/** Code may hold several artifacts, on several lines. */
const code = fc.array(artifact, {minLength: 1, maxLength: 3}).chain((parts) =>
  fc.constantFrom(' ', '\n').map((separator) => parts.join(separator))
)

/** Prose for markup: fragments without line breaks (a Markdown block must stay one block) and artifacts. */
const inline = fc
  .array(
    fc.oneof(
      {weight: 3, arbitrary: fc.constantFrom(...fragments.filter((fragment) => !/[\r\n]/.test(fragment)))},
      {weight: 2, arbitrary: artifact},
      {weight: 1, arbitrary: fc.string({maxLength: 3})}
    ),
    {minLength: 1, maxLength: 12}
  )
  .map((parts) => parts.join(' '))

/** A Markdown document: paragraphs, headings, lists and quotes with inline code; code blocks; raw `pre`, `script`, `style`. */
export const markdownDocuments = fc
  .array(
    fc.oneof(
      inline,
      fc.tuple(inline, code, inline).map(([before, value, after]) => before + ' `' + value.replace(/\n/g, ' ') + '` ' + after),
      fc.tuple(inline, code).map(([before, value]) => before + ' ``' + value.replace(/\n/g, ' ') + ' `` and'),
      inline.map((value) => '# ' + value),
      fc.tuple(inline, code).map(([value, inner]) => '* ' + value + ' `' + inner.replace(/\n/g, ' ') + '`'),
      inline.map((value) => '> ' + value),
      code.map((value) => '```\n' + value + '\n```'),
      code.map((value) => '~~~txt\n' + value + '\n~~~'),
      code.map((value) => '    ' + value.replace(/\n/g, '\n    ')),
      fc.tuple(fc.constantFrom('pre', 'script', 'style'), code).map(([tag, value]) => '<' + tag + '>\n' + value + '\n</' + tag + '>')
    ),
    {minLength: 1, maxLength: 8}
  )
  .chain((blocks) => fc.constantFrom('\n\n', '\n', '\r\n\r\n').map((separator) => blocks.join(separator)))

/** An HTML document: text elements with `code`, `kbd` and entities; `pre`, `script` and `style`. */
export const htmlDocuments = fc
  .array(
    fc.oneof(
      inline.map((value) => '<p>' + value + '</p>'),
      fc.tuple(inline, code, inline).map(([before, value, after]) => '<p>' + before + ' <code>' + value + '</code> ' + after + '</p>'),
      inline.map((value) => '<h2>' + value + '</h2>'),
      inline.map((value) => '<li>' + value.replace('“', '&ldquo;').replace('»', '&raquo;') + '</li>'),
      code.map((value) => '<pre>' + value + '</pre>'),
      code.map((value) => '<pre><code>' + value + '</code></pre>'),
      code.map((value) => '<script>var s = "' + value + '"</script>'),
      code.map((value) => '<style>/* ' + value + ' */</style>'),
      inline
    ),
    {minLength: 1, maxLength: 8}
  )
  .chain((blocks) =>
    fc.constantFrom('', '<!doctype html><html><body>\n').map((head) => head + blocks.join('\n') + (head ? '\n</body></html>' : ''))
  )
