/**
 * How long AWS recovery mechanisms (and people) take. Estimates for a small service in one
 * region; each says where the number comes from. Long reasoning is in the footnotes.
 */

/** Fargate caches no images, so every replacement pulls the whole image, then starts it [1]. */
export const FARGATE_TASK_START_SECONDS = 45

/** An Auto Scaling group replacement: launch, boot, user data, register with the target group [2]. */
export const EC2_INSTANCE_BOOT_SECONDS = 180

/** "Failovers … typically complete within 60–120 seconds" (RDS User Guide, Multi-AZ DB instance deployments). */
export const RDS_MULTI_AZ_FAILOVER_SECONDS = { min: 60, max: 120 } as const

/**
 * A Single-AZ instance whose host fails or whose engine hangs: "Amazon RDS automatically replaces
 * the compute instance powering your deployment in the event of a hardware failure" (Amazon RDS
 * features, automatic host replacement), on the same storage, so no committed write is lost [7].
 */
export const RDS_HOST_REPLACEMENT_MINUTES = 30

/** Point-in-time restore builds a new instance, then the app is pointed at its endpoint [3]. */
export const RDS_PITR_RESTORE_MINUTES = 60

/** "RDS uploads transaction logs for DB instances to Amazon S3 every 5 minutes" (RDS User Guide, PITR). */
export const RDS_TRANSACTION_LOG_UPLOAD_MINUTES = 5

/** A person notices, then runs promote-read-replica (a few minutes) and repoints the app. */
export const READ_REPLICA_PROMOTION_MINUTES = 15

/** Asynchronous replication of a healthy, lightly loaded replica stays well under a minute behind. */
export const READ_REPLICA_LAG_MINUTES = 1

/** ALB DNS records have a 60 s TTL; nodes in a failed AZ drop out of DNS within about one TTL. */
export const ALB_AZ_FAILOVER_SECONDS = 60

/** Rebuilding a piece (tasks, load balancer) in the surviving AZ during a zone-wide incident [4]. */
export const MANUAL_AZ_REBUILD_MINUTES = 60

/** ECS deployment circuit breaker (or ASG instance refresh auto-rollback): stops after ≥ 3 failed tasks, then redeploys the last good revision [5]. */
export const CIRCUIT_BREAKER_ROLLBACK_MINUTES = 10

/** A person is paged, finds the bad revision and redeploys the previous one. */
export const MANUAL_ROLLBACK_MINUTES = 30

/**
 * RDS storage autoscaling (RDS User Guide, "Managing capacity automatically with Amazon RDS storage
 * autoscaling"): it starts when "Free available space is less than or equal to 10 percent of the
 * allocated storage", "The low-storage condition lasts at least five minutes" and "At least six
 * hours have passed since the last storage modification"; it adds "whichever of the following is
 * greater: 10 GiB, 10 percent of currently allocated storage, predicted storage growth … in the
 * next 7 hours". The model knows no growth rate, so the step is the larger of the first two.
 */
export const STORAGE_AUTOSCALING_FREE_SPACE_PERCENT = 10
export const STORAGE_AUTOSCALING_MINUTES = 5
export const STORAGE_MODIFICATION_COOLDOWN_HOURS = 6
export const STORAGE_AUTOSCALING_MIN_STEP_GB = 10
export const STORAGE_AUTOSCALING_STEP_PERCENT = 10

/** A person is paged and raises allocated storage; writes resume once the modification starts. */
export const MANUAL_STORAGE_RESIZE_MINUTES = 30

/**
 * A person creates a NAT gateway (or instance) and repoints the private route tables. The same
 * time wherever a NAT must be rebuilt: its own loss, or its AZ's outage.
 */
export const MANUAL_NAT_REPLACE_MINUTES = 30

/**
 * Region-wide objectives by disaster-recovery strategy, after the AWS whitepaper "Disaster
 * Recovery of Workloads on AWS": backup & restore = hours, pilot light = tens of minutes,
 * warm standby = minutes [6].
 */
export const REGION_DR_MINUTES = {
  'backup-restore': { rto: 240, rpo: 1440, rpoWithCrossRegionBackups: 60 },
  'pilot-light': { rto: 60, rpo: 15 },
  'warm-standby': { rto: 15, rpo: 5 },
} as const

/** Daily automated snapshots copied to a second region lose at most a day of writes. */
export const CROSS_REGION_SNAPSHOT_RPO_MINUTES = 1440

// [1] docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-pull-behavior.html: "the whole
//     container image needs to be pulled … for each Fargate task". 45 s is pull + ENI attach +
//     start for a few-hundred-MB image in the same region; bigger images take longer.
// [2] Typical Amazon Linux boot plus agent start and target registration is 2–4 minutes; 180 s
//     is the middle. A warm pool would shorten it; the model has none.
// [3] A restore of a small (20–100 GB) instance takes 20–40 minutes; finding the restore time,
//     changing the app's endpoint and checking data bring it to about an hour.
// [4] No AWS mechanism does it, so it is on-call time: page, decide, apply Terraform, verify.
// [5] The breaker's threshold is 0.5 × desired tasks, at least 3 and at most 200; each failed
//     task costs the grace period plus health checks, so a rollback usually ends in 5–15 minutes.
// [6] pilot light keeps the database replicated and scales compute from zero (~1 h, RPO = replica
//     lag plus caution); warm standby runs a scaled-down copy and only shifts DNS and scales up.
// [7] RDS notices the failed host or hung engine, brings up a new host, attaches the same EBS
//     volume and runs the engine's crash recovery: tens of minutes for a small instance, so 30.
//     A point-in-time restore is only needed when the storage is lost too (its AZ is down).

/**
 * Recovery times are shown in minutes, rounded UP to the next half minute so a figure never
 * promises more than the mechanism delivers.
 * Example: 95 s → 95 / 30 = 3.17 half-minutes → 4 half-minutes → 2 min; 90 s → 1.5 min; 0 s → 0 min.
 */
export function roundUpToHalfMinute(seconds: number): number {
  return Math.ceil(seconds / 30) / 2
}
