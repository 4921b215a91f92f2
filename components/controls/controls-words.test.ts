import { describe, expect, it } from 'vitest'
import { sayControls } from '@/lib/i18n/catalog/say-controls'

describe('the trade-off controls in words', () => {
  it('name the slider value with a plural in English and in Korean', () => {
    expect(sayControls('en', { code: 'controls.tasks-value', params: { count: 1 } })).toBe('1 task per service')
    expect(sayControls('en', { code: 'controls.tasks-value', params: { count: 5 } })).toBe('5 tasks per service')
    expect(sayControls('ko', { code: 'controls.tasks-value', params: { count: 5 } })).toBe('서비스당 태스크 5개')
  })

  it('keep the English accessible names of the per-service counts', () => {
    expect(sayControls('en', { code: 'controls.task-count-name', params: { kind: 'tasks', service: 'Order service' } })).toBe('Tasks: Order service')
    expect(sayControls('ko', { code: 'controls.out-of-range', params: { min: '0', max: '1,000,000' } })).toBe('0에서 1,000,000 사이의 숫자를 입력하세요.')
  })
})
