/**
 * `glob` (with minimatch, path-scurry, lru-cache and minipass, ~110 KB), loaded
 * only when a path can be a glob: most runs name files. The bundles give
 * unified-engine this module for its own `glob` import (`tsup.config.ts`);
 * the engine only sees paths from `walk.ts`, which loads `glob` first when
 * one of them can be a glob.
 */
type Glob = typeof import('glob')

let loaded: Glob | undefined

/** Whether `pattern` holds a character glob can treat as magic; a pattern with none is never a glob. */
export function mayBeGlob(pattern: string): boolean {
  return /[*?[\]{}()!+@]/.test(pattern)
}

export async function loadGlob(): Promise<Glob> {
  return (loaded ??= await import('glob'))
}

/** glob’s `hasMagic`, synchronous as the engine calls it: it needs `loadGlob()` first for a pattern that may be one. */
export function hasMagic(pattern: string | string[], options?: Parameters<Glob['hasMagic']>[1]): boolean {
  if (!(Array.isArray(pattern) ? pattern : [pattern]).some(mayBeGlob)) return false
  if (!loaded) throw new Error('mtlint: `' + String(pattern) + '` may be a glob, and glob is not loaded')
  return loaded.hasMagic(pattern, options)
}

export async function glob(pattern: string, options: {cwd: string}): Promise<string[]> {
  return (await loadGlob()).glob(pattern, options)
}
