#!/usr/bin/env node
/**
 * `npm run check:cycles`: fails on any import cycle between modules or between folders
 * (.dependency-cruiser.cjs holds the rules), e.g.
 *   module cycle: components/views/latency-chart.tsx → components/views/latency-chart-plot.tsx → components/views/latency-chart.tsx
 * and ends with one line, "no import cycles (…)" or "N import cycles".
 *
 * dependency-cruiser parses TypeScript with the TypeScript compiler's JavaScript API, which
 * TypeScript 7 no longer has, so it would skip every .ts file. This script therefore hands it a
 * type-stripped copy of the tree [1]: `lib/a.ts` becomes `lib/a.ts.js`, `@/` resolves through the
 * copied tsconfig paths, and the report names the original files again.
 */
import { createRequire } from 'node:module'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** The shipped code and its tools. Tests and e2e journeys are leaves: nothing imports them. */
const CHECKED_PATHS = ['app', 'components', 'lib', 'server', 'cli', 'bin', 'scripts', 'bench', 'data', 'proxy.ts', 'next.config.js']
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/
const TEST = /\.(test|spec)\.(ts|tsx|js|mjs)$/

/** esbuild from tsx (a dependency), so the check needs nothing beyond dependency-cruiser. */
function loadEsbuild() {
  const fromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'))
  return fromTsx('esbuild')
}

function listSources(root, paths) {
  const files = []
  const walk = (rel) => {
    let entries
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true })
    } catch (error) {
      if (error.code === 'ENOTDIR') return void (SOURCE.test(rel) && !TEST.test(rel) && files.push(rel))
      if (error.code === 'ENOENT') return
      throw error
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
      const child = join(rel, entry.name)
      if (entry.isDirectory()) walk(child)
      else if (SOURCE.test(entry.name) && !TEST.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(child)
    }
  }
  for (const path of paths) walk(path)
  return files
}

/**
 * `import type` and `export type … from` become plain imports before the types are stripped, and
 * verbatimModuleSyntax keeps imports whose names are used only as types: type-only edges count
 * (.dependency-cruiser.cjs says why).
 */
function stripTypesKeepingImports(esbuild, source, file) {
  const untyped = source
    .replace(/^(\s*)import\s+type\s+(?=[\w{*])/gm, '$1import ')
    .replace(/^(\s*)export\s+type\s+(?=[{*])/gm, '$1export ')
  return esbuild.transformSync(untyped, {
    loader: file.endsWith('.tsx') ? 'tsx' : 'ts',
    jsx: 'automatic',
    format: 'esm',
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
  }).code
}

function writeStrippedCopy(root, files, copy) {
  const esbuild = loadEsbuild()
  for (const file of files) {
    const source = readFileSync(join(root, file), 'utf8')
    const isTypeScript = /\.tsx?$/.test(file)
    const target = join(copy, isTypeScript ? `${file}.js` : file)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, isTypeScript ? stripTypesKeepingImports(esbuild, source, file) : source)
  }
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'))
  const paths = tsconfig.compilerOptions?.paths ?? {}
  writeFileSync(join(copy, 'tsconfig.json'), JSON.stringify({ compilerOptions: { baseUrl: '.', paths } }))
  writeFileSync(join(copy, 'package.json'), readFileSync(join(root, 'package.json')))
}

/** `lib/a.ts.js` → `lib/a.ts`; folders and plain JavaScript keep their names. */
const originalName = (name) => name.replace(/\.(tsx?)\.js$/, '.$1')

function describeCycle(violation) {
  const scope = /\.[cm]?js$/.test(violation.from) ? 'module' : 'folder'
  const names = [violation.from, ...(violation.cycle ?? [{ name: violation.to }]).map((step) => step.name)]
  return `${scope} cycle: ${names.map(originalName).join(' → ')}`
}

/** The same cycle is reported once from each of its edges: one line per set of members. */
function uniqueCycles(violations) {
  const seen = new Map()
  for (const violation of violations) {
    const members = [violation.from, ...(violation.cycle ?? []).map((step) => step.name)]
    const key = `${violation.type}:${[...new Set(members)].sort().join('|')}`
    if (!seen.has(key)) seen.set(key, describeCycle(violation))
  }
  return [...seen.values()]
}

/**
 * Cruises `root` (a checkout) with `config` (the .dependency-cruiser.cjs rule set) and returns
 * its cycles, one line each, with counts for the summary.
 */
export async function findCycles({ root = REPO, config, paths = CHECKED_PATHS } = {}) {
  const ruleSet = config ?? createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs'))
  const files = listSources(root, paths)
  const copy = mkdtempSync(join(tmpdir(), 'archdeck-cycles-'))
  const cwd = process.cwd()
  try {
    writeStrippedCopy(root, files, copy)
    const { cruise } = await import('dependency-cruiser')
    const present = paths
      .filter((path) => files.some((file) => file === path || file.startsWith(`${path}/`)))
      .map((path) => (/\.tsx?$/.test(path) ? `${path}.js` : path))
    // dependency-cruiser names modules and resolves tsconfig paths relative to the working folder.
    process.chdir(copy)
    const result = await cruise(present, { ruleSet, validate: true, outputType: 'json', ...ruleSet.options })
    const output = typeof result.output === 'string' ? JSON.parse(result.output) : result.output
    const errors = output.summary.violations.filter((violation) => violation.rule.severity === 'error')
    return { cycles: uniqueCycles(errors), modules: output.summary.totalCruised, dependencies: output.summary.totalDependenciesCruised }
  } finally {
    process.chdir(cwd)
    rmSync(copy, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { cycles, modules, dependencies } = await findCycles()
  for (const cycle of cycles) console.log(cycle)
  if (cycles.length > 0) {
    console.log(`${cycles.length} import cycle${cycles.length === 1 ? '' : 's'}: make the imports flow one way (move the shared piece to the lower file or folder)`)
    process.exit(1)
  }
  console.log(`no import cycles (${modules} modules, ${dependencies} imports, type-only ones included)`)
}

// [1] The copy holds only JavaScript, so dependency-cruiser's default parser (acorn) reads it. The
//     rewrite of `import type` is textual and only at the start of a line, where statements begin
//     in this code base (one statement per line); a miss would only drop an edge, never add one.
