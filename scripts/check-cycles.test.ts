import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { findCycles } from './check-cycles.mjs'

const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs')
const trees: string[] = []

/** A checkout with the given files (path → source) and the project's tsconfig paths. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'archdeck-cycles-test-'))
  trees.push(root)
  const all = {
    'tsconfig.json': JSON.stringify({ compilerOptions: { paths: { '@/*': ['./*'] } } }),
    'package.json': '{ "name": "fixture", "private": true }',
    ...files,
  }
  for (const [path, source] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), source)
  }
  return root
}

async function cyclesIn(files: Record<string, string>): Promise<string[]> {
  return (await findCycles({ root: tree(files), config, paths: ['lib', 'components', 'data'] })).cycles
}

afterEach(() => {
  for (const root of trees.splice(0)) rmSync(root, { recursive: true, force: true })
})

describe('the import-cycle check', () => {
  it('reports a cycle closed by a type-only import through the @/ alias', async () => {
    const cycles = await cyclesIn({
      'components/views/chart.tsx': "import { Plot } from './chart-plot'\nexport type ChartProps = { n: number }\nexport const Chart = () => <Plot n={1} />\n",
      'components/views/chart-plot.tsx': "import type { ChartProps } from '@/components/views/chart'\nexport const Plot = (props: ChartProps) => <p>{props.n}</p>\n",
    })
    expect(cycles).toEqual(['module cycle: components/views/chart-plot.tsx → components/views/chart.tsx → components/views/chart-plot.tsx'])
  })

  it('reports a cycle between two folders even when no file imports itself back', async () => {
    const cycles = await cyclesIn({
      'components/header/header.tsx': "import { Panel } from '@/components/workspace/panel'\nexport const Header = () => <Panel />\n",
      'components/workspace/panel.tsx': "export const Panel = () => <p />\n",
      'components/workspace/menu.tsx': "import { label } from '../header/label'\nexport const menu = label\n",
      'components/header/label.ts': "export const label = 'Workspace'\n",
    })
    expect(cycles).toEqual(['folder cycle: components/header → components/workspace → components/header'])
  })

  it('passes a tree whose imports flow one way', async () => {
    const cycles = await cyclesIn({
      'lib/cost/total.ts': "import { HOURS_PER_MONTH } from '@/lib/units/hours'\nexport const total = (usd: number) => usd * HOURS_PER_MONTH\n",
      'lib/units/hours.ts': 'export const HOURS_PER_MONTH = 730\n',
    })
    expect(cycles).toEqual([])
  })

  it('reports the folder cycle of model test support that reads the presets, which read the model', async () => {
    const cycles = await cyclesIn({
      'lib/model/testing/generators.ts': "import { presets } from '@/data/presets/index'\nexport const generators = presets\n",
      'data/presets/index.ts': "import { schema } from '@/lib/model/schema'\nexport const presets = [schema]\n",
      'lib/model/schema.ts': 'export const schema = 1\n',
    })
    expect(cycles).toEqual(['folder cycle: data/presets → lib/model → data/presets'])
  })
})
