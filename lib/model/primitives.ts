import './zod-setup'
import { z } from 'zod'

/** Regions the price catalog covers. */
export const RegionSchema = z.enum(['us-east-1', 'ap-northeast-2'])
export type Region = z.infer<typeof RegionSchema>

export const SlugSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'use 1–40 lower-case letters, digits or dashes, starting with a letter')

const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/

/** True when `value` is a syntactically valid IPv4 CIDR such as 10.0.0.0/16. */
export function isIpv4Cidr(value: string): boolean {
  const match = IPV4_CIDR.exec(value)
  if (!match) return false
  const octets = match.slice(1, 5).map(Number)
  const prefix = Number(match[5])
  return octets.every((o) => o >= 0 && o <= 255) && prefix >= 0 && prefix <= 32
}

export const CidrSchema = z.string().refine(isIpv4Cidr, 'must be an IPv4 CIDR such as 10.0.0.0/16')

export const PortSchema = z.number().int().min(0).max(65535)

/** Free text a user types (names, descriptions). Bounded so nothing explodes downstream. */
export const LabelSchema = z.string().trim().min(1, 'must not be empty').max(120)

export const PurchaseOptionSchema = z.enum(['on-demand', 'reserved-1yr-all-upfront', 'reserved-1yr-no-upfront'])
export type PurchaseOption = z.infer<typeof PurchaseOptionSchema>

export const CurrencySchema = z.enum(['KRW', 'USD'])
export type Currency = z.infer<typeof CurrencySchema>
