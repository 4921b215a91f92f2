/** Words Korean keeps in Latin letters: AWS names, units and notation a Korean engineer reads as they are. */
const KEPT = new Set(['AWS', 'Terraform', 'Multi', 'AZ', 'Fargate', 'NAT', 'EC2', 'Auto', 'Scaling', 'DB', 'PNG', 'SVG', 'USD', 'HTTP', 'MB', 'SLA', 'ADR', 'ID', 'ARCHDECK', 'ACCESS', 'TOKEN', 'PRIVATE', 'ArchDeck', 'SwiftLogix', 'PetClinic', 'WAS', 'MAU', 'Route', 'ALB', 'ASG', 'RDS', 'ws', 'vCPU', 'p95'])

/**
 * The English words left in a Korean message once the values it was given (names as typed, ids,
 * regions) and the kept AWS names and notation are set aside.
 * Example: englishLeftIn('plan.json 파일이 2 MB보다 큽니다', ['plan.json']) → [].
 */
export function englishLeftIn(korean: string, values: readonly string[] = []): string[] {
  const text = values.reduce((rest, value) => rest.split(value).join(' '), korean)
  return (text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((word) => word.length > 1 && !KEPT.has(word))
}
