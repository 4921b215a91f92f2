import { views as en } from './en/views'
import { views as ko } from './ko/views'
import { speaker } from './speaker'
import type { ViewsReason } from './views-reasons'

/** The stakeholder views' own words, without the rest of the catalog. */
export const sayViews = speaker<ViewsReason>({ en, ko })
