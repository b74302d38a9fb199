-- A person's way through BackCoach: the onboarding answers saved step by step, every intake
-- they completed, and every plan built from them. Nothing is overwritten: a re-assessment adds
-- a new intake and a new plan version.

create table onboarding_draft (
    account_id uuid primary key references account (id) on delete cascade,
    step       varchar(40) not null,
    answers    text        not null,
    updated_at timestamp with time zone not null
);

create table intake_record (
    id         uuid primary key,
    account_id uuid    not null references account (id) on delete cascade,
    version    integer not null,
    answers    text    not null,
    created_at timestamp with time zone not null,
    constraint intake_record_version_unique unique (account_id, version)
);

create table plan_version (
    id         uuid primary key,
    account_id uuid        not null references account (id) on delete cascade,
    intake_id  uuid        not null references intake_record (id) on delete cascade,
    version    integer     not null,
    status     varchar(20) not null,
    stage      varchar(20) not null,
    body       text        not null,
    created_at timestamp with time zone not null,
    constraint plan_version_unique unique (account_id, version)
);
