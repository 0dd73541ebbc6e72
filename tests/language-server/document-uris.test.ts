import {expect, test} from 'vitest'
import {DocumentUris} from '../../src/language-server/document-uris.js'

const root = 'file:///home/desk/news'

test.each([
  {uri: 'file:///home/desk/news/talks.txt', languageId: 'plaintext', root, opened: {uri: 'file:///home/desk/news/talks.txt'}},
  {uri: 'file:///elsewhere/talks.md', languageId: 'markdown', root: undefined, opened: {uri: 'file:///elsewhere/talks.md'}},
  {uri: 'untitled:Untitled-1', languageId: 'plaintext', root, opened: {uri: root + '/mtlint-untitled-1.txt'}},
  {uri: 'untitled:Untitled-1', languageId: 'markdown', root: root + '/', opened: {uri: root + '/mtlint-untitled-1.md'}},
  {uri: 'vscode-notebook-cell:/nb.ipynb#W0s', languageId: 'html', root, opened: {uri: root + '/mtlint-vscode-notebook-cell-1.html'}},
  {uri: 'Untitled', languageId: 'plaintext', root, opened: {uri: root + '/mtlint-document-1.txt'}},
  {
    uri: 'untitled:Untitled-1',
    languageId: 'plaintext',
    root: undefined,
    opened: {refusal: '`untitled:Untitled-1`: it is not a file, and there is no workspace folder to read its configuration from'}
  },
  {
    uri: 'file://server/share/talks.txt',
    languageId: 'plaintext',
    root,
    // Node’s reason names the platform.
    opened: {refusal: expect.stringMatching(/^`file:\/\/server\/share\/talks\.txt`: File URL host must be "localhost" or empty on /)}
  },
  {uri: 5, languageId: 'plaintext', root, opened: {refusal: 'a document without a URI'}}
])('DocumentUris: $uri ($languageId) opened with root $root', ({uri, languageId, root, opened}) => {
  const uris = new DocumentUris(root)
  expect(uris.open(uri, languageId)).toEqual(opened)
  if (opened.uri !== undefined) {
    expect(uris.server(uri)).toBe(opened.uri)
    expect(uris.client(opened.uri)).toBe(uri)
  } else {
    expect(uris.server(uri)).toBeUndefined()
  }
})

test('DocumentUris: a closed document that is not a file has no name either way; its late messages have nowhere to go', () => {
  const uris = new DocumentUris(root)
  const {uri} = uris.open('untitled:Untitled-1', 'plaintext') as {uri: string}
  const reopened = uris.open('untitled:Untitled-1', 'markdown') as {uri: string}
  expect([uri, reopened.uri]).toEqual([root + '/mtlint-untitled-1.txt', root + '/mtlint-untitled-2.md'])
  expect(uris.client(uri)).toBeUndefined()
  uris.close('untitled:Untitled-1')
  expect(uris.server('untitled:Untitled-1')).toBeUndefined()
  expect(uris.client(reopened.uri)).toBeUndefined()
  // Files are theirs whether open or not.
  expect(uris.server(root + '/talks.txt')).toBe(root + '/talks.txt')
  expect(uris.client(root + '/talks.txt')).toBe(root + '/talks.txt')
})
