import { isSecretName } from '../secret-names'
import { isRef, isUnknown, type TfValue } from '../types'
import { note, type MapContext } from './context'

/** Every resource no mapper took: another provider's, or an AWS type the model does not hold. */
export function skipTheRest(ctx: MapContext): void {
  for (const instance of ctx.index.all) {
    if (ctx.report.isHandled(instance)) continue
    const provider = instance.provider.split('.')[0] ?? instance.provider
    const other = provider !== 'aws' && !instance.type.startsWith('aws_')
    // AWS data sources only feed resources; another provider's are said, as its resources are.
    if (instance.mode === 'data' && !other) continue
    ctx.report.skipped(instance, other ? note('skipped.other-provider', { provider }) : note('skipped.not-modelled', { resourceType: instance.type }))
  }
}

/**
 * Secrets written as literals in the files: said once each, never copied. ArchDeck's own export
 * keeps them in Secrets Manager or sensitive variables, so re-exporting an import holds none.
 */
export function noteLiteralSecrets(ctx: MapContext): void {
  for (const instance of ctx.index.all) {
    const visit = (values: Record<string, TfValue>, prefix: string) => {
      for (const [key, value] of Object.entries(values)) {
        // A secret-named attribute is never read; a literal one is reported.
        if (isSecretName(key) && typeof value === 'string' && value !== '')
          ctx.report.note({ ...note('secret-to-variable', { attribute: `${prefix}${key}`, variable: `${instance.type}_${instance.name}_${key}` }), address: instance.address })
        else if (Array.isArray(value)) value.forEach((v) => isNested(v) && visit(v, `${prefix}${key}.`))
        else if (isNested(value)) visit(value, `${prefix}${key}.`)
      }
    }
    visit(instance.values, '')
  }
}

function isNested(value: TfValue): value is Record<string, TfValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isRef(value) && !isUnknown(value)
}
