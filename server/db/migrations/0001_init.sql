-- 0001: workspaces, their scenarios with every saved version, share links and the decision log.
-- Ids are random text made by the application (server/db/new-id.ts), never sequences, so links
-- cannot be guessed and rows can be copied between databases.

CREATE TABLE workspaces (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE scenarios (
  id              text PRIMARY KEY,
  workspace_id    text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  name            text NOT NULL,
  -- The highest version number; a save must name it as its base (optimistic concurrency).
  latest_version  integer NOT NULL DEFAULT 0,
  -- Set on a "(conflict copy)": the scenario whose newer version the save collided with.
  copied_from_id  text REFERENCES scenarios (id) ON DELETE SET NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
-- Names are unique per workspace regardless of case, so "Plan 2" is one plan.
CREATE UNIQUE INDEX scenarios_workspace_name ON scenarios (workspace_id, lower(name));
CREATE INDEX scenarios_workspace ON scenarios (workspace_id);

CREATE TABLE scenario_versions (
  scenario_id     text NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  version         integer NOT NULL CHECK (version >= 1),
  -- CONFIG_SCHEMA_VERSION of lib/model when the payload was written; read-side migrations key on it.
  schema_version  integer NOT NULL,
  -- The Scenario ({ config, requirements }) as validated by ScenarioSchema on the way in.
  payload         jsonb NOT NULL,
  -- How the version came to be: 'create' | 'save' | 'restore' | 'conflict-copy'.
  source          text NOT NULL,
  -- The version the editor started from (save, conflict copy) or the one restored.
  based_on        integer,
  -- A client-chosen id per save attempt: a retried request returns the first answer.
  client_save_id  text UNIQUE,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scenario_id, version)
);

CREATE TABLE shares (
  -- 16 random bytes as base64url (22 characters): the only thing a reader of /s/<id> needs.
  id           text PRIMARY KEY,
  scenario_id  text NOT NULL,
  version      integer NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (scenario_id, version) REFERENCES scenario_versions (scenario_id, version) ON DELETE CASCADE
);

CREATE TABLE decisions (
  id            text PRIMARY KEY,
  workspace_id  text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  -- 1, 2, 3 … within the workspace, like docs/decisions/0001-title.md.
  number        integer NOT NULL,
  -- The DecisionInput (lib/decisions/types.ts) with its frozen figures.
  payload       jsonb NOT NULL,
  decided_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, number)
);
