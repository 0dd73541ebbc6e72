// ESLint's and typescript-eslint's recommended rules over the TypeScript of the repository.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {ignores: ['dist/**', 'node_modules/**', 'playground/dist/**', '.eval/**']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // The engine masks code and markup with NUL characters, and input checks look for them.
      'no-control-regex': 'off',
      // Classes that list combining accents on their own (to strip or to detect them) mean it.
      'no-misleading-character-class': 'off'
    }
  },
  {
    // unified's plugins read the processor as `this`, and its processor types are generic over
    // trees these modules do not name; vscode-languageserver's and the browser page's values are untyped.
    files: ['src/processor.ts', 'src/language-server/connection.ts', 'tests/browser/**'],
    rules: {'@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-this-alias': 'off'}
  }
)
