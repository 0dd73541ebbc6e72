import {describe, expect, test} from 'vitest'
import {parseForm} from '../../src/serve/form.js'

describe('parseForm', () => {
  test.each<[string, Record<string, string>]>([
    ['', {}],
    ['language=en-US&text=Hello+world', {language: 'en-US', text: 'Hello world'}],
    ['text=%E2%80%9CQuoted%E2%80%9D%20here', {text: '“Quoted” here'}],
    ['text=a%2Bb%26c%3Dd', {text: 'a+b&c=d'}],
    ['enabledOnly&text=', {enabledOnly: '', text: ''}],
    ['a=1&&b=2', {a: '1', b: '2'}],
    ['text=caf\u00e9', {text: 'café'}]
  ])('%j', (data, fields) => {
    expect(Object.fromEntries(parseForm(data))).toEqual(fields)
  })

  test.each([
    ['text=100%', 'malformed form data: bad percent-encoding in `text` (not UTF-8 escapes)'],
    ['text=%E9t%E9', 'malformed form data: bad percent-encoding in `text` (not UTF-8 escapes)'],
    ['te%ZZxt=1', 'malformed form data: bad percent-encoding in a field name (not UTF-8 escapes)'],
    ['text=a&text=b', 'malformed form data: `text` is given twice'],
    ['te%0Axt=a&te%0Axt=b', 'malformed form data: `te?xt` is given twice']
  ])('%j: %s', (data, message) => {
    expect(() => parseForm(data)).toThrow(expect.objectContaining({status: 400, message}))
  })
})
