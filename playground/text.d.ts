// The build inlines `.txt` imports as strings (esbuild's text loader).
declare module '*.txt' {
  const text: string
  export default text
}
