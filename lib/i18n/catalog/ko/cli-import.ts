import type { CliImportReason } from '../cli-import-reasons'
import type { Messages } from '../define'

const at = (place: string | null) => (place ? `  (${place})` : '')

/** `archdeck import`'s report in Korean. */
export const cliImport: Messages<CliImportReason> = {
  'cli-import.heading': ({ section, count }) =>
    ({
      understood: `가져온 것 (${count})`,
      assumed: count > 0 ? `가정한 것 (${count}): Terraform에 없는 값이라 기본값을 썼습니다` : '가정한 것 (0)',
      skipped: `건너뛴 것 (${count})`,
      notes: `참고 (${count})`,
    })[section],
  'cli-import.understood': ({ address, becomes, place }) => `  ${address} → ${becomes}${at(place)}`,
  'cli-import.assumed': ({ field, value, why }) => `  ${field} = ${value}: ${why}`,
  'cli-import.skipped': ({ address, why }) => `  ${address}: ${why}`,
  'cli-import.note': ({ text, place }) => `  ${text}${at(place)}`,
  'cli-import.none': () => '  (없음)',
  'cli-import.wrote': ({ file }) => `${file}에 저장했습니다`,
}
