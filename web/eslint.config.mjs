// ESLint for the web map's modules, their tests and the outline build script. Plain ES modules,
// no bundler: what the browser (or Node.js, for tests and scripts) provides is declared here;
// Leaflet's global L is declared in the modules that draw with it (/* global L */).
import js from '@eslint/js';

const browser = {
  window: 'readonly', document: 'readonly', navigator: 'readonly', fetch: 'readonly', console: 'readonly',
  URL: 'readonly', URLSearchParams: 'readonly', Intl: 'readonly', Node: 'readonly', ResizeObserver: 'readonly',
  MouseEvent: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', globalThis: 'readonly',
  AbortController: 'readonly', CSS: 'readonly', FormData: 'readonly', File: 'readonly', Blob: 'readonly',
  FileReader: 'readonly', crypto: 'readonly', XMLHttpRequest: 'readonly', KeyboardEvent: 'readonly',
};
const node = {
  console: 'readonly', process: 'readonly', URL: 'readonly', URLSearchParams: 'readonly', Intl: 'readonly',
  setTimeout: 'readonly', clearTimeout: 'readonly', globalThis: 'readonly',
};

export default [
  { ignores: ['node_modules/', 'target/', 'src/main/resources/META-INF/resources/vendor/'] },
  js.configs.recommended,
  {
    files: ['src/main/resources/META-INF/resources/js/**/*.js'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: browser },
  },
  {
    files: ['src/test/js/**/*.mjs', 'basemap/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: node },
  },
  {
    rules: {
      'no-unused-vars': ['error', { args: 'after-used', argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-implicit-globals': 'error',
    },
  },
];
