import type { Compute } from '../model'

/**
 * vCPUs of common EC2 instance types, from Amazon EC2's instance type pages ("Amazon EC2 instance
 * type specifications": general purpose and compute optimized). A type not listed has no known
 * vCPU count: the capacity engine then leaves its service time unscaled and says so.
 */
const BURSTABLE: Record<string, number> = {
  nano: 2,
  micro: 2,
  small: 2,
  medium: 2,
  large: 2,
  xlarge: 4,
  '2xlarge': 8,
}

/** t2 has 1 vCPU up to small, unlike t3/t3a/t4g (2 from nano). */
const T2: Record<string, number> = { nano: 1, micro: 1, small: 1, medium: 2, large: 2, xlarge: 4, '2xlarge': 8 }

/** The fixed-performance families double vCPUs with each size from large (2) on. */
const FIXED: Record<string, number> = {
  medium: 1,
  large: 2,
  xlarge: 4,
  '2xlarge': 8,
  '4xlarge': 16,
  '8xlarge': 32,
  '12xlarge': 48,
  '16xlarge': 64,
  '24xlarge': 96,
}

/** c5's odd sizes (9xlarge, 18xlarge) besides the usual ones; c5 has no medium. */
const C5: Record<string, number> = { ...FIXED, '9xlarge': 36, '18xlarge': 72 }

const FAMILIES: Record<string, Record<string, number>> = {
  t2: T2,
  t3: BURSTABLE,
  t3a: BURSTABLE,
  t4g: BURSTABLE,
  m5: FIXED,
  m5a: FIXED,
  m6i: FIXED,
  m6a: FIXED,
  m6g: FIXED,
  m7i: FIXED,
  m7g: FIXED,
  c5: C5,
  c6i: FIXED,
  c6g: FIXED,
  c7g: FIXED,
  r5: FIXED,
  r6i: FIXED,
  r6g: FIXED,
  r7g: FIXED,
}

/** Graviton families are the only ones of these with a medium size. */
const HAS_MEDIUM = new Set(['m6g', 'm7g', 'c6g', 'c7g', 'r6g', 'r7g', 't3', 't3a', 't4g', 't2'])

/** vCPUs of an EC2 instance type, or null when the table does not know it. Example: 't3.small' → 2. */
export function instanceVcpus(instanceType: string): number | null {
  const [family = '', size = ''] = instanceType.split('.')
  if (size === 'medium' && !HAS_MEDIUM.has(family)) return null
  return FAMILIES[family]?.[size] ?? null
}

/** vCPUs one task or instance runs on: Fargate's task size, or the instance type's vCPUs (null when unknown). */
export function computeVcpus(compute: Compute): number | null {
  return compute.kind === 'fargate' ? compute.vcpu : instanceVcpus(compute.instanceType)
}
