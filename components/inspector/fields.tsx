'use client'

import { createContext, useContext, useEffect, useId, useState, type ReactNode } from 'react'
import { FieldRefusal, refusalId } from './field-refusal'
import { useFieldRefusal } from './use-inspector-edit'
import { useInspectorSay } from './use-inspector-say'

/**
 * The inspector's fields. Each names the edit it makes (`field`), so a refusal by the model shows
 * under it; typed text stays in the box until it is fixed or another value arrives.
 */

/** Inside a FieldRow, a field leaves its refusal to the row, which shows it under the whole row. */
const InRow = createContext(false)

/** Fields side by side ('Minimum Desired Maximum'); a refusal of any of them is shown under the row at full width. */
export function FieldRow({ fields, columns = 2, children }: { fields: readonly string[]; columns?: 2 | 3; children: ReactNode }) {
  return (
    <div>
      <div className={`grid gap-2 ${columns === 3 ? 'grid-cols-3' : 'grid-cols-2'}`}>
        <InRow.Provider value={true}>{children}</InRow.Provider>
      </div>
      {fields.map((field) => (
        <FieldRefusal key={field} field={field} />
      ))}
    </div>
  )
}

const INPUT = 'mt-0.5 w-full rounded-md border bg-white px-2 py-1 text-sm text-slate-900 focus:outline-2 focus:outline-sky-600 disabled:bg-slate-100'

function Shell({ id, field, label, hint, local, children }: { id: string; field: string; label: string; hint?: string; local?: string | null; children: ReactNode }) {
  const inRow = useContext(InRow)
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      {children}
      {local && (
        <p id={`${id}-local`} role="alert" className="mt-1 text-xs text-rose-700">
          {local}
        </p>
      )}
      {!inRow && <FieldRefusal field={field} />}
      {hint && <p className="mt-1 text-[11px] leading-4 text-slate-500">{hint}</p>}
    </div>
  )
}

function useDescribedBy(id: string, field: string, local: boolean): { invalid: boolean; describedBy: string | undefined } {
  const refused = useFieldRefusal(field) !== null
  const ids = [local ? `${id}-local` : null, refused ? refusalId(field) : null].filter(Boolean)
  return { invalid: refused || local, describedBy: ids.length > 0 ? ids.join(' ') : undefined }
}

type NumberProps = { field: string; label: string; value: number | null; optional?: boolean; hint?: string; onCommit: (value: number | null) => void }

/** A number applied on Enter or blur; empty means "not set" when `optional`. */
export function NumberInput({ field, label, value, optional, hint, onCommit }: NumberProps) {
  const id = useId()
  const shown = (v: number | null) => (v === null ? '' : String(v))
  const [text, setText] = useState(shown(value))
  const [notNumber, setNotNumber] = useState(false)
  const { w } = useInspectorSay()
  useEffect(() => setText(shown(value)), [value])
  const aria = useDescribedBy(id, field, notNumber)
  const commit = () => {
    const trimmed = text.trim()
    if (trimmed === '' && optional) return (setNotNumber(false), value === null ? undefined : onCommit(null))
    const parsed = Number(trimmed.replace(/[,\s]/g, ''))
    if (trimmed === '' || !Number.isFinite(parsed)) return setNotNumber(true)
    setNotNumber(false)
    if (parsed !== value) onCommit(parsed)
  }
  return (
    <Shell id={id} field={field} label={label} hint={hint} local={notNumber ? w('not-a-number') : null}>
      <input
        id={id}
        inputMode="decimal"
        value={text}
        aria-invalid={aria.invalid}
        aria-describedby={aria.describedBy}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
        className={`${INPUT} text-right tabular-nums ${aria.invalid ? 'border-rose-500' : 'border-slate-300'}`}
      />
    </Shell>
  )
}

/** Free text applied on Enter or blur (a name, a class, a path); the model checks its shape. */
export function TextInput({ field, label, value, hint, onCommit }: { field: string; label: string; value: string; hint?: string; onCommit: (value: string) => void }) {
  const id = useId()
  const [text, setText] = useState(value)
  useEffect(() => setText(value), [value])
  const aria = useDescribedBy(id, field, false)
  const commit = () => text !== value && onCommit(text.trim())
  return (
    <Shell id={id} field={field} label={label} hint={hint}>
      <input
        id={id}
        value={text}
        spellCheck={false}
        aria-invalid={aria.invalid}
        aria-describedby={aria.describedBy}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
        className={`${INPUT} font-mono text-[13px] ${aria.invalid ? 'border-rose-500' : 'border-slate-300'}`}
      />
    </Shell>
  )
}

export type Option = { value: string; label: string }

/** A native select, applied on change. */
export function SelectInput({ field, label, value, options, onChange }: { field: string; label: string; value: string; options: Option[]; onChange: (value: string) => void }) {
  const id = useId()
  const aria = useDescribedBy(id, field, false)
  return (
    <Shell id={id} field={field} label={label}>
      <select id={id} value={value} aria-invalid={aria.invalid} aria-describedby={aria.describedBy} onChange={(e) => onChange(e.target.value)} className={`${INPUT} ${aria.invalid ? 'border-rose-500' : 'border-slate-300'}`}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  )
}

/** A checkbox, applied on change, with its refusal under it. */
export function CheckboxInput({ field, label, checked, onChange }: { field: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId()
  const aria = useDescribedBy(id, field, false)
  return (
    <div>
      <label className="flex items-center gap-2 text-xs font-medium text-slate-700">
        <input id={id} type="checkbox" checked={checked} aria-invalid={aria.invalid} aria-describedby={aria.describedBy} onChange={(e) => onChange(e.target.checked)} className="h-4 w-4 rounded border-slate-300 accent-sky-600" />
        {label}
      </label>
      <FieldRefusal field={field} />
    </div>
  )
}

/** A titled group of fields. */
export function FieldGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mt-3 space-y-2 border-t border-slate-100 pt-2 first:mt-0 first:border-t-0 first:pt-0">
      <h4 className="text-[11px] font-semibold uppercase tracking-wide text-slate-500">{title}</h4>
      {children}
    </div>
  )
}

/** A button that removes something (a service, a rule): quiet until hovered. */
export function RemoveButton({ label, onClick, children }: { label: string; onClick: () => void; children?: ReactNode }) {
  return (
    <button type="button" aria-label={label} onClick={onClick} className="rounded-md border border-rose-200 px-2 py-1 text-xs font-medium text-rose-700 hover:bg-rose-50 focus:outline-2 focus:outline-sky-600">
      {children ?? label}
    </button>
  )
}

/** A small secondary button ("Add rule", "Cancel"). */
export function SmallButton({ onClick, children, type = 'button', label }: { onClick?: () => void; children: ReactNode; type?: 'button' | 'submit'; label?: string }) {
  return (
    <button type={type} aria-label={label} onClick={onClick} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 focus:outline-2 focus:outline-sky-600">
      {children}
    </button>
  )
}
