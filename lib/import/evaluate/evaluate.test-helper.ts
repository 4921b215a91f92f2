import type { EvaluatedConfiguration, ImportOptions, ResourceInstance } from '../types'
import { readAndEvaluate } from '.'

/** Evaluates inline files (`{ 'main.tf': '…' }`) and fails the test on an import error. */
export async function evaluateFiles(files: Record<string, string>, options: ImportOptions = {}): Promise<EvaluatedConfiguration> {
  const result = await readAndEvaluate(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    options,
  )
  if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.errors)}`)
  return result.configuration
}

export function instanceAt(configuration: EvaluatedConfiguration, address: string): ResourceInstance {
  const instance = configuration.instances.find((i) => i.address === address)
  if (!instance) throw new Error(`no instance ${address} among ${configuration.instances.map((i) => i.address).join(', ')}`)
  return instance
}

export function noteCodes(configuration: EvaluatedConfiguration): string[] {
  return configuration.notes.map((note) => note.code)
}
