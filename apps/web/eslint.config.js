import root from '../../eslint.config.js';

// The root config's ignore patterns are written from the repository root; when ESLint runs here
// (`pnpm --filter @waypoint/web lint`) they resolve from apps/web, so repeat the web ones.
export default [
  { ignores: ['src/gql/**', 'dist/**'] },
  ...root,
  {
    files: ['src/**/*.tsx'],
    rules: {
      // Our forms explain each problem under its field; the browser's own check of `required`
      // would block the submit first, silently for screen-reader users (issue 9).
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "JSXOpeningElement[name.name='form']:not(:has(JSXAttribute[name.name='noValidate']))",
          message: 'Give every <form> noValidate: the form reports problems under each field.',
        },
      ],
    },
  },
];
