import type { PresetInput } from './preset-schema'

type Requirements = PresetInput['scenario']['requirements']

/**
 * SwiftLogix's demands as seed 000 states them; seed 001 is another team's answer to the
 * same brief, so its presets share these.
 */
export const swiftlogixRequirements: Requirements = {
  budget: { monthly: 150_000, currency: 'KRW', krwPerUsd: 1300 },
  traffic: {
    bands: [
      { name: 'Business hours', rps: 20, hoursPerDay: 8 },
      { name: 'Lunch', rps: 5, hoursPerDay: 1 },
      { name: 'Night', rps: 0.25, hoursPerDay: 15 },
    ],
    peak: { name: 'Black Friday', rps: 200, durationHours: 24 },
    responseSizeKb: 5,
    daysPerMonth: 30,
    // Seed 000's own assumption for the NAT: "한 달 86.9 GB 데이터 전송 발생" (its request volume × 5 KB).
    natOutboundGbPerMonth: 86.9,
  },
  sla: { endpoint: 'GET /api/orders', p95Ms: 1000, networkOverheadMs: 65 },
  recovery: { rtoMinutes: 5, rpoMinutes: 5 },
  securityPolicy: {
    allowed: [
      { from: 'internet', to: 'public' },
      { from: 'office', to: 'public' },
      { from: 'public', to: 'private-app' },
      { from: 'public', to: 'private-db' },
      { from: 'private-app', to: 'private-db' },
    ],
    requireFlowLogs: true,
    requireEncryption: true,
    adminAccess: 'bastion',
  },
}

/** Seed 000's office address is not given: a documentation address stands in for it. */
export const OFFICE_CIDR = '203.0.113.10/32'
