import {lint} from './dist/index.js'
import {VFile} from 'vfile'
const md = '# Kiev “talks”\n\nHe said “we will stay\nand left”. See `Kiev` and <https://kiev.ua/Kiev> or [Kiev](https://x.org/Kiev) https://www.kiev.ua/Kiev.\n\n```\nKiev\n```\n\n* item “one\n* item two”\n\n<!-- mtlint-disable place-names -->\n\nKiev again.\n\n<!-- mtlint-enable place-names -->\n\n<!-- mtlint-ignore-next-line -->\nKiev ignored “\n\nKiev **“we”** <!-- mtlint-disable nope -->\n'
for (const m of (await lint(new VFile({path: 'a.md', value: md}))).messages) console.log(String(m), m.ruleId)
const html = '<!doctype html><html><head><title>Kiev</title><style>.Kiev{}</style><script>var Kiev = "“"</script></head><body>\n<p>He said “we will stay</p>\n<p>and left” in Kiev.</p>\n<pre>Kiev</pre><p>See <code>Kiev</code> <a href="https://kiev.ua" title="Kiev">link</a> https://kiev.ua/Kiev.</p>\n<!-- mtlint-ignore-next-line -->\n<p>Kiev ignored.</p>\n<div>Kiev in div <b>“we”</b></div></body></html>'
for (const m of (await lint(html, {format: 'html'})).messages) console.log(String(m), m.ruleId)
