/** The only retention periods CloudWatch Logs accepts (PutRetentionPolicy), in days. */
const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653]

/**
 * The config's retention rounded up to a period CloudWatch accepts, so logs are never kept for
 * less than asked: toLogRetentionDays(45) → 60, toLogRetentionDays(30) → 30.
 */
export function toLogRetentionDays(days: number): number {
  return RETENTION_DAYS.find((d) => d >= days) ?? 3653
}
