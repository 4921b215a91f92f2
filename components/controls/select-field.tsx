'use client'

import { useId } from 'react'

type SelectOption = { value: string; label: string }

/** A labelled native select: keyboard-operable and announced by its label. */
export function SelectField({ label, value, options, onChange, disabled, hint }: { label: string; value: string; options: SelectOption[]; onChange: (value: string) => void; disabled?: boolean; hint?: string }) {
  const id = useId()
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus:outline-2 focus:outline-sky-600 disabled:bg-slate-100 disabled:text-slate-400"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
    </div>
  )
}
