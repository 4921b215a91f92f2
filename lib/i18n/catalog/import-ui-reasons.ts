import type { Reason } from '../../explain/reason'

/**
 * The words of the "Import Terraform" dialog: picking files, waiting, the report's frame and what
 * went wrong on the way (the browser or the server). The notes inside the report (why a resource
 * was skipped, why a default was assumed) are the `import` namespace's. Keys of the `import-ui` namespace.
 */
type ImportUi<Code extends string, Params extends object = Record<string, never>> = Reason<`import-ui.${Code}`, Params>

/** The three parts of the report. */
export type ReportSection = 'understood' | 'assumed' | 'skipped'

export type ImportUiReason =
  /** The header's button and the dialog's title. */
  | ImportUi<'open'>
  | ImportUi<'intro'>
  | ImportUi<'choose-files'>
  | ImportUi<'choose-folder'>
  | ImportUi<'drop-here'>
  | ImportUi<'drop-hint'>
  | ImportUi<'reading', { files: number }>
  | ImportUi<'importing', { files: number }>
  | ImportUi<'read-from', { files: number; name: string }>
  | ImportUi<'section', { section: ReportSection; count: number }>
  | ImportUi<'section-empty', { section: ReportSection }>
  | ImportUi<'notes', { count: number }>
  | ImportUi<'col-address'>
  | ImportUi<'col-becomes'>
  | ImportUi<'col-field'>
  | ImportUi<'col-value'>
  | ImportUi<'col-why'>
  /** Where in the user's files: a file, and a line and column when known. */
  | ImportUi<'place', { file: string; line: number | null; column: number | null }>
  | ImportUi<'errors-title'>
  | ImportUi<'too-many-files', { files: number; limit: number }>
  | ImportUi<'too-large', { megabytes: number; limitMegabytes: number }>
  | ImportUi<'unreadable', { path: string }>
  | ImportUi<'no-terraform-files', { files: number }>
  | ImportUi<'network-failed'>
  | ImportUi<'server-failed', { status: number }>
  | ImportUi<'rate-limited', { seconds: number }>
  | ImportUi<'refused', { status: number }>
  | ImportUi<'unreadable-answer'>
  /** A note or error of the import whose words are not in this page's catalog yet: its code. */
  | ImportUi<'note-code', { code: string }>
  /** The -var lines under the pickers, and a line that is not name=value. */
  | ImportUi<'variables'>
  | ImportUi<'variables-hint'>
  | ImportUi<'variables-apply'>
  | ImportUi<'variable-line', { line: number }>
  /** The .tfvars files Terraform reads only with -var-file, each a checkbox. */
  | ImportUi<'var-files'>
  | ImportUi<'var-files-hint'>
  | ImportUi<'use'>
  | ImportUi<'cancel'>
