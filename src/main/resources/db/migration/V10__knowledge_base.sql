-- The knowledge base: entries with every saved version, the outbox that feeds Elasticsearch,
-- member units' correction proposals, and the agents' "this answered the caller" usage.

alter table account drop constraint account_role_ck;
alter table account add constraint account_role_ck
    check (role in ('AGENT', 'SUPERVISOR', 'UNIT_HANDLER', 'KB_EDITOR', 'KB_REVIEWER', 'MANAGER', 'ADMIN'));

-- The head (latest saved) content lives on the entry; the content agents see is the published
-- version's snapshot in knowledge_entry_version, so a pending edit never reaches search unreviewed.
create table knowledge_entry (
    id                 bigint generated always as identity,
    code               varchar(32)  not null,
    state              varchar(16)  not null,
    head_version       integer      not null,
    published_version  integer,
    title              varchar(200) not null,
    body               jsonb        not null,
    category_id        bigint       not null,
    owner_unit_id      bigint       not null,
    keywords           jsonb        not null default '[]',
    synonyms           jsonb        not null default '[]',
    document_number    varchar(64),
    effective_from     date         not null,
    expires_on         date,
    region_code        varchar(16)  not null,
    content_hash       varchar(64)  not null,
    usage_count        bigint       not null default 0,
    created_at         timestamptz  not null,
    created_by         varchar(64)  not null,
    updated_at         timestamptz  not null,
    updated_by         varchar(64)  not null,
    version            integer      not null default 0,
    constraint knowledge_entry_pk primary key (id),
    constraint knowledge_entry_code_uk unique (code),
    constraint knowledge_entry_category_fk foreign key (category_id) references category (id),
    constraint knowledge_entry_owner_fk foreign key (owner_unit_id) references member_unit (id),
    constraint knowledge_entry_state_ck check (state in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    constraint knowledge_entry_published_ck check (state <> 'PUBLISHED' or published_version = head_version),
    constraint knowledge_entry_dates_ck check (expires_on is null or expires_on >= effective_from)
);
-- Editors' lists by state and the owners' expiry list.
create index knowledge_entry_state_ix on knowledge_entry (state, updated_at desc);
create index knowledge_entry_owner_ix on knowledge_entry (owner_unit_id, state);
create index knowledge_entry_expires_ix on knowledge_entry (expires_on) where expires_on is not null;
create index knowledge_entry_updated_ix on knowledge_entry (updated_at);

create table knowledge_entry_version (
    entry_id    bigint       not null,
    version_no  integer      not null,
    snapshot    jsonb        not null,
    action      varchar(16)  not null,
    note        varchar(1000),
    saved_at    timestamptz  not null,
    saved_by    varchar(64)  not null,
    constraint knowledge_entry_version_pk primary key (entry_id, version_no),
    constraint knowledge_entry_version_entry_fk foreign key (entry_id) references knowledge_entry (id)
);

-- Written in the same transaction as the change; the indexer deletes a row once Elasticsearch has
-- the entry's state as of that change or later.
create table knowledge_outbox (
    id           bigint generated always as identity,
    entry_id     bigint      not null,
    enqueued_at  timestamptz not null,
    attempts     integer     not null default 0,
    constraint knowledge_outbox_pk primary key (id)
);

create table knowledge_proposal (
    id             bigint generated always as identity,
    entry_id       bigint        not null,
    unit_id        bigint        not null,
    text           varchar(4000) not null,
    state          varchar(16)   not null,
    proposed_by    varchar(64)   not null,
    proposed_at    timestamptz   not null,
    decided_by     varchar(64),
    decided_at     timestamptz,
    decision_note  varchar(1000),
    version        integer       not null default 0,
    constraint knowledge_proposal_pk primary key (id),
    constraint knowledge_proposal_entry_fk foreign key (entry_id) references knowledge_entry (id),
    constraint knowledge_proposal_unit_fk foreign key (unit_id) references member_unit (id),
    constraint knowledge_proposal_state_ck check (state in ('OPEN', 'ACCEPTED', 'DECLINED'))
);
create index knowledge_proposal_state_ix on knowledge_proposal (state, proposed_at);
create index knowledge_proposal_unit_ix on knowledge_proposal (unit_id, state);

-- One row each time an entry answered a caller; with an order, the entry is attached to it (once).
create table knowledge_usage (
    id             bigint generated always as identity,
    entry_id       bigint      not null,
    entry_version  integer     not null,
    work_order_id  bigint,
    used_by        varchar(64) not null,
    used_at        timestamptz not null,
    constraint knowledge_usage_pk primary key (id),
    constraint knowledge_usage_entry_fk foreign key (entry_id) references knowledge_entry (id),
    constraint knowledge_usage_order_fk foreign key (work_order_id) references work_order (id)
);
create unique index knowledge_usage_order_entry_uk on knowledge_usage (work_order_id, entry_id)
    where work_order_id is not null;
create index knowledge_usage_entry_ix on knowledge_usage (entry_id, used_at);

-- Codes of entries written in the application (imports bring their own).
create sequence knowledge_code_seq start with 100001;
