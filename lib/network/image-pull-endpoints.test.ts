import { describe, expect, it } from 'vitest'
import { hasImagePullEndpoints, listMissingImagePullEndpoints } from './image-pull-endpoints'

describe('hasImagePullEndpoints', () => {
  it('needs s3, ecr-api and ecr-dkr together', () => {
    expect(hasImagePullEndpoints({ vpcEndpoints: ['s3', 'ecr-api', 'ecr-dkr', 'logs'] })).toBe(true)
    expect(hasImagePullEndpoints({ vpcEndpoints: ['ecr-api', 'ecr-dkr'] })).toBe(false)
  })

  it('lists the endpoints still missing, in a fixed order', () => {
    expect(listMissingImagePullEndpoints({ vpcEndpoints: ['ecr-dkr'] })).toEqual(['s3', 'ecr-api'])
  })
})
