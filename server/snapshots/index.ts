export { openSnapshot, readSnapshot, storeSnapshot, type SnapshotForPage, type SnapshotLookup } from './snapshots'
export { SNAPSHOT_ID, snapshotIdOf } from './snapshot-id'
export { withSnapshotAsLink } from './snapshot-as-link'
