import {buildPlayground} from '../../scripts/playground.js'

/** The browser tests load the page as `npm run playground` builds it: build it afresh. */
export default async function setup(): Promise<void> {
  await buildPlayground()
}
