// The tests run with the nlcst tree parser loaded, as the editor integrations have it (the engine’s
// own tests call `runRules` synchronously); `tests/trees.test.ts` checks, in fresh processes, that the
// main entry loads it only when a run needs it.
import {loadTrees} from '../../src/engine/trees.js'

await loadTrees()
