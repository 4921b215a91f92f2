import type { CliImportReason } from '../cli-import-reasons'
import type { Messages } from '../define'

const at = (place: string | null) => (place ? `  (${place})` : '')

/** `archdeck import`'s report in English: "Understood (41)", "  aws_ecs_service.order → services[order]  (main.tf:120)". */
export const cliImport: Messages<CliImportReason> = {
  'cli-import.heading': ({ section, count }) =>
    ({
      understood: `Understood (${count})`,
      assumed: count > 0 ? `Assumed (${count}): Terraform does not say these, so these defaults were used` : 'Assumed (0)',
      skipped: `Skipped (${count})`,
      notes: `Notes (${count})`,
    })[section],
  'cli-import.understood': ({ address, becomes, place }) => `  ${address} → ${becomes}${at(place)}`,
  'cli-import.assumed': ({ field, value, why }) => `  ${field} = ${value}: ${why}`,
  'cli-import.skipped': ({ address, why }) => `  ${address}: ${why}`,
  'cli-import.note': ({ text, place }) => `  ${text}${at(place)}`,
  'cli-import.none': () => '  (none)',
  'cli-import.wrote': ({ file }) => `wrote ${file}`,
}
