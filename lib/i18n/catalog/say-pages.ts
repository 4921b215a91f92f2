import { pages as en } from './en/pages'
import { pages as ko } from './ko/pages'
import type { PagesReason } from './pages-reasons'
import { speaker } from './speaker'

/** Page titles and the over-limit page, for the server's pages. */
export const sayPages = speaker<PagesReason>({ en, ko })
