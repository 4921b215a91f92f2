import { describe, expect, it } from 'vitest'
import { nextFreeId } from './edit-ids'

describe('nextFreeId', () => {
  it('takes the prefix when free, else the first free numbered one', () => {
    expect(nextFreeId('sg', ['alb-sg'])).toBe('sg')
    expect(nextFreeId('sg', ['sg', 'sg-2', 'sg-4'])).toBe('sg-3')
  })
})
