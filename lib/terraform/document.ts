import type { Json, JsonObject } from './json'
import { escapeTemplate } from './escape'
import { tfRef, type TfRef } from './names'

/** An input variable; secrets are `sensitive` and never get a default. */
type VariableDeclaration = {
  type: string
  description: string
  sensitive?: boolean
  default?: Json
  validation?: { condition: string; error_message: string }[]
}

/**
 * The Terraform module being assembled: resources, variables, outputs and notes. Each concern
 * adds what it needs; a duplicate resource address is a bug in the exporter, so it throws.
 */
export class TerraformDocument {
  private readonly resources = new Map<string, Map<string, JsonObject>>()
  private readonly dataSources = new Map<string, Map<string, JsonObject>>()
  private readonly variables = new Map<string, VariableDeclaration>()
  private readonly outputs = new Map<string, JsonObject>()
  private readonly notes: string[] = []

  resource(type: string, name: string, body: JsonObject): TfRef {
    return this.define(tfRef(type, name), body)
  }

  /** Declares a resource whose address other concerns already know (`aws_vpc.main`). */
  define(ref: TfRef, body: JsonObject): TfRef {
    const { type, name } = ref
    const byName = this.resources.get(type) ?? new Map<string, JsonObject>()
    this.resources.set(type, byName)
    if (byName.has(name)) throw new Error(`terraform export: resource ${type}.${name} is declared twice`)
    byName.set(name, body)
    return ref
  }

  /** Declares a data source once (later identical declarations are no-ops) and returns its reference. */
  data(type: string, name: string, body: JsonObject): TfRef {
    const byName = this.dataSources.get(type) ?? new Map<string, JsonObject>()
    this.dataSources.set(type, byName)
    const known = byName.get(name)
    if (known && JSON.stringify(known) !== JSON.stringify(body))
      throw new Error(`terraform export: data source ${type}.${name} is declared twice with different settings`)
    byName.set(name, body)
    return tfRef(`data.${type}`, name)
  }

  /** Declares (once) and returns `${var.<name>}`; a reference without a declaration cannot be made. */
  variable(name: string, declaration: VariableDeclaration): string {
    const known = this.variables.get(name)
    if (known && JSON.stringify(known) !== JSON.stringify(declaration))
      throw new Error(`terraform export: variable ${name} is declared twice with different settings`)
    this.variables.set(name, declaration)
    return `\${var.${name}}`
  }

  output(name: string, value: string, description: string): void {
    this.outputs.set(name, { value, description })
  }

  /** A remark for the reader of main.tf.json (what was skipped and why); escaped, since it may quote a label. */
  note(text: string): void {
    this.notes.push(escapeTemplate(text))
  }

  mainBody(): JsonObject {
    return {
      '//': this.notes.length ? this.notes.map((n, i) => `(${i + 1}) ${n}`).join(' ') : undefined,
      data: this.dataSources.size ? mapToObject(this.dataSources, (byName) => mapToObject(byName, (body) => body)) : undefined,
      resource: mapToObject(this.resources, (byName) => mapToObject(byName, (body) => body)),
      output: this.outputs.size ? mapToObject(this.outputs, (o) => o) : undefined,
    }
  }

  variablesBody(): JsonObject {
    return {
      variable: mapToObject(this.variables, (v) => ({
        type: v.type,
        description: v.description,
        sensitive: v.sensitive || undefined,
        default: v.default,
        validation: v.validation,
      })),
    }
  }
}

/** Keys in sorted order, so the writer can use the object as it is instead of a sorted copy. */
function mapToObject<T>(map: ReadonlyMap<string, T>, convert: (value: T) => Json): JsonObject {
  const object: JsonObject = {}
  for (const key of [...map.keys()].sort()) object[key] = convert(map.get(key) as T)
  return object
}
