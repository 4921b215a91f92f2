'use client'

import { useEffect, useId, useState } from 'react'
import { formatNumber } from '@/lib/i18n/format'
import { useControlsSay } from './use-controls-say'

/**
 * A labelled number input that applies on Enter or blur. Text that is not a number in range stays
 * in the box with a message under it; the model keeps its last valid value. A field the design may
 * leave unstated (`value` null) shows empty with a placeholder until a number is typed.
 */
export function NumberField({ label, value, min, max, suffix, hint, placeholder, onCommit }: { label: string; value: number | null; min: number; max: number; suffix?: string; hint?: string; placeholder?: string; onCommit: (value: number) => void }) {
  const id = useId()
  const shown = (v: number | null) => (v === null ? '' : String(v))
  const [text, setText] = useState(shown(value))
  // What was wrong, worded when shown, so switching the language rewords it.
  const [error, setError] = useState<'not-a-number' | 'out-of-range' | null>(null)
  const { c, locale } = useControlsSay()
  useEffect(() => setText(shown(value)), [value])
  const commit = () => {
    if (text.trim() === '' && value === null) return setError(null)
    const parsed = Number(text.replace(/[,\s]/g, ''))
    if (text.trim() === '' || !Number.isFinite(parsed)) return setError('not-a-number')
    if (parsed < min || parsed > max) return setError('out-of-range')
    setError(null)
    if (parsed !== value) onCommit(parsed)
  }
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="mt-1 flex items-center gap-2">
        <input
          id={id}
          inputMode="decimal"
          value={text}
          placeholder={placeholder}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
          className={`w-full rounded-md border bg-white px-2 py-1.5 text-right text-sm tabular-nums focus:outline-2 focus:outline-sky-600 ${error ? 'border-rose-500' : 'border-slate-300'}`}
        />
        {suffix && <span className="shrink-0 text-xs text-slate-500">{suffix}</span>}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-xs text-rose-700">
          {error === 'not-a-number' ? c('not-a-number') : c('out-of-range', { min: formatNumber(min, locale), max: formatNumber(max, locale) })}
        </p>
      )}
      {hint && !error && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
    </div>
  )
}
