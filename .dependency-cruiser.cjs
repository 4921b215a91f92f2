/**
 * Import-cycle rules for `npm run check:cycles` (scripts/check-cycles.mjs). Every cycle fails the
 * check, between modules (a.ts → b.ts → a.ts) or between folders
 * (components/header → components/workspace → components/header; a folder includes its subfolders).
 * None is excused: the fix is to move the shared piece to the lower file or folder, as
 * lib/model/evaluation-work.ts (declares the design parts it reads) and data/presets/testing (the
 * test generators that read the presets) did.
 *
 * Type-only imports count. They vanish from the JavaScript, so they cannot break module loading,
 * but a cycle through a type still means neither file can be read, moved or changed alone, and
 * the fix costs the same: move the shared type to the lower file.
 *
 * The check runs on a type-stripped copy in which `lib/a.ts` is named `lib/a.ts.js`.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle between modules: make the imports flow one way.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-folders',
      comment: 'A cycle between folders: make the imports between them flow one way.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    // `./a` finds the copy `a.ts.js` (or `a.tsx.js`); `./main.ts` finds `main.ts.js`.
    enhancedResolveOptions: { extensions: ['.ts.js', '.tsx.js', '.js', '.mjs', '.cjs', '.json'] },
  },
}
