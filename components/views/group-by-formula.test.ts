import { describe, expect, it } from 'vitest'
import { groupByFormula } from './group-by-formula'
import { overloadedProps, propsOf } from './helpers.fixture'

describe('groupByFormula', () => {
  it('shows identical services once with every name (plan 2: six services, one group)', () => {
    const groups = groupByFormula(propsOf('swiftlogix-seoul-plan2').evaluation.capacity.services)
    expect(groups).toHaveLength(1)
    expect(groups[0]!.names).toEqual(['Gateway service', 'User service', 'Order service', 'Product service', 'Payment service', 'Delivery service'])
  })

  it('keeps services apart when their figures differ', () => {
    expect(groupByFormula(propsOf('petclinic-3tier').evaluation.capacity.services).map((g) => g.names)).toEqual([['WEB tier (Apache httpd)'], ['WAS tier (Tomcat)']])
    expect(groupByFormula(overloadedProps().evaluation.capacity.services).map((g) => g.names)).toEqual([['Order service', 'Payment service'], ['Stock service']])
  })
})
