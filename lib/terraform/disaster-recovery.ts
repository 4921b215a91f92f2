import type { ExportContext } from './context'

/** What the recovery settings would add outside this region; the export covers one region only. */
export function noteDisasterRecovery(ctx: ExportContext): void {
  const { mode, crossRegionBackups } = ctx.config.disasterRecovery
  if (crossRegionBackups)
    ctx.doc.note(
      'Cross-region backups: aws_db_instance_automated_backups_replication is not in the checked provider schema subset, so it was not exported.',
    )
  if (mode === 'pilot-light' || mode === 'warm-standby')
    ctx.doc.note(`Disaster recovery "${mode}": the standby region is not exported; apply this module there with its own variables.`)
}
