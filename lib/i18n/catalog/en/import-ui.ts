import { formatNumber } from '../../format'
import { plural } from '../../plural'
import type { ImportUiReason, ReportSection } from '../import-ui-reasons'
import type { Messages } from '../define'
import { importUiButton } from './import-ui-button'

const count = (n: number) => formatNumber(n, 'en')
const files = (n: number) => `${count(n)} ${plural('en', n, { one: 'file', other: 'files' })}`

const SECTION: Record<ReportSection, string> = { understood: 'Understood', assumed: 'Assumed', skipped: 'Skipped' }
const EMPTY: Record<ReportSection, string> = {
  understood: 'No resource became part of the design.',
  assumed: 'Nothing had to be assumed.',
  skipped: 'No resource was left out.',
}

/** The "Import Terraform" dialog, in English. */
export const importUi: Messages<ImportUiReason> = {
  'import-ui.open': importUiButton,
  'import-ui.intro': () =>
    'Pick the files of one Terraform configuration (.tf, .tf.json, .tfvars, or the JSON of terraform show -json), or its folder. Your current design stays as it is until you press “Use this design”.',
  'import-ui.choose-files': () => 'Choose files',
  'import-ui.choose-folder': () => 'Choose folder',
  'import-ui.drop-here': () => 'Or drop files or a folder here',
  'import-ui.drop-hint': () => 'The .terraform folder, hidden folders and other kinds of file are left out.',
  'import-ui.reading': (p) => `Reading ${files(p.files)}…`,
  'import-ui.importing': (p) => `Importing ${files(p.files)}…`,
  'import-ui.read-from': (p) => `“${p.name}”, read from ${files(p.files)}. Check what was understood, assumed and skipped before you use it.`,
  'import-ui.section': (p) => `${SECTION[p.section]} (${count(p.count)})`,
  'import-ui.section-empty': (p) => EMPTY[p.section],
  'import-ui.notes': (p) => `Notes (${count(p.count)})`,
  'import-ui.col-address': () => 'Terraform address',
  'import-ui.col-becomes': () => 'Part of the design',
  'import-ui.col-field': () => 'Field',
  'import-ui.col-value': () => 'Value used',
  'import-ui.col-why': () => 'Why',
  'import-ui.place': (p) => (p.line === null ? p.file : p.column === null ? `${p.file}, line ${count(p.line)}` : `${p.file}, line ${count(p.line)}, column ${count(p.column)}`),
  'import-ui.errors-title': () => 'Nothing was imported; your design is unchanged.',
  'import-ui.too-many-files': (p) => `These are ${files(p.files)}; an import takes at most ${count(p.limit)}. Pick the folder of one configuration.`,
  'import-ui.too-large': (p) => `These files come to ${formatNumber(p.megabytes, 'en', 1)} MB; an import takes at most ${count(p.limitMegabytes)} MB.`,
  'import-ui.unreadable': (p) => `${p.path} could not be read: it may have been moved or deleted since it was picked.`,
  'import-ui.no-terraform-files': (p) => `None of the ${files(p.files)} is a Terraform file: pick .tf, .tf.json, .tfvars or .json files.`,
  'import-ui.network-failed': () => 'The server could not be reached. Check the connection and try again.',
  'import-ui.server-failed': (p) => `The server could not import these files (error ${p.status}). Try again in a moment.`,
  'import-ui.rate-limited': (p) => `Too many imports in a short time: try again in ${count(p.seconds)} s.`,
  'import-ui.refused': (p) => `The server refused the import (error ${p.status}).`,
  'import-ui.unreadable-answer': () => 'The server’s answer is not a design this page can read. Reload the page and try again.',
  'import-ui.note-code': (p) => p.code,
  'import-ui.variables': () => 'Variables (-var)',
  'import-ui.variables-hint': () => 'One name=value per line, as terraform -var takes them; they win over .tfvars files and defaults. A required variable left without a value is reported as assumed.',
  'import-ui.variables-apply': () => 'Import again with these variables',
  'import-ui.variable-line': (p) => `Variables, line ${count(p.line)}: write it as name=value.`,
  'import-ui.var-files': () => 'Variable files (-var-file)',
  'import-ui.var-files-hint': () => 'Terraform reads terraform.tfvars and *.auto.tfvars by itself and these only when named: tick the ones to apply.',
  'import-ui.use': () => 'Use this design',
  'import-ui.cancel': () => 'Cancel',
}
