-- Training: the strength sessions a person started, every set they logged, what happened when an
-- exercise hurt, and each exercise's next target. A set row exists the moment the set is acknowledged.
-- Portable SQL: H2 and PostgreSQL alike.

create table workout (
    id            uuid primary key,
    account_id    uuid        not null references account (id) on delete cascade,
    plan_version  integer     not null,
    session_day   date        not null,
    name          varchar(60) not null,
    status        varchar(20) not null,
    starting_pain integer,
    notes         varchar(2000),
    -- The session as prescribed that day (a snapshot: later targets and plans don't rewrite it),
    -- and the kit the person had, which decides what can stand in for an exercise that hurts.
    blocks        text        not null,
    equipment     varchar(400) not null,
    started_at    timestamp with time zone not null,
    finished_at   timestamp with time zone,
    constraint workout_one_a_day unique (account_id, session_day),
    constraint workout_status_known check (status in ('IN_PROGRESS', 'COMPLETED', 'ENDED_EARLY')),
    constraint workout_starting_pain_range check (starting_pain between 0 and 10)
);

create table workout_set (
    id              uuid primary key,
    workout_id      uuid        not null references workout (id) on delete cascade,
    exercise_id     varchar(80) not null,
    set_number      integer     not null,
    reps            integer,
    seconds         integer,
    load_kg         numeric(7, 2),
    reps_in_reserve integer,
    pain            integer     not null,
    logged_at       timestamp with time zone not null,
    constraint workout_set_unique unique (workout_id, exercise_id, set_number),
    constraint workout_set_pain_range check (pain between 0 and 10),
    constraint workout_set_reserve_range check (reps_in_reserve between 0 and 5)
);

create index workout_set_workout on workout_set (workout_id);

-- An exercise stopped because it hurt: swapped for another, skipped, or the session ended there.
create table workout_adaptation (
    id          uuid primary key,
    workout_id  uuid         not null references workout (id) on delete cascade,
    exercise_id varchar(80)  not null,
    advice      varchar(20)  not null,
    substitute  varchar(80),
    rule_id     varchar(30)  not null,
    message     varchar(600) not null,
    happened_at timestamp with time zone not null,
    constraint workout_adaptation_action_known check (advice in ('SUBSTITUTE', 'SKIP', 'END_SESSION'))
);

create index workout_adaptation_workout on workout_adaptation (workout_id);

-- The next target per exercise, rewritten each time a session with that exercise is finished.
create table exercise_target (
    account_id  uuid        not null references account (id) on delete cascade,
    exercise_id varchar(80) not null,
    unit        varchar(10) not null,
    range_low   integer     not null,
    range_high  integer     not null,
    load_kg     numeric(7, 2),
    change_kind varchar(20) not null,
    rule_id     varchar(30) not null,
    reason      varchar(400) not null,
    updated_at  timestamp with time zone not null,
    primary key (account_id, exercise_id)
);
