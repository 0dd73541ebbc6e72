/** Tests on a sentence’s tokens that several syntactic patterns share. */
import type {Token} from '../../../src/engine/types.js'

export const isWord = (token: Token | undefined): token is Token => token !== undefined && token.kind === 'word'
export const isCapitalised = (token: Token | undefined): boolean => isWord(token) && token.value.charAt(0) !== token.lower.charAt(0)
export const isNumber = (token: Token | undefined): boolean => isWord(token) && /^\d/.test(token.value)
/** Whether the word at `index` starts its sentence: only a few marks before it (a look at most three tokens back). */
export const startsSentence = (tokens: readonly Token[], index: number): boolean => index <= 3 && tokens.slice(0, index).every((token) => token.kind !== 'word')
