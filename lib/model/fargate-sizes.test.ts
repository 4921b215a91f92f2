import { describe, expect, it } from 'vitest'
import { fargateMemoryChoices, FARGATE_VCPUS, isFargateSize } from './fargate-sizes'

// Amazon ECS Developer Guide, "Troubleshoot Amazon ECS task definition invalid CPU or memory errors":
// the table of valid CPU and memory combinations for tasks hosted on Fargate.
describe('Fargate task sizes', () => {
  it('offers the memory AWS lists for each vCPU', () => {
    expect(fargateMemoryChoices(0.25)).toEqual([0.5, 1, 2])
    expect(fargateMemoryChoices(1)).toEqual([2, 3, 4, 5, 6, 7, 8])
    expect(fargateMemoryChoices(8)).toEqual([16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60])
    expect(fargateMemoryChoices(16).at(-1)).toBe(120)
    expect(FARGATE_VCPUS.every((v) => fargateMemoryChoices(v).length > 0)).toBe(true)
  })

  it('tells a valid pair from one Fargate refuses', () => {
    expect(isFargateSize(4, 30)).toBe(true)
    expect(isFargateSize(1, 1)).toBe(false)
    expect(isFargateSize(3, 6)).toBe(false)
  })
})
