-- 0003: snapshots, the designs Present and Compare links name by id once a design is too large to
-- travel in a URL (docs/decisions/017). The id is a hash of the canonical scenario, so a row is never
-- updated: the same design always gets the same id, and a changed design gets another row.

CREATE TABLE snapshots (
  -- base64url of the SHA-256 of the canonical JSON of the parsed scenario (server/snapshots/snapshot-id.ts).
  id             text PRIMARY KEY,
  -- CONFIG_SCHEMA_VERSION when it was written: reads migrate it like any stored version.
  schema_version integer NOT NULL,
  payload        jsonb NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);
