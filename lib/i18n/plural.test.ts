import { describe, expect, it } from 'vitest'
import { plural } from './plural'

describe('plural', () => {
  it('picks the English form by count and lets Korean use one form', () => {
    expect(plural('en', 1, { one: 'task meets', other: 'tasks meet' })).toBe('task meets')
    expect(plural('en', 3, { one: 'task meets', other: 'tasks meet' })).toBe('tasks meet')
    expect(plural('en', 0, { one: 'task', other: 'tasks' })).toBe('tasks')
    expect(plural('ko', 1, { other: '개' })).toBe('개')
  })
})
