-- The member-unit assessment (考评): versioned schemes and manual adjustments.

-- Every saved scheme is a new version; a version is never changed, so the scheme a month was
-- assessed and published with can always be read again. The application writes version 1 (the
-- standard scheme) at its first start.
create table assessment_scheme (
    id          bigint generated always as identity,
    version     integer       not null,
    definition  jsonb         not null,
    note        varchar(1000),
    created_by  varchar(64)   not null,
    created_at  timestamptz   not null,
    constraint assessment_scheme_pk primary key (id),
    constraint assessment_scheme_version_uk unique (version),
    constraint assessment_scheme_version_ck check (version > 0)
);
create trigger assessment_scheme_immutable before update or delete on assessment_scheme
    for each row execute function audit_event_immutable();

-- A manager's deduction (negative) or addition against a unit in a month: against one indicator
-- (答复规范, within its weight) or against the total (indicator null). Withdrawn, never deleted.
create table assessment_adjustment (
    id             bigint generated always as identity,
    month          date          not null,
    unit_id        bigint        not null,
    indicator      varchar(32),
    points         numeric(6, 2) not null,
    reason         varchar(1000) not null,
    work_order_id  bigint,
    created_by     varchar(64)   not null,
    created_at     timestamptz   not null,
    withdrawn_by   varchar(64),
    withdrawn_at   timestamptz,
    version        integer       not null default 0,
    constraint assessment_adjustment_pk primary key (id),
    constraint assessment_adjustment_unit_fk foreign key (unit_id) references member_unit (id),
    constraint assessment_adjustment_order_fk foreign key (work_order_id) references work_order (id),
    constraint assessment_adjustment_month_ck check (extract(day from month) = 1),
    constraint assessment_adjustment_points_ck check (points <> 0 and abs(points) <= 100),
    constraint assessment_adjustment_withdrawn_ck check ((withdrawn_at is null) = (withdrawn_by is null))
);
create index assessment_adjustment_month_ix on assessment_adjustment (month, unit_id) where withdrawn_at is null;
