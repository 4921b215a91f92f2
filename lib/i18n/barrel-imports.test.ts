import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '../..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

/** `import { a, type B } from '@/lib/i18n'` brings values; `import type { … }` does not. */
const BARREL_IMPORT = /import\s+(type\s+)?\{([^}]*)\}\s+from\s+'@\/lib\/i18n'/g

/**
 * Pages must import the catalog's speakers and helpers by exact path (ADR 013): a value import
 * from the `@/lib/i18n` barrel pulls every namespace of every language into the page's bundle,
 * which cost `/` about 20 KB of first-load JavaScript gzipped.
 */
describe('the lib/i18n barrel stays out of pages', () => {
  it('no component or page imports a value from @/lib/i18n', () => {
    const offenders = [...sourceFiles(join(ROOT, 'components')), ...sourceFiles(join(ROOT, 'app'))].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(BARREL_IMPORT)]
        .filter(([, typeOnly, names]) => !typeOnly && names!.split(',').some((n) => n.trim() !== '' && !n.trim().startsWith('type ')))
        .map(([statement]) => `${relative(ROOT, file)}: ${statement!.replace(/\s+/g, ' ')}`),
    )
    expect(offenders).toEqual([])
  })
})
