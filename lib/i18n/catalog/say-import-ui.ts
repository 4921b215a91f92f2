import { importUi as en } from './en/import-ui'
import { importUi as ko } from './ko/import-ui'
import type { ImportUiReason } from './import-ui-reasons'
import { speaker } from './speaker'

/** The "Import Terraform" dialog's words, without the rest of the catalog. */
export const sayImportUi = speaker<ImportUiReason>({ en, ko })
