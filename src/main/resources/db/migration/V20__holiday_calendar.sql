-- The public holidays and make-up working days (调休上班) of each year, as the State Council
-- announces them in the autumn, kept by administrators. A year is known once it has a row in
-- holiday_year; a deadline that reaches into an unknown year is counted by the wall clock and
-- marked as such on the dispatch.

create table holiday_year (
    year        integer      not null,
    updated_by  varchar(64)  not null,
    updated_at  timestamptz  not null,
    version     integer      not null default 0,
    constraint holiday_year_pk primary key (year),
    constraint holiday_year_range_ck check (year between 2000 and 2100)
);

create table holiday_day (
    day   date         not null,
    year  integer      not null,
    kind  varchar(8)   not null,
    name  varchar(40)  not null,
    constraint holiday_day_pk primary key (day),
    constraint holiday_day_year_fk foreign key (year) references holiday_year (year),
    constraint holiday_day_in_year_ck check (extract(year from day) = year),
    constraint holiday_day_kind_ck check (kind in ('HOLIDAY', 'WORKDAY'))
);

create index holiday_day_year_ix on holiday_day (year);

-- 2026, as the State Council announced it; until now it shipped as calendar/holidays-2026.csv.
insert into holiday_year (year, updated_by, updated_at) values (2026, 'system', now());
insert into holiday_day (day, year, kind, name) values
    ('2026-01-01', 2026, 'HOLIDAY', '元旦'),
    ('2026-01-02', 2026, 'HOLIDAY', '元旦'),
    ('2026-01-03', 2026, 'HOLIDAY', '元旦'),
    ('2026-01-04', 2026, 'WORKDAY', '元旦调休上班'),
    ('2026-02-14', 2026, 'WORKDAY', '春节调休上班'),
    ('2026-02-15', 2026, 'HOLIDAY', '春节'),
    ('2026-02-16', 2026, 'HOLIDAY', '春节'),
    ('2026-02-17', 2026, 'HOLIDAY', '春节'),
    ('2026-02-18', 2026, 'HOLIDAY', '春节'),
    ('2026-02-19', 2026, 'HOLIDAY', '春节'),
    ('2026-02-20', 2026, 'HOLIDAY', '春节'),
    ('2026-02-21', 2026, 'HOLIDAY', '春节'),
    ('2026-02-22', 2026, 'HOLIDAY', '春节'),
    ('2026-02-23', 2026, 'HOLIDAY', '春节'),
    ('2026-02-28', 2026, 'WORKDAY', '春节调休上班'),
    ('2026-04-04', 2026, 'HOLIDAY', '清明节'),
    ('2026-04-05', 2026, 'HOLIDAY', '清明节'),
    ('2026-04-06', 2026, 'HOLIDAY', '清明节'),
    ('2026-05-01', 2026, 'HOLIDAY', '劳动节'),
    ('2026-05-02', 2026, 'HOLIDAY', '劳动节'),
    ('2026-05-03', 2026, 'HOLIDAY', '劳动节'),
    ('2026-05-04', 2026, 'HOLIDAY', '劳动节'),
    ('2026-05-05', 2026, 'HOLIDAY', '劳动节'),
    ('2026-05-09', 2026, 'WORKDAY', '劳动节调休上班'),
    ('2026-06-19', 2026, 'HOLIDAY', '端午节'),
    ('2026-06-20', 2026, 'HOLIDAY', '端午节'),
    ('2026-06-21', 2026, 'HOLIDAY', '端午节'),
    ('2026-09-20', 2026, 'WORKDAY', '国庆节调休上班'),
    ('2026-09-25', 2026, 'HOLIDAY', '中秋节'),
    ('2026-09-26', 2026, 'HOLIDAY', '中秋节'),
    ('2026-09-27', 2026, 'HOLIDAY', '中秋节'),
    ('2026-10-01', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-02', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-03', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-04', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-05', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-06', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-07', 2026, 'HOLIDAY', '国庆节'),
    ('2026-10-10', 2026, 'WORKDAY', '国庆节调休上班');

-- Whether a dispatch's deadlines were counted by the wall clock because they reach into a year
-- whose holidays were not yet entered (working-time mode only).
alter table work_order_dispatch add column deadline_estimated boolean not null default false;
