import { sayNotice } from '@/lib/i18n/catalog/say-notice'
import type { NoticeReason } from '@/lib/i18n/catalog/notice-reasons'
import type { FieldError } from '@/lib/model'

/**
 * The dashboard's notice line. `reason`: what the line says in the reader's language, `text` then
 * being its English (what logs and tests read, like a field error's message); without a reason,
 * `text` was worded by its sender.
 */
export type Notice = { kind: 'error' | 'info'; text: string; reason?: NoticeReason; details?: FieldError[] }

/** noticeOf('info', { code: 'notice.imported', params: { fileName: 'plan.json' } }) → { …, text: 'Imported plan.json.' } */
export function noticeOf(kind: Notice['kind'], reason: NoticeReason, details?: FieldError[]): Notice {
  const text = sayNotice('en', reason)
  return details ? { kind, text, reason, details } : { kind, text, reason }
}
