import { baseName } from './source-path'

/**
 * What a file is to Terraform, by its name (Terraform CLI docs, "Files and Directories" and
 * "Variable Definitions (.tfvars) Files"). Files under `.terraform/` (providers and modules
 * `terraform init` downloaded) and other names are not configuration and are left aside.
 */
export type FileKind =
  | { kind: 'configuration'; syntax: 'hcl' | 'json'; override: boolean }
  | { kind: 'variables'; syntax: 'hcl' | 'json'; autoLoaded: 'terraform.tfvars' | 'terraform.tfvars.json' | 'auto' | false }
  | { kind: 'other' }

export function fileKindOf(path: string): FileKind {
  if (/(^|\/)\.terraform\//.test(path)) return { kind: 'other' }
  const name = baseName(path)
  if (name.endsWith('.tf') || name.endsWith('.tf.json')) {
    const syntax = name.endsWith('.json') ? 'json' : 'hcl'
    const stem = name.replace(/\.tf(\.json)?$/, '')
    return { kind: 'configuration', syntax, override: stem === 'override' || stem.endsWith('_override') }
  }
  if (name.endsWith('.tfvars') || name.endsWith('.tfvars.json')) {
    const syntax = name.endsWith('.json') ? 'json' : 'hcl'
    const autoLoaded =
      name === 'terraform.tfvars' ? 'terraform.tfvars'
      : name === 'terraform.tfvars.json' ? 'terraform.tfvars.json'
      : /\.auto\.tfvars(\.json)?$/.test(name) ? 'auto'
      : false
    return { kind: 'variables', syntax, autoLoaded }
  }
  return { kind: 'other' }
}
