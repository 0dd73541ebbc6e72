export {}

declare global {
  // Set by the build (scripts/playground.ts) from package.json.
  const MTLINT_VERSION: string
}
