import type { ImportNote } from '../types'
import type { ParsedModule, RawBlock } from './parsed-module'
import type { TopLevelBlock } from './top-level-blocks'
import { mergeOverride } from './merge-override'

/**
 * Puts a folder's blocks together into one module: the normal files' blocks first, then each
 * override file's blocks (in lexical order of file name, Terraform docs "Override Files") merged into
 * the block with the same header. An override of a block that does not exist is ignored (Terraform
 * refuses it; the import keeps what the normal files say). A block defined twice is read once
 * ("If two files attempt to define the same object, Terraform returns an error"), with a note.
 */
export function assembleModule(dir: string, normal: TopLevelBlock[], overrides: TopLevelBlock[], note: (note: ImportNote) => void): ParsedModule {
  const module: ParsedModule = {
    dir,
    variables: new Map(),
    locals: new Map(),
    resources: [],
    modules: new Map(),
    providers: [],
    outputs: new Map(),
  }
  for (const block of normal) {
    if (isDefined(module, block)) note({ code: 'import.duplicate-block', params: { block: [block.keyword, ...block.labels].join('.') }, where: block.where })
    else add(module, block)
  }
  for (const block of overrides) override(module, block)
  return module
}

function add(module: ParsedModule, block: TopLevelBlock): void {
  const { body, where } = block
  const [first = '', second = ''] = block.labels
  switch (block.keyword) {
    case 'variable':
      return void module.variables.set(first, { body, where })
    case 'output':
      return void module.outputs.set(first, { body, where })
    case 'module':
      return void module.modules.set(first, { body, where })
    case 'locals':
      for (const [name, expression] of Object.entries(body)) module.locals.set(name, { expression, where: block.members?.[name] ?? where })
      return
    case 'provider': {
      const alias = typeof body.alias === 'string' ? body.alias : undefined
      return void module.providers.push({ name: first, ...(alias ? { alias } : {}), body, where })
    }
    case 'resource':
    case 'data':
      return void module.resources.push({ mode: block.keyword === 'data' ? 'data' : 'managed', type: first, name: second, body, where })
  }
}

function isDefined(module: ParsedModule, block: TopLevelBlock): boolean {
  const [first = '', second = ''] = block.labels
  switch (block.keyword) {
    case 'variable':
      return module.variables.has(first)
    case 'output':
      return module.outputs.has(first)
    case 'module':
      return module.modules.has(first)
    case 'locals':
      return false
    case 'provider':
      return module.providers.some((p) => p.name === first && p.alias === (typeof block.body.alias === 'string' ? block.body.alias : undefined))
    case 'resource':
    case 'data':
      return module.resources.some((r) => r.mode === (block.keyword === 'data' ? 'data' : 'managed') && r.type === first && r.name === second)
  }
}

function override(module: ParsedModule, block: TopLevelBlock): void {
  const [first = '', second = ''] = block.labels
  const mergeInto = (map: Map<string, RawBlock>) => {
    const original = map.get(first)
    if (original) map.set(first, { ...original, body: mergeOverride(original.body, block.body) })
  }
  switch (block.keyword) {
    case 'variable':
      return mergeInto(module.variables)
    case 'output':
      return mergeInto(module.outputs)
    case 'module':
      return mergeInto(module.modules)
    case 'locals':
      // "Each locals block defines a number of named values. Overrides are applied on a value-by-value basis."
      for (const [name, expression] of Object.entries(block.body)) {
        const original = module.locals.get(name)
        if (original) module.locals.set(name, { ...original, expression })
      }
      return
    case 'provider': {
      const alias = typeof block.body.alias === 'string' ? block.body.alias : undefined
      const index = module.providers.findIndex((p) => p.name === first && p.alias === alias)
      const original = module.providers[index]
      if (original) module.providers[index] = { ...original, body: mergeOverride(original.body, block.body) }
      return
    }
    case 'resource':
    case 'data': {
      const mode = block.keyword === 'data' ? 'data' : 'managed'
      const index = module.resources.findIndex((r) => r.mode === mode && r.type === first && r.name === second)
      const original = module.resources[index]
      if (original) module.resources[index] = { ...original, body: mergeOverride(original.body, block.body) }
      return
    }
  }
}
