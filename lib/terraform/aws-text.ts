import { escapeTemplate } from './escape'

/**
 * Characters AWS accepts in tag values on every service we tag (ELB, RDS, ECS, IAM and CloudWatch
 * Logs are stricter than EC2): Unicode letters, digits, spaces and `_ . : / = + - @`.
 */
const TAG_VALUE_CHAR = /[\p{L}\p{N}\p{Zs}_.:/=+\-@]/u
const TAG_VALUE_MAX_LENGTH = 256

/**
 * Characters EC2 accepts in a VPC security group's name and description and in a rule's
 * description (a-z, A-Z, 0-9, spaces and `._-:/()#,@[]+=&;{}!$*`).
 */
const SG_TEXT_CHAR = /[A-Za-z0-9 ._\-:/()#,@[\]+=&;{}!$*]/
const SG_TEXT_MAX_LENGTH = 255

/**
 * A user label as a tag value: characters AWS would reject become spaces, then the result is
 * escaped for Terraform. toTagValue('Order "v2"\nservice') → 'Order v2 service'.
 */
export function toTagValue(text: string, fallback: string): string {
  // NFC first, so a letter and its combining accent become one letter rather than a dropped mark.
  return escapeTemplate(keepChars(text.normalize('NFC'), TAG_VALUE_CHAR, TAG_VALUE_MAX_LENGTH) || fallback)
}

/**
 * A user label as security-group text (name or description), escaped for Terraform; the fallback
 * stands in when nothing is left. toSgText('Order "SG" ${x}', 'ecs-sg') → 'Order SG $${x}',
 * toSgText('주문', 'ecs-sg') → 'ecs-sg'.
 */
export function toSgText(text: string, fallback: string): string {
  return escapeTemplate(keepChars(text, SG_TEXT_CHAR, SG_TEXT_MAX_LENGTH) || fallback)
}

/** Replaces runs of other characters (and whitespace) by one space, trims, and caps the length. */
function keepChars(text: string, allowed: RegExp, maxLength: number): string {
  const kept = Array.from(text, (ch) => (allowed.test(ch) && !/\s/u.test(ch) ? ch : ' ')).join('')
  return Array.from(kept.replace(/ +/g, ' ').trim()).slice(0, maxLength).join('').trim()
}
