-- 001: users and sessions, the login limit, locations, settings, the audit log.
-- Released migrations are never edited; add a new numbered file instead.

CREATE TABLE users (
    id                bigserial PRIMARY KEY,
    login             text        NOT NULL CHECK (length(btrim(login)) BETWEEN 1 AND 64),
    password_hash     text        NOT NULL,
    full_name         text        NOT NULL CHECK (length(btrim(full_name)) BETWEEN 1 AND 200),
    role              text        NOT NULL CHECK (role IN ('operator', 'coordinator', 'master', 'admin')),
    phone             text,
    telegram_chat_id  text,
    active            boolean     NOT NULL DEFAULT true,
    totp_secret       text,                 -- the active secret, base32
    totp_pending      text,                 -- a secret from /me/2fa/setup not yet confirmed
    totp_enabled      boolean     NOT NULL DEFAULT false,
    totp_last_step    bigint,               -- refuses a second use of the same code
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CHECK (NOT totp_enabled OR totp_secret IS NOT NULL)
);
-- Logins are unique regardless of case: "Admin" and "admin" are one person.
CREATE UNIQUE INDEX users_login_key ON users (lower(login));

CREATE TABLE sessions (
    id            bigserial PRIMARY KEY,
    user_id       bigint      NOT NULL REFERENCES users (id),
    token_hash    text        NOT NULL UNIQUE,   -- SHA-256 of the token; the token itself is never stored
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_used_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at    timestamptz,
    ip            text
);
CREATE INDEX sessions_user_live_idx ON sessions (user_id) WHERE revoked_at IS NULL;

-- Failed logins per login name (existing or not): the limit lives here so that every server
-- instance sees the same count.
CREATE TABLE login_failures (
    id     bigserial PRIMARY KEY,
    login  text        NOT NULL,
    at     timestamptz NOT NULL DEFAULT now(),
    ip     text
);
CREATE INDEX login_failures_login_at_idx ON login_failures (login, at);

CREATE TABLE locations (
    id          bigserial PRIMARY KEY,
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    active      boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX locations_name_key ON locations (lower(name));

CREATE TABLE settings (
    key         text PRIMARY KEY,
    value       text        NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE audit_log (
    id       bigserial PRIMARY KEY,
    at       timestamptz NOT NULL DEFAULT now(),
    user_id  bigint REFERENCES users (id),
    action   text        NOT NULL,
    target   text,
    details  jsonb       NOT NULL DEFAULT '{}'::jsonb,
    ip       text
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_user_idx ON audit_log (user_id, id);
CREATE INDEX audit_log_action_idx ON audit_log (action, id);
