-- 0002: the write limit's token buckets, shared by every ArchDeck process on this database
-- (server/workspaces/http/pg-rate-limiter.ts), so N app processes behind a proxy allow 60 writes a
-- minute per client in total, not 60 × N. UNLOGGED: no WAL for a counter; after a database crash
-- the table comes back empty, which only hands every client a full bucket.

CREATE UNLOGGED TABLE rate_limit_buckets (
  -- A socket address, an X-Forwarded-For entry behind trusted proxies, or an IPv6 /64.
  client_key   text PRIMARY KEY,
  tokens       double precision NOT NULL CHECK (tokens >= 0),
  -- Milliseconds since 1970 of the last refill, on the database's clock (one clock for all processes).
  updated_ms   double precision NOT NULL,
  -- Whether the take that last wrote this row was allowed: RETURNING sees only the new row.
  last_allowed boolean NOT NULL
);
-- A bucket idle for a whole window is full again; the sweep deletes such rows by this column.
CREATE INDEX rate_limit_buckets_updated ON rate_limit_buckets (updated_ms);
