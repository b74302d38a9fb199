-- Training: the days a person did their daily series, and how they like weights shown.
-- Portable SQL: H2 and PostgreSQL alike.

create table series_check (
    account_id uuid not null references account (id) on delete cascade,
    check_day  date not null,
    done_at    timestamp with time zone not null,
    primary key (account_id, check_day)
);

create table training_preference (
    account_id  uuid primary key references account (id) on delete cascade,
    weight_unit varchar(2) not null,
    constraint training_preference_unit_known check (weight_unit in ('KG', 'LB'))
);
