import fc from 'fast-check'

/**
 * The grammar of the property-based tests (and of `compare-outputs.ts`): real
 * English, the artifacts mtlint looks for, and hostile characters, for plain
 * text; and Markdown and HTML documents that put the same artifacts inside
 * code, `pre`, `script`, `style`, `kbd`, `samp`, `textarea` and front matter
 * (where nothing may be reported) and outside, with character references, a
 * byte order mark, HTML blocks and attributes.
 */

// prettier-ignore
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
export const documents = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({maxLength: 4})), {maxLength: 40}).map((parts) => parts.join(''))

/** Whole artifacts, each one that some rule reports in prose: what code must hide. */
// prettier-ignore
const artifacts = [
  'Kiev', 'MM. Blinken', 'M. Le Drian', '« we »', 'word : x', 'up 3,5 %', '150 000 people', '14h30', 'the the',
  'head of American diplomacy', 'he said “ we ”', '”we“', 'selon le ministre', 'le 7 février 2022', 'XXe siècle',
  'a “immediate ceasefire”', 'Westerners', 'c’est la vie'
]

const artifact = fc.constantFrom(...artifacts)
/** Code may hold several artifacts, on several lines. */
const code = fc.array(artifact, {minLength: 1, maxLength: 3}).chain((parts) => fc.constantFrom(' ', '\n').map((separator) => parts.join(separator)))

/** Artifacts and text written with character references, as Markdown and HTML allow. */
// prettier-ignore
const references = ['MM.&nbsp;Blinken', '150&nbsp;000', 'Ki&#101;v', 'K&#x69;ev', '&laquo; we &raquo;', '&laquo;we&raquo;', 'AT&amp;T', '&#34;', 'x&#10;y', '&nbsp;']

/** Elements whose content is not prose, written inline (in Markdown, inline HTML): what must stay untouched. */
const sourceTags = ['kbd', 'samp', 'code', 'textarea']

/** Prose for markup: fragments without line breaks (a Markdown block must stay one block), artifacts, references and inline source elements. */
const inline = fc
  .array(
    fc.oneof(
      {weight: 3, arbitrary: fc.constantFrom(...fragments.filter((fragment) => !/[\r\n]/.test(fragment)))},
      {weight: 2, arbitrary: artifact},
      {weight: 1, arbitrary: fc.constantFrom(...references)},
      {weight: 1, arbitrary: fc.tuple(fc.constantFrom(...sourceTags), artifact).map(([tag, value]) => '<' + tag + '>' + value + '</' + tag + '>')},
      {weight: 1, arbitrary: fc.string({maxLength: 3})}
    ),
    {minLength: 1, maxLength: 12}
  )
  .map((parts) => parts.join(' '))

/** What may open a document: nothing, a byte order mark, front matter holding artifacts, or both. */
const documentStart = fc.oneof(
  {weight: 2, arbitrary: fc.constant('')},
  {weight: 1, arbitrary: fc.constant('\ufeff')},
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('', '\ufeff'), fc.constantFrom('---', '+++'), artifact, artifact)
      .map(
        ([bom, fence, title, body]) =>
          bom + fence + '\n' + (fence === '---' ? 'title: ' + title + '\ndescription: "' + body + '"' : 'title = "' + title + '"') + '\n' + fence + '\n\n'
      )
  }
)

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
      fc.tuple(fc.constantFrom('pre', 'script', 'style'), code).map(([tag, value]) => '<' + tag + '>\n' + value + '\n</' + tag + '>'),
      // HTML blocks, read as HTML: prose, code and attributes.
      fc.tuple(inline, code, artifact).map(([value, inner, alt]) => '<div><p>' + value + '</p><pre>' + inner + '</pre><img alt="' + alt + '"></div>'),
      fc.tuple(inline, inline).map(([summary, body]) => '<details><summary>' + summary + '</summary>\n\n' + body + '\n\n</details>')
    ),
    {minLength: 1, maxLength: 8}
  )
  .chain((blocks) => fc.tuple(documentStart, fc.constantFrom('\n\n', '\n', '\r\n\r\n')).map(([start, separator]) => start + blocks.join(separator)))

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
      fc.tuple(artifact, artifact).map(([alt, title]) => '<p><img alt="' + alt + '" src="a.png"> <a href="x" title=\'' + title + "'>link</a></p>"),
      inline
    ),
    {minLength: 1, maxLength: 8}
  )
  .chain((blocks) =>
    fc
      .tuple(fc.constantFrom('', '\ufeff'), fc.constantFrom('', '<!doctype html><html><head><title>Kiev and MM. Dupont</title></head><body>\n'))
      .map(([bom, head]) => bom + head + blocks.join('\n') + (head ? '\n</body></html>' : ''))
  )
