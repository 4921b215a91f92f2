import { writeFileSync } from 'node:fs'
import { sayCliImport } from '../../lib/i18n/catalog/say-cli-import'
import type { Io } from '../io'
import type { ImportArgs } from './args'
import { collectSourceFiles } from './collect-files'
import { toImportJson } from './report-json'
import { importReportLines } from './report-text'
import { placeShower, sayNote } from './say-note'
import { describeFsError } from '../fs-error'

/**
 * `archdeck import PATH…`: reads the Terraform files (or a plan's JSON), prints what became which
 * part of the model, what was assumed and what was skipped, and with --out writes the scenario
 * `--config` reads. Exit codes: 0 imported; 2 when nothing was (a missing path, a syntax error at
 * file:line:column, an unreadable or unsupported file, no resources, a model the schema refuses),
 * as every other command answers bad input. Nothing is written unless the whole import succeeded.
 */
export async function runImport(args: ImportArgs, io: Io): Promise<number> {
  const collected = collectSourceFiles(args.paths)
  if (!collected.ok) {
    io.err(`archdeck: ${collected.message}`)
    return 2
  }
  if (collected.files.length === 0) {
    io.err(`archdeck: no Terraform files (*.tf, *.tf.json, *.tfvars, *.tfvars.json) in ${args.paths.join(', ')}`)
    return 2
  }
  // The importer loads the HCL parser's WebAssembly: only this command pays for it.
  const { importTerraform } = await import('../../lib/import')
  const result = await importTerraform(collected.files, { vars: args.vars, varFiles: collected.varFiles })
  const place = placeShower(collected.shown)
  if (!result.ok) {
    for (const error of result.errors) {
      const at = place(error.where)
      io.err(`archdeck: ${at ? `${at}: ` : ''}${error.address ? `${error.address}: ` : ''}${sayNote(args.lang, error)}`)
    }
    return 2
  }
  if (args.outFile) {
    try {
      writeFileSync(args.outFile, `${JSON.stringify(result.scenario, null, 2)}\n`)
    } catch (error) {
      io.err(`archdeck: cannot write to ${args.outFile}: ${describeFsError(error)}`)
      return 2
    }
  }
  if (args.json) io.out(JSON.stringify(toImportJson(result.report, result.scenario, place), null, 2))
  else {
    for (const line of importReportLines(result.report, args.lang, place)) io.out(line)
    if (args.outFile) io.out(sayCliImport(args.lang, { code: 'cli-import.wrote', params: { file: args.outFile } }))
  }
  return 0
}
