import { notice as en } from './en/notice'
import { notice as ko } from './ko/notice'
import type { NoticeReason } from './notice-reasons'
import { speaker } from './speaker'

/** The dashboard's notice line, without the rest of the catalog. */
export const sayNotice = speaker<NoticeReason>({ en, ko })
