import { readConfigurationFiles } from '../sources/read-configuration-files'
import type { ImportOptions, SourceFile } from '../types'
import { evaluateConfiguration, type EvaluationResult } from './evaluate-configuration'

export type { EvaluationResult } from './evaluate-configuration'

/**
 * Terraform files (`.tf`, `.tf.json`, `.tfvars`) → the resource instances they configure, as far
 * as they can be known without AWS.
 */
export async function readAndEvaluate(files: SourceFile[], options: ImportOptions = {}): Promise<EvaluationResult> {
  const read = await readConfigurationFiles(files, { ...(options.root === undefined ? {} : { root: options.root }), ...(options.varFiles === undefined ? {} : { varFiles: options.varFiles }) })
  if (!read.ok) return { ok: false, errors: read.errors }
  return evaluateConfiguration(read, options)
}
