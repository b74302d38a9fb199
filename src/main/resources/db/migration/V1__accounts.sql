-- People who use BackCoach, and their personal access tokens for the API.
-- Portable SQL: runs on H2 (the embedded default) and PostgreSQL alike.

create table account (
    id                  uuid primary key,
    email               varchar(320) not null,
    display_name        varchar(100) not null,
    password_hash       varchar(200) not null,
    role                varchar(20)  not null,
    time_zone           varchar(64)  not null,
    created_at          timestamp with time zone not null,
    -- Failed sign-ins in the current one-minute window, kept in the database so that
    -- every application node sees the same count.
    failed_sign_ins     integer      not null default 0,
    failure_window_from timestamp with time zone,
    locked_until        timestamp with time zone,
    constraint account_email_unique unique (email),
    constraint account_role_known check (role in ('CLIENT', 'COACH', 'ADMIN'))
);

create table access_token (
    id           uuid primary key,
    account_id   uuid         not null references account (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    prefix       varchar(16)  not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint access_token_hash_unique unique (token_hash)
);

create index access_token_account on access_token (account_id);
