import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { collectSourceFiles } from './collect-files'

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A working folder with files at the given paths. */
function folderWith(paths: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'archdeck-collect-'))
  made.push(dir)
  for (const path of paths) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), `# ${path}\n`)
  }
  return dir
}

function collected(paths: string[], cwd: string) {
  const result = collectSourceFiles(paths, cwd)
  if (!result.ok) throw new Error(result.message)
  return result
}

describe('collectSourceFiles', () => {
  it('walks a folder for configuration and variable files, leaving out .terraform/, hidden folders and other files', () => {
    const cwd = folderWith([
      'infra/main.tf', 'infra/variables.tf.json', 'infra/terraform.tfvars', 'infra/prod.tfvars.json', 'infra/modules/net/main.tf',
      'infra/.terraform/modules/vpc/main.tf', 'infra/.git/hooks/x.tf', 'infra/README.md', 'infra/plan.json',
    ])
    const { files, shown } = collected(['infra'], cwd)
    // Paths are relative to the folder holding them all, as the evaluator groups modules by folder.
    expect(files.map((f) => f.path)).toEqual(['main.tf', 'modules/net/main.tf', 'prod.tfvars.json', 'terraform.tfvars', 'variables.tf.json'])
    expect(files[0]!.text).toBe('# infra/main.tf\n')
    expect(shown.get('modules/net/main.tf')).toBe(join('infra', 'modules', 'net', 'main.tf'))
  })

  it('takes a file as it is named (a plan\'s JSON) and a folder and a file together, each file once', () => {
    const cwd = folderWith(['infra/main.tf', 'prod.tfvars', 'plan.json'])
    expect(collected(['plan.json'], cwd).files.map((f) => f.path)).toEqual(['plan.json'])
    expect(collected(['infra', 'prod.tfvars', 'infra/main.tf'], cwd).files.map((f) => f.path)).toEqual(['infra/main.tf', 'prod.tfvars'])
  })

  it('says which path it cannot read', () => {
    const cwd = folderWith([])
    expect(collectSourceFiles(['nope'], cwd)).toEqual({ ok: false, message: 'cannot read nope: no such file or folder (ENOENT)' })
  })
})
