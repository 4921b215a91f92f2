'use client'

import { useState } from 'react'
import { useT } from '@/components/i18n/locale-provider'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { noticeOf } from '@/components/store/notice'
import { fileSlug } from '@/components/ui/download'

/** Chrome that belongs to the screen, not the picture. */
const SCREEN_ONLY = ['react-flow__minimap', 'react-flow__controls', 'react-flow__attribution', 'react-flow__panel']

function isPictureNode(node: HTMLElement): boolean {
  return !SCREEN_ONLY.some((className) => node.classList?.contains(className))
}

/** Saves the topology as drawn (current lens and overlay) as PNG or SVG. */
export function TopologyImageDownload() {
  const t = useT()
  const name = useDashboardStore((s) => s.scenario.config.name)
  const notify = useDashboardStore((s) => s.notify)
  const [busy, setBusy] = useState(false)
  const save = async (format: 'png' | 'svg') => {
    const canvas = document.querySelector<HTMLElement>('[data-testid="topology-canvas"] .react-flow')
    if (!canvas) return
    setBusy(true)
    try {
      const { toPng, toSvg } = await import('html-to-image')
      const options = { backgroundColor: '#ffffff', pixelRatio: 2, filter: isPictureNode }
      const url = format === 'png' ? await toPng(canvas, options) : await toSvg(canvas, options)
      const link = document.createElement('a')
      link.href = url
      link.download = `${fileSlug(name)}-topology.${format}`
      link.click()
    } catch (error) {
      notify(noticeOf('error', { code: 'notice.topology-image-failed', params: { detail: (error as Error).message } }))
    } finally {
      setBusy(false)
    }
  }
  const button = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-600 disabled:opacity-50'
  return (
    <div className="flex items-center gap-1">
      <button type="button" className={button} disabled={busy} onClick={() => save('png')}>
        {t('topology.downloadPng')}
      </button>
      <button type="button" className={button} disabled={busy} onClick={() => save('svg')}>
        {t('topology.downloadSvg')}
      </button>
    </div>
  )
}
