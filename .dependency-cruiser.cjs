/**
 * Import-cycle rules for `npm run check:cycles` (scripts/check-cycles.mjs). Any cycle not listed
 * below fails the check, between modules (a.ts → b.ts → a.ts) or between folders
 * (components/header → components/workspace → components/header; a folder includes its subfolders).
 *
 * Type-only imports count. They vanish from the JavaScript, so they cannot break module loading,
 * but a cycle through a type still means neither file can be read, moved or changed alone, and
 * the fix costs the same: move the shared type to the lower file.
 *
 * The check runs on a type-stripped copy in which `lib/a.ts` is named `lib/a.ts.js`.
 */

/** Cycles between files that exist today, each as the exact set of its files. */
const KNOWN_MODULE_CYCLES = [
  // lib/model is being reworked by the saved-state migrations (issue 11 §3): architecture.ts
  // checks the evaluation work, which reads architecture.ts's types.
  ['lib/model/architecture.ts', 'lib/model/evaluation-work.ts'],
]

/** Folder dependencies that close a cycle today: folder → the folders it may still reach back through. */
const KNOWN_FOLDER_CYCLE_EDGES = {
  // lib/model/testing (the tests' scenario generators) reads the presets, which are lib/model
  // scenarios; lib/model is being reworked by the saved-state migrations (issue 11 §3).
  'lib/model': ['data/presets'],
  'data/presets': ['lib/model'],
}

const exactly = (names) => `^(${names.map((name) => name.replace(/[.]/g, '[.]')).join('|')})$`
const copiedName = (file) => `${file}.js`

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle between modules: make the imports flow one way.',
      severity: 'error',
      from: {},
      to: {
        circular: true,
        // `via.pathNot`: the cycle has a member outside the known set, so it is not a known cycle.
        ...(KNOWN_MODULE_CYCLES.length > 0 && {
          via: { pathNot: exactly(KNOWN_MODULE_CYCLES.flat().map(copiedName)) },
        }),
      },
    },
    {
      name: 'no-circular-folders',
      comment: 'A cycle between folders: make the imports between them flow one way.',
      severity: 'error',
      scope: 'folder',
      from: { pathNot: exactly(Object.keys(KNOWN_FOLDER_CYCLE_EDGES)) },
      to: { circular: true },
    },
    ...Object.entries(KNOWN_FOLDER_CYCLE_EDGES).map(([from, known]) => ({
      name: 'no-circular-folders',
      comment: `A cycle between folders that ${from} is not known to close: make the imports flow one way.`,
      severity: 'error',
      scope: 'folder',
      from: { path: exactly([from]) },
      to: { circular: true, pathNot: exactly(known) },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    // `./a` finds the copy `a.ts.js` (or `a.tsx.js`); `./main.ts` finds `main.ts.js`.
    enhancedResolveOptions: { extensions: ['.ts.js', '.tsx.js', '.js', '.mjs', '.cjs', '.json'] },
  },
}
