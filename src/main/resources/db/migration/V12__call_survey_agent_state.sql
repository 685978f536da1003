-- The post-call satisfaction survey (IVR, after the agent hangs up): on the call, and on the work
-- orders registered from it.
alter table call_record add column survey varchar(24);
alter table work_order add column call_survey varchar(24);

-- Agents' state as the PBX's queue member events tell it (one row per extension, the latest).
create table agent_state (
    extension     varchar(16)  not null,
    logged_in     boolean      not null,
    paused        boolean      not null,
    paused_reason varchar(64),
    status        varchar(16)  not null,
    updated_at    timestamptz  not null,
    constraint agent_state_pk primary key (extension)
);
