/**
 * Terraform resource name for an ArchDeck id: lower-case, `[a-z0-9_]`, never starting with a digit.
 * toTerraformName('private-app-a') → 'private_app_a', toTerraformName('3tier') → '_3tier'
 */
export function toTerraformName(id: string): string {
  // Every reference to a subnet or group asks again: remember the few hundred ids of a design.
  let name = terraformNames.get(id)
  if (name === undefined) {
    const cleaned = id.toLowerCase().replace(/[^a-z0-9_]/g, '_')
    name = cleaned === '' || /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned
    if (terraformNames.size > 10_000) terraformNames.clear()
    terraformNames.set(id, name)
  }
  return name
}

const terraformNames = new Map<string, string>()

/** A declared resource: `address` for depends_on, `ref()` for an attribute as a whole value. */
export type TfRef = {
  type: string
  name: string
  address: string
  /** '${aws_vpc.main.id}' */
  ref: (attribute: string) => string
}

export function tfRef(type: string, name: string): TfRef {
  return new ResourceRef(type, name)
}

/** A class rather than an object with a closure: an export makes thousands of references. */
class ResourceRef implements TfRef {
  readonly address: string
  constructor(
    readonly type: string,
    readonly name: string,
  ) {
    this.address = `${type}.${name}`
  }

  ref(attribute: string): string {
    return `\${${this.address}.${attribute}}`
  }
}

/**
 * Longest project prefix in physical names: `<project>-ecs-task-execution` fits IAM's 64,
 * `<project>-cache` ElastiCache's 40.
 */
const PROJECT_MAX_LENGTH = 32

/**
 * The config name as the prefix of AWS physical names: lower-case letters, digits and single
 * hyphens, starting with a letter (RDS and ElastiCache ids require it), cut at a word boundary.
 * toProjectSlug('SwiftLogix final proposal') → 'swiftlogix-final-proposal', toProjectSlug('1 Σχέδιο') → 'archdeck-1' (a name in any script without Latin letters)
 */
export function toProjectSlug(name: string): string {
  const slug = slugify(name)
  return truncateAtWord(/^[a-z]/.test(slug) ? slug : `archdeck${slug ? `-${slug}` : ''}`, PROJECT_MAX_LENGTH)
}

/** truncateAtWord('swiftlogix-final-proposal', 20) → 'swiftlogix-final' */
function truncateAtWord(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength)
  if (slug[maxLength] === '-') return cut
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen >= 3 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '')
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * Unique AWS physical names per kind (`lb`, `tg`, …). AWS limits many names to letters, digits
 * and hyphens within a length (ALB and target group names: 32), so a name is
 * `<project>-<suffix>`, the project part shortened first, then the suffix; a clash gets `-2`, `-3`.
 */
export class PhysicalNames {
  private readonly taken = new Map<string, Set<string>>()

  constructor(private readonly project: string) {}

  claim(kind: string, suffix: string, maxLength: number): string {
    const used = this.taken.get(kind) ?? new Set<string>()
    this.taken.set(kind, used)
    const base = fitName(this.project, slugify(suffix) || kind, maxLength)
    let name = base
    for (let n = 2; used.has(name); n++) name = `${base.slice(0, maxLength - `-${n}`.length).replace(/-+$/, '')}-${n}`
    used.add(name)
    return name
  }
}

/** fitName('swiftlogix-final-proposal', 'order', 24) → 'swiftlogix-final-order' */
function fitName(project: string, suffix: string, maxLength: number): string {
  const room = maxLength - suffix.length - 1
  if (room >= 3) return `${truncateAtWord(project, room)}-${suffix}`
  // No room for the project: the suffix alone must still start with a letter.
  const alone = /^[a-z]/.test(suffix) ? suffix : `x${suffix}`
  return alone.slice(0, maxLength).replace(/-+$/, '')
}
