'use client'

import { useMemo } from 'react'
import { useLocale } from '@/components/i18n/locale-provider'
import type { Locale } from '@/lib/i18n'
import { sayWorkspace } from '@/lib/i18n/catalog/say-workspace'
import { wordsIn, type Words } from '@/lib/i18n/catalog/words-in'
import type { WorkspaceReason } from '@/lib/i18n/catalog/workspace-reasons'

/** The workspace panel's words by key: w('saved'), w('editing', { name, version }). */
export type WorkspaceWords = Words<WorkspaceReason, 'workspace'>

export function useWorkspaceWords(): { w: WorkspaceWords; locale: Locale } {
  const { locale } = useLocale()
  return useMemo(() => ({ w: wordsIn('workspace', sayWorkspace, locale), locale }), [locale])
}
