import { escapeTemplate } from './escape'

/**
 * Characters AWS accepts in tag values on every service we tag (ELB, RDS, ECS, IAM and CloudWatch
 * Logs are stricter than EC2): Unicode letters, digits, spaces and `_ . : / = + - @`.
 */
const TAG_VALUE_REJECTED = /[^\p{L}\p{N}\p{Zs}_.:/=+\-@]|\s/gu
const TAG_VALUE_MAX_LENGTH = 256

/**
 * Characters EC2 accepts in a VPC security group's name and description and in a rule's
 * description (a-z, A-Z, 0-9, spaces and `._-:/()#,@[]+=&;{}!$*`).
 */
const SG_TEXT_REJECTED = /[^A-Za-z0-9 ._\-:/()#,@[\]+=&;{}!$*]|\s/gu
const SG_TEXT_MAX_LENGTH = 255

/**
 * A user label as a tag value: characters AWS would reject become spaces, then the result is
 * escaped for Terraform. toTagValue('Order "v2"\nservice') → 'Order v2 service'.
 */
export function toTagValue(text: string, fallback: string): string {
  // Every resource carries a Name tag and a design repeats its labels: remember the answers.
  const key = `${fallback}\u0000${text}`
  let value = tagValues.get(key)
  if (value === undefined) {
    // NFC first, so a letter and its combining accent become one letter rather than a dropped mark.
    value = escapeTemplate(keepChars(text.normalize('NFC'), TAG_VALUE_REJECTED, TAG_VALUE_MAX_LENGTH) || fallback)
    if (tagValues.size > 10_000) tagValues.clear()
    tagValues.set(key, value)
  }
  return value
}

const tagValues = new Map<string, string>()

/**
 * A user label as security-group text (name or description), escaped for Terraform; the fallback
 * stands in when nothing is left. toSgText('Order "SG" ${x}', 'ecs-sg') → 'Order SG $${x}',
 * toSgText('Σχέδιο', 'ecs-sg') → 'ecs-sg' (AWS allows only ASCII there).
 */
export function toSgText(text: string, fallback: string): string {
  const key = `${fallback}\u0000${text}`
  let value = sgTexts.get(key)
  if (value === undefined) {
    value = escapeTemplate(keepChars(text, SG_TEXT_REJECTED, SG_TEXT_MAX_LENGTH) || fallback)
    if (sgTexts.size > 10_000) sgTexts.clear()
    sgTexts.set(key, value)
  }
  return value
}

const sgTexts = new Map<string, string>()

/**
 * Replaces rejected characters (and whitespace) by spaces, folds runs of spaces, trims, and caps the
 * length in code points. One regex pass: every exported name goes through here.
 */
function keepChars(text: string, rejected: RegExp, maxLength: number): string {
  const kept = text.replace(rejected, ' ').replace(/ +/g, ' ').trim()
  // A string of at most maxLength UTF-16 units has at most maxLength code points: no cut needed.
  return kept.length <= maxLength ? kept : Array.from(kept).slice(0, maxLength).join('').trim()
}
