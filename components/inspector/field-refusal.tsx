'use client'

import { sayModel } from '@/lib/i18n/catalog/say-model'
import { useFieldRefusal } from './use-inspector-edit'
import { useInspectorSay } from './use-inspector-say'

/** The element id of `field`'s refusal, which the field's aria-describedby names. */
export function refusalId(field: string): string {
  return `inspector-refusal-${field.replace(/[^A-Za-z0-9-]/g, '-')}`
}

/** Under a field whose edit the model refused: which field of the model, and why, in its words. */
export function FieldRefusal({ field }: { field: string }) {
  const errors = useFieldRefusal(field)
  const { w, locale } = useInspectorSay()
  if (!errors) return null
  return (
    <div id={refusalId(field)} role="alert" data-testid="inspector-field-error" className="mt-1 rounded border border-rose-200 bg-rose-50 px-2 py-1 text-xs text-rose-800">
      <p className="font-medium">{w('not-applied')}</p>
      <ul className="mt-0.5 space-y-0.5">
        {errors.slice(0, 4).map((e) => (
          <li key={`${e.path}:${e.message}`} className="break-words">
            <code className="font-mono text-[11px]">{e.path}</code>: {e.reason ? sayModel(locale, e.reason) : e.message}
          </li>
        ))}
      </ul>
    </div>
  )
}
