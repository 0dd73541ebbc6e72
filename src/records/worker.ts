import {parentPort, workerData} from 'node:worker_threads'
import type {Options} from '../options.js'
import {lintItem, type BatchItem} from './record.js'

/** A worker thread of `--jobs`: lints the inputs it is sent, one reply each, tagged with the sequence number it came with. */
const options = (workerData as {options?: Options}).options

parentPort!.on('message', async ({seq, item}: {seq: number; item: BatchItem}) => {
  parentPort!.postMessage({seq, result: await lintItem(item, options)})
})
