import {describe, expect, test} from 'vitest'
import {findings, folder, mtlint} from './run.js'

const markdown = `# Talks in Kiev

He said “we will stay
and left”. The \`Kiev\` key, [Kiev](https://kiev.example/Kiev) and <https://www.kiev.ua/Kiev>.

\`\`\`
const city = "Kiev" // “unbalanced
\`\`\`

    Kiev in indented code

* item “one
* item two”

<!-- mtlint-disable place-names -->

Kiev, not reported.

<!-- mtlint-enable place-names -->

<!-- mtlint-ignore-next-line -->
Kiev, not reported either “

Kiev **“we”** and <!-- mtlint-disable nonsense -->
`

const html = `<!doctype html>
<html>
<head>
<title>Kiev</title>
<style>.Kiev::after { content: "“"; }</style>
<script>const city = "Kiev"; // “</script>
</head>
<body>
<p>Kiev in <b>“we”</b> and <a href="https://kiev.ua/Kiev" title="Kiev">a link</a>.</p>
<pre>Kiev in “pre</pre>
<p>See <code>Kiev</code>. He said “we will stay</p>
<p>and left” in Kiev.</p>
<!-- mtlint-ignore-next-line -->
<p>Kiev, not reported.</p>
<div>Kiev in a div</div>
</body>
</html>
`

const documents = [
  {
    name: 'Markdown: code, URLs and markup left out; disable comments; positions in the file',
    file: 'story.md',
    source: markdown,
    findings: [
      'story.md:1:12-1:16: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)',
      'story.md:4:29-4:33: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)',
      'story.md:12:8-12:9: Unexpected `“` (quotation never closed), close the quotation or remove the mark (quote-marks)',
      'story.md:13:11-13:12: Unexpected `”` (quote mark that closes no quotation), open the quotation or remove the mark (quote-marks)',
      'story.md:24:1-24:5: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)',
      "story.md:24:19-24:51: Cannot disable `'nonsense'`, it’s not known (known)"
    ],
    // Words as nlcst counts them: the parts of a URL in link text are words.
    summary: 'mtlint: 1 file, 31 words: 0 errors, 6 warnings, 0 infos\n'
  },
  {
    name: 'HTML: script, style, pre, code and markup left out; the title and `title` attributes linted; a paragraph is a block',
    file: 'story.html',
    source: html,
    findings: [
      'story.html:4:8-4:12: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)',
      'story.html:9:4-9:8: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)',
      'story.html:9:66-9:70: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)',
      'story.html:11:35-11:36: Unexpected `“` (quotation never closed), close the quotation or remove the mark (quote-marks)',
      'story.html:12:12-12:13: Unexpected `”` (quote mark that closes no quotation), open the quotation or remove the mark (quote-marks)',
      'story.html:12:17-12:21: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)',
      'story.html:15:6-15:10: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)'
    ],
    summary: 'mtlint: 1 file, 25 words: 0 errors, 7 warnings, 0 infos\n'
  }
]

describe('mtlint on Markdown and HTML', () => {
  test.each(documents)('$name', async ({file, source, findings: expected, summary}) => {
    const cwd = await folder({[file]: source})
    const result = await mtlint([file, '--report', 'json'], cwd)
    expect(result.code).toBe(0)
    expect(findings(result.stdout)).toEqual(expected)
    expect(result.stderr).toBe(summary)
  })

  test('`.htm` and `.markdown` are recognised too', async () => {
    const cwd = await folder({'a.htm': '<p>Kiev <code>Kiev</code></p>\n', 'b.markdown': 'Kiev `Kiev`\n'})
    const result = await mtlint(['a.htm', 'b.markdown', '--report', 'json'], cwd)
    expect(findings(result.stdout)).toEqual([
      'a.htm:1:4-1:8: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)',
      'b.markdown:1:1-1:5: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)'
    ])
  })

  test('`format` in the configuration overrides the extension', async () => {
    const cwd = await folder({'notes.txt': 'Kiev `Kiev`\n', '.mtlintrc': '{"format": "markdown"}'})
    const result = await mtlint(['notes.txt', '--report', 'json'], cwd)
    expect(findings(result.stdout)).toEqual(['notes.txt:1:1-1:5: Unexpected `Kiev` (outdated spelling), expected `Kyiv` (place-names)'])
  })
})
