/** Words Korean keeps in Latin letters: AWS names, units and notation a Korean engineer reads as they are. */
const KEPT = new Set(['AWS', 'Terraform', 'Multi', 'AZ', 'Fargate', 'NAT', 'EC', 'Auto', 'Scaling', 'DB', 'PNG', 'SVG', 'USD', 'HTTP', 'MB', 'SLA', 'ADR', 'ID', 'ARCHDECK', 'ACCESS', 'TOKEN', 'PRIVATE', 'ArchDeck', 'SwiftLogix', 'PetClinic', 'WAS', 'MAU', 'Route', 'ALB', 'ASG', 'RDS', 'ws', 'vCPU', 'p95', 'RTO', 'RPO', 'ms'])

/**
 * The English words left in a Korean message once the values it was given (names as typed, ids,
 * regions), paths, and the kept AWS names and notation are set aside.
 * Example: englishLeftIn('plan.json 파일이 2 MB보다 큽니다', ['plan.json']) → [].
 */
export function englishLeftIn(korean: string, values: readonly string[] = []): string[] {
  // Longer values first, so "Plan B (copy)" goes whole before "Plan B"; paths are notation.
  const longestFirst = [...values].sort((a, b) => b.length - a.length)
  const text = longestFirst.reduce((rest, value) => rest.split(value).join(' '), korean).replace(/\S*\/\S*/g, ' ')
  return (text.match(/[A-Za-z]+/g) ?? []).filter((word) => word.length > 1 && !KEPT.has(word))
}
