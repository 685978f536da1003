-- Telephony: the PBX's events as received, the call records folded from them, and agents' phones.

-- An agent's extension: queue member name and PBX endpoint of the agent's phone.
alter table account add column pbx_extension varchar(16);
alter table account add constraint account_pbx_extension_uk unique (pbx_extension);

-- Every PBX event that concerns a hotline call, once: a replayed or duplicated event hits the key
-- and changes nothing. The call record is a fold of a call's events, so their order does not matter.
create table call_event (
    id          bigint generated always as identity,
    linked_id   varchar(64)  not null,
    unique_id   varchar(64)  not null,
    kind        varchar(24)  not null,
    occurred_at timestamptz  not null,
    -- what makes two events of one kind on one channel at one instant different (the agent rung)
    detail_key  varchar(128) not null default '',
    payload     jsonb        not null,
    received_at timestamptz  not null default now(),
    constraint call_event_pk primary key (id),
    constraint call_event_uk unique (linked_id, kind, unique_id, occurred_at, detail_key)
);

create table call_record (
    id               bigint generated always as identity,
    linked_id        varchar(64) not null,
    caller_unique_id varchar(64),
    caller_number    varchar(32),
    menu_choice      varchar(4),
    queue            varchar(64),
    state            varchar(16) not null,
    started_at       timestamptz not null,
    enqueued_at      timestamptz,
    answered_at      timestamptz,
    ended_at         timestamptz,
    wait_seconds     integer,
    talk_seconds     integer,
    agent_extension  varchar(16),
    agent_interface  varchar(128),
    agents_rung      integer     not null default 0,
    abandoned        boolean     not null default false,
    completed_by     varchar(16),
    hangup_cause     integer,
    hangup_cause_text varchar(64),
    recording_file   varchar(255),
    events           integer     not null default 0,
    callback_at      timestamptz,
    callback_by      varchar(64),
    updated_at       timestamptz not null default now(),
    constraint call_record_pk primary key (id),
    constraint call_record_linked_uk unique (linked_id),
    constraint call_record_state_ck check (state in ('IVR', 'QUEUED', 'CONNECTED', 'ENDED'))
);
create index call_record_started_ix on call_record (started_at desc);
create index call_record_caller_ix on call_record (caller_number, started_at desc);
create index call_record_callback_ix on call_record (started_at) where abandoned and callback_at is null;
create index call_record_agent_ix on call_record (agent_extension, started_at desc);

-- The call a work order was registered from (its Linkedid); several orders may come from one call.
alter table work_order add column call_linked_id varchar(64);
create index work_order_call_ix on work_order (call_linked_id) where call_linked_id is not null;
