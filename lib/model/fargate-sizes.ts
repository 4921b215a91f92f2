/**
 * The task sizes Fargate accepts: for each vCPU, the memory it may have (GB). AWS refuses any other
 * pair ("No Fargate configuration exists for given values"). Source: Amazon ECS Developer Guide,
 * "Troubleshoot Amazon ECS task definition invalid CPU or memory errors": "For tasks hosted on
 * Fargate, the following table shows the valid CPU and memory combinations" (2 vCPU: 4 GB to 16 GB
 * in 1 GB steps; 8 vCPU: 16 GB to 60 GB in 4 GB steps; 16 vCPU: 32 GB to 120 GB in 8 GB steps).
 */
const FARGATE_MEMORY_GB: Record<FargateVcpu, readonly number[]> = {
  0.25: [0.5, 1, 2],
  0.5: [1, 2, 3, 4],
  1: steps(2, 8, 1),
  2: steps(4, 16, 1),
  4: steps(8, 30, 1),
  8: steps(16, 60, 4),
  16: steps(32, 120, 8),
}

export type FargateVcpu = 0.25 | 0.5 | 1 | 2 | 4 | 8 | 16

export const FARGATE_VCPUS: readonly FargateVcpu[] = [0.25, 0.5, 1, 2, 4, 8, 16]

/** fargateMemoryChoices(0.5) → [1, 2, 3, 4] */
export function fargateMemoryChoices(vcpu: FargateVcpu): readonly number[] {
  return FARGATE_MEMORY_GB[vcpu]
}

/** isFargateSize(1, 3) → true; isFargateSize(1, 1) → false. */
export function isFargateSize(vcpu: number, memoryGb: number): boolean {
  return (FARGATE_VCPUS as readonly number[]).includes(vcpu) && FARGATE_MEMORY_GB[vcpu as FargateVcpu].includes(memoryGb)
}

function steps(from: number, to: number, by: number): number[] {
  return Array.from({ length: (to - from) / by + 1 }, (_, i) => from + i * by)
}
