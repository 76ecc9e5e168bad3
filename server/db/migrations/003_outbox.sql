-- 003: the Telegram outbox. Messages are written in the same transaction as the order change
-- they announce and sent later by whichever server instance claims them.
-- Released migrations are never edited; add a new numbered file instead.

CREATE TABLE telegram_outbox (
    id               bigserial PRIMARY KEY,
    -- new_order: to the configured telegram_chat_id setting, filled in when the message is first
    -- claimed if it was not set when the order was created; direct: to a user's own chat
    -- (user_id), copied into chat_id when the message is written.
    kind             text        NOT NULL CHECK (kind IN ('new_order', 'direct')),
    user_id          bigint      REFERENCES users (id),
    chat_id          text,
    text             text        NOT NULL,
    status           text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts         integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error       text,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    created_at       timestamptz NOT NULL DEFAULT now(),
    sent_at          timestamptz,
    -- A sender's lease: while it lasts no other instance takes the row; after a crash it expires.
    -- claimed_by names the instance (host:pid:random); a sent row keeps it: who sent it.
    claimed_until    timestamptz,
    claimed_by       text,
    CHECK (kind = 'new_order' OR (chat_id IS NOT NULL AND user_id IS NOT NULL)),
    CHECK (status <> 'sent' OR sent_at IS NOT NULL)
);

-- The dispatcher's claim: pending rows whose time has come, oldest first. Sent and failed rows,
-- the bulk of the table over time, are not in this index at all.
CREATE INDEX telegram_outbox_due_idx ON telegram_outbox (next_attempt_at, id) WHERE status = 'pending';
-- GET /notifications?status=...: newest first.
CREATE INDEX telegram_outbox_status_idx ON telegram_outbox (status, id DESC);
