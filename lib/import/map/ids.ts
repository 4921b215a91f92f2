const SLUG = /^[a-z][a-z0-9-]{0,39}$/

/**
 * A model id from a Terraform resource name: lower case, `_` → `-`, other characters dropped,
 * starting with a letter, at most 40 characters (the model's slug). toModelId('ALB_sg') → 'alb-sg',
 * toModelId('3tier') → 'x3tier'.
 */
export function toModelId(name: string): string {
  const cleaned = name
    .toLowerCase()
    .replace(/_/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/^-+/, '')
  const lettered = /^[a-z]/.test(cleaned) ? cleaned : `x${cleaned}`
  return lettered.slice(0, 40).replace(/-+$/, '') || 'x'
}

/** Hands out unique ids: a second `web` becomes `web-2`. */
export class IdAllocator {
  private readonly used = new Set<string>()

  take(name: string): string {
    const base = toModelId(name)
    let id = base
    for (let n = 2; this.used.has(id); n++) id = `${base.slice(0, 40 - `-${n}`.length).replace(/-+$/, '')}-${n}`
    this.used.add(id)
    if (!SLUG.test(id)) throw new Error(`import: id ${id} is not a slug`)
    return id
  }
}

/** The resource name of an instance with its count index or for_each key: `app` / `app-1` / `app-a`. */
export function instanceName(name: string, index: number | string | undefined): string {
  return index === undefined ? name : `${name}-${index}`
}
