-- Training: the daily habits a person ticked off, per day of their own calendar (their time zone).
-- A row means "done that day"; unticking deletes it. Portable SQL: H2 and PostgreSQL alike.
-- The day column is check_day because DAY is a keyword in H2.

create table habit_check (
    account_id uuid        not null references account (id) on delete cascade,
    check_day  date        not null,
    habit_id   varchar(60) not null,
    checked_at timestamp with time zone not null,
    primary key (account_id, check_day, habit_id)
);
