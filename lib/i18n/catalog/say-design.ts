import type { DesignBlocker } from '../../design-check/design-check-reasons'
import { design as en } from './en/design'
import { design as ko } from './ko/design'
import type { DesignUiReason } from './design-ui-reasons'
import { speaker } from './speaker'

/** Why a design cannot run, and the words around it, without the rest of the catalog. */
export const sayDesign = speaker<DesignBlocker | DesignUiReason>({ en, ko })
