import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.output-e2e/', '.wxt/', '.tmp/', 'node_modules/', 'demo-output/', 'bench-output/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is data, never markup.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Page text is data, never markup.' },
      ],
    },
  },
  {
    // Test fixtures build host pages on purpose; tests and scripts index arrays they just filled.
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
);
