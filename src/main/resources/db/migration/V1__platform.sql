-- The platform: member units, accounts and the audit trail.

create table member_unit (
    id            bigint generated always as identity,
    code          varchar(32)  not null,
    name          varchar(120) not null,
    level         varchar(16)  not null,
    kind          varchar(16)  not null,
    parent_id     bigint,
    contact_phone varchar(40),
    active        boolean      not null default true,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       integer      not null default 0,
    constraint member_unit_pk primary key (id),
    constraint member_unit_code_uk unique (code),
    constraint member_unit_name_uk unique (name),
    constraint member_unit_parent_fk foreign key (parent_id) references member_unit (id),
    constraint member_unit_not_own_parent_ck check (parent_id is null or parent_id <> id),
    constraint member_unit_level_ck check (level in ('CITY', 'DISTRICT', 'TOWN')),
    constraint member_unit_kind_ck check (kind in ('GOVERNMENT', 'DEPARTMENT', 'TOWN_STREET', 'ENTERPRISE'))
);
create index member_unit_parent_ix on member_unit (parent_id);
create index member_unit_level_ix on member_unit (level, active);

create table account (
    id                  bigint generated always as identity,
    username            varchar(64)  not null,
    display_name        varchar(64)  not null,
    password_hash       varchar(100) not null,
    role                varchar(16)  not null,
    unit_id             bigint,
    locked              boolean      not null default false,
    failed_logins       integer      not null default 0,
    locked_until        timestamptz,
    last_login_at       timestamptz,
    password_changed_at timestamptz  not null default now(),
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             integer      not null default 0,
    constraint account_pk primary key (id),
    constraint account_username_uk unique (username),
    constraint account_unit_fk foreign key (unit_id) references member_unit (id),
    constraint account_role_ck check (role in ('AGENT', 'SUPERVISOR', 'UNIT_HANDLER', 'KB_EDITOR', 'MANAGER', 'ADMIN')),
    constraint account_unit_iff_handler_ck check ((role = 'UNIT_HANDLER') = (unit_id is not null)),
    constraint account_username_lower_ck check (username = lower(username))
);
create index account_unit_ix on account (unit_id);

create table audit_event (
    id          bigint generated always as identity,
    occurred_at timestamptz not null default now(),
    actor       varchar(64) not null,
    action      varchar(64) not null,
    entity_type varchar(32) not null,
    entity_id   varchar(64) not null,
    details     jsonb,
    request_id  varchar(64),
    constraint audit_event_pk primary key (id)
);
create index audit_event_entity_ix on audit_event (entity_type, entity_id, occurred_at desc);

-- The audit trail is append-only: the application's role may insert and read, never rewrite.
create function audit_event_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end $$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_immutable();
