-- The monthly operation bulletin (运行情况通报): a working copy the managers edit, and the revisions
-- they published, each frozen whole.

create table bulletin (
    id                   bigint generated always as identity,
    month                date         not null,
    number               varchar(40)  not null,
    title                varchar(200) not null,
    narrative            jsonb        not null,
    -- the computed sections of the working copy, as last computed
    figures              jsonb        not null,
    figures_computed_at  timestamptz  not null,
    published_revision   integer      not null default 0,
    created_by           varchar(64)  not null,
    created_at           timestamptz  not null,
    updated_by           varchar(64)  not null,
    updated_at           timestamptz  not null,
    version              integer      not null default 0,
    constraint bulletin_pk primary key (id),
    constraint bulletin_month_uk unique (month),
    constraint bulletin_month_ck check (extract(day from month) = 1)
);

-- Typical cases (典型案例) picked for the working copy, personal data already masked.
create table bulletin_case (
    id             bigint generated always as identity,
    bulletin_id    bigint        not null,
    work_order_id  bigint        not null,
    position       integer       not null,
    content        jsonb         not null,
    constraint bulletin_case_pk primary key (id),
    constraint bulletin_case_bulletin_fk foreign key (bulletin_id) references bulletin (id),
    constraint bulletin_case_order_fk foreign key (work_order_id) references work_order (id),
    constraint bulletin_case_once_uk unique (bulletin_id, work_order_id)
);

-- A published revision: the whole document as it was published. Never changed or removed; a
-- correction is the next revision, with a note.
create table bulletin_revision (
    id            bigint generated always as identity,
    bulletin_id   bigint        not null,
    revision      integer       not null,
    content       jsonb         not null,
    note          varchar(1000),
    published_by  varchar(64)   not null,
    published_at  timestamptz   not null,
    constraint bulletin_revision_pk primary key (id),
    constraint bulletin_revision_bulletin_fk foreign key (bulletin_id) references bulletin (id),
    constraint bulletin_revision_uk unique (bulletin_id, revision),
    constraint bulletin_revision_note_ck check (revision = 1 or note is not null)
);
create trigger bulletin_revision_immutable before update or delete on bulletin_revision
    for each row execute function audit_event_immutable();
