import type { ImportNote } from '../types'
import type { ParsedModule, RawBlock } from './parsed-module'
import type { TopLevelBlock } from './top-level-blocks'
import { mergeOverride } from './merge-override'
import type { RawBody } from './parse-file'

/**
 * Puts a folder's blocks together into one module: the normal files' blocks first, then each
 * override file's blocks (in lexical order of file name, Terraform docs "Override Files") merged into
 * the block with the same header. An override of a block that does not exist is ignored (Terraform
 * refuses it; the import keeps what the normal files say). A block defined twice is read once
 * ("If two files attempt to define the same object, Terraform returns an error"), with a note.
 */
export function assembleModule(dir: string, normal: TopLevelBlock[], overrides: TopLevelBlock[], note: (note: ImportNote) => void): ParsedModule {
  const module: ParsedModule = { dir, variables: new Map(), locals: new Map(), resources: [], modules: new Map(), providers: [], outputs: new Map() }
  /** Each block by its header, to merge an override into it. */
  const byHeader = new Map<string, { body: () => RawBody; replace: (body: RawBody) => void }>()
  for (const block of normal) {
    if (block.keyword === 'locals') {
      for (const [name, expression] of Object.entries(block.body)) module.locals.set(name, { expression, where: block.members?.[name] ?? block.where })
      continue
    }
    const header = headerOf(block)
    if (byHeader.has(header)) {
      note({ code: 'import.duplicate-block', params: { block: [block.keyword, ...block.labels].join('.') }, where: block.where })
      continue
    }
    byHeader.set(header, add(module, block))
  }
  for (const block of overrides) {
    if (block.keyword === 'locals') {
      // "Each locals block defines a number of named values. Overrides are applied on a value-by-value basis."
      for (const [name, expression] of Object.entries(block.body)) {
        const original = module.locals.get(name)
        if (original) module.locals.set(name, { ...original, expression })
      }
      continue
    }
    const original = byHeader.get(headerOf(block))
    if (original) original.replace(mergeOverride(original.body(), block.body))
  }
  return module
}

/** The block type and its labels; a provider configuration is told apart by its alias. */
function headerOf(block: TopLevelBlock): string {
  const alias = block.keyword === 'provider' && typeof block.body.alias === 'string' ? [block.body.alias] : []
  return JSON.stringify([block.keyword, ...block.labels, ...alias])
}

function add(module: ParsedModule, block: TopLevelBlock): { body: () => RawBody; replace: (body: RawBody) => void } {
  const { body, where } = block
  const [first = '', second = ''] = block.labels
  const inMap = (map: Map<string, RawBlock>) => {
    map.set(first, { body, where })
    return { body: () => map.get(first)!.body, replace: (merged: RawBody) => map.set(first, { body: merged, where }) }
  }
  const inList = <T extends RawBlock>(list: T[], item: T) => {
    const index = list.push(item) - 1
    return { body: () => list[index]!.body, replace: (merged: RawBody) => void (list[index] = { ...list[index]!, body: merged }) }
  }
  switch (block.keyword) {
    case 'variable':
      return inMap(module.variables)
    case 'output':
      return inMap(module.outputs)
    case 'module':
      return inMap(module.modules)
    case 'provider': {
      const alias = typeof body.alias === 'string' ? body.alias : undefined
      return inList(module.providers, { name: first, ...(alias ? { alias } : {}), body, where })
    }
    default:
      return inList(module.resources, { mode: block.keyword === 'data' ? 'data' : 'managed', type: first, name: second, body, where })
  }
}
