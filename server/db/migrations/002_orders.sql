-- 002: orders and their history, masters' shifts, the blacklist.
-- Released migrations are never edited; add a new numbered file instead.

-- Trigram indexes make the order search (q, a substring anywhere) fast on a million rows.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The number people say on the phone. A sequence never hands a value out twice, even when the
-- transaction that took it rolls back (such gaps are fine; reuse is not).
CREATE SEQUENCE order_number_seq START WITH 1001;

CREATE TABLE orders (
    id             bigserial PRIMARY KEY,
    number         bigint      NOT NULL DEFAULT nextval('order_number_seq'),
    status         text        NOT NULL DEFAULT 'new'
                               CHECK (status IN ('new', 'assigned', 'in_progress', 'done', 'refused')),
    client_name    text        NOT NULL CHECK (length(btrim(client_name)) BETWEEN 1 AND 200),
    phone          text        NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
    address        text        NOT NULL CHECK (length(btrim(address)) BETWEEN 1 AND 300),
    location_id    bigint      NOT NULL REFERENCES locations (id),
    comment        text        NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
    master_id      bigint      REFERENCES users (id),
    created_by     bigint      NOT NULL REFERENCES users (id),
    created_at     timestamptz NOT NULL DEFAULT now(),
    assigned_at    timestamptz,
    started_at     timestamptz,
    completed_at   timestamptz,
    refused_at     timestamptz,
    refuse_reason  text,
    version        bigint      NOT NULL DEFAULT 1,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    -- What q searches: number, client name, phone digits (without the '+') and address.
    search_text    text        GENERATED ALWAYS AS (
                       number::text || ' ' || client_name || ' ' || substr(phone, 2) || ' ' || address) STORED,
    CONSTRAINT orders_number_key UNIQUE (number),
    -- new has no master; assigned and in_progress always have one; done and refused keep theirs.
    CONSTRAINT orders_master_matches_status CHECK (
        (status = 'new' AND master_id IS NULL)
        OR (status IN ('assigned', 'in_progress') AND master_id IS NOT NULL)
        OR status IN ('done', 'refused')),
    CONSTRAINT orders_refused_has_reason CHECK (status <> 'refused' OR refuse_reason IS NOT NULL)
);

-- THE BUSY-MASTER RULE: at most one active order per master, enforced here so that it holds
-- under concurrent requests and across server instances. OrderStore maps its unique_violation
-- to 409 master_busy by this name.
CREATE UNIQUE INDEX orders_one_active_per_master ON orders (master_id) WHERE status IN ('assigned', 'in_progress');

-- Lists are newest first, keyset-paginated over (created_at, id): one index per filter, each
-- ending in the sort key so that a filtered page is an index range scan that stops after LIMIT.
CREATE INDEX orders_created_idx ON orders (created_at DESC, id DESC);
CREATE INDEX orders_status_created_idx ON orders (status, created_at DESC, id DESC);
CREATE INDEX orders_master_created_idx ON orders (master_id, created_at DESC, id DESC) WHERE master_id IS NOT NULL;
CREATE INDEX orders_location_created_idx ON orders (location_id, created_at DESC, id DESC);
CREATE INDEX orders_phone_created_idx ON orders (phone, created_at DESC, id DESC);
CREATE INDEX orders_search_trgm_idx ON orders USING gin (search_text gin_trgm_ops);

-- One row per change of an order, oldest first: the order's story for GET /orders/{id}/history.
CREATE TABLE order_history (
    id        bigserial PRIMARY KEY,
    order_id  bigint      NOT NULL REFERENCES orders (id),
    at        timestamptz NOT NULL DEFAULT now(),
    user_id   bigint      REFERENCES users (id),
    action    text        NOT NULL,
    changes   jsonb       NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX order_history_order_idx ON order_history (order_id, id);

CREATE TABLE shifts (
    id          bigserial PRIMARY KEY,
    master_id   bigint      NOT NULL REFERENCES users (id),
    started_at  timestamptz NOT NULL DEFAULT now(),
    ended_at    timestamptz,
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);
-- A master is checked in at most once at a time.
CREATE UNIQUE INDEX shifts_one_open_per_master ON shifts (master_id) WHERE ended_at IS NULL;
CREATE INDEX shifts_master_started_idx ON shifts (master_id, started_at);
CREATE INDEX shifts_started_idx ON shifts (started_at);

CREATE TABLE blacklist (
    id          bigserial PRIMARY KEY,
    phone       text        NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
    reason      text        NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 500),
    created_by  bigint      REFERENCES users (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT blacklist_phone_key UNIQUE (phone)
);
