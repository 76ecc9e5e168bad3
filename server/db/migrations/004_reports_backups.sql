-- 004: the index the reports read, and the backups table.
-- Released migrations are never edited; add a new numbered file instead.

-- Reports aggregate the orders created in a period (a day to a month) per location or master.
-- A range on created_at with every column the reports read INCLUDEd makes that an index-only scan
-- over just the period's entries: a month of a million-row table (about 40,000 orders) is read
-- without touching the heap, well under 100 ms (docs/performance.md "Reports"). A pre-aggregated
-- table was not chosen: statuses change after creation and custom periods end at any instant, so it
-- would need triggers on every transition and still a raw scan at the edges.
CREATE INDEX orders_report_idx ON orders (created_at)
    INCLUDE (location_id, status, master_id, started_at, completed_at);

CREATE TABLE backups (
    id            bigserial PRIMARY KEY,
    status        text        NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'verified', 'failed')),
    file          text,                          -- absolute path of the pg_dump -Fc file
    size_bytes    bigint,
    created_at    timestamptz NOT NULL DEFAULT now(),
    verified_at   timestamptz,
    orders_count  bigint,
    table_counts  jsonb,                         -- {"table": rows} in the dump's snapshot
    error         text,
    created_by    bigint REFERENCES users (id),  -- null: the command line
    CHECK (status <> 'failed' OR error IS NOT NULL),
    CHECK (status <> 'verified' OR verified_at IS NOT NULL)
);
CREATE INDEX backups_created_idx ON backups (created_at DESC, id DESC);
