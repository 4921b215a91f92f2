import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const LIB = join(__dirname, '..')
/** The engines of issue 11: they return numbers, ids and reason codes; the catalog words them. */
const ENGINES = ['cost', 'recovery', 'capacity', 'security', 'topology', 'terraform', 'compare', 'evaluate', 'design-check']

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$|\.test-helper\.ts$|\.fixture\.ts$/.test(name) ? [path] : []
  })
}

describe('engine sources hold no words of a language', () => {
  const files = ENGINES.flatMap((engine) => sources(join(LIB, engine)))

  it('reads every engine folder', () => {
    expect(files.length).toBeGreaterThan(100)
  })

  it('has no Hangul and no { en, ko } pair in any engine source file', () => {
    const found = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      const where = relative(LIB, file)
      return [
        ...(/[\uAC00-\uD7A3\u3131-\u318E]/.test(text) ? [`${where}: Hangul`] : []),
        ...(/[{,]\s*(en|ko)\s*:/.test(text) ? [`${where}: an en/ko key`] : []),
      ]
    })
    expect(found).toEqual([])
  })
})
