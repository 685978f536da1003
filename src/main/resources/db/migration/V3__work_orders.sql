-- Work orders (工单): the topic tree, the orders, their dispatches to member units and their history.

create table category (
    id        bigint generated always as identity,
    code      varchar(16) not null,
    name      varchar(60) not null,
    parent_id bigint,
    active    boolean     not null default true,
    constraint category_pk primary key (id),
    constraint category_code_uk unique (code),
    constraint category_parent_fk foreign key (parent_id) references category (id)
);
create index category_parent_ix on category (parent_id);

-- Order numbers: the day in Asia/Shanghai and a sequence shared by every app instance, so two
-- instances can never hand out the same number (a rolled-back insert leaves a harmless gap).
create sequence work_order_number_seq;

create table work_order (
    id                bigint generated always as identity,
    number            varchar(20)  not null,
    channel           varchar(16)  not null,
    type              varchar(16)  not null,
    category_id       bigint       not null,
    caller_number     varchar(32),
    caller_name       varchar(64),
    anonymous         boolean      not null default false,
    callback_consent  boolean      not null default true,
    district_unit_id  bigint,
    town_unit_id      bigint,
    address           varchar(200),
    citizen_text      text         not null,
    summary           text         not null,
    state             varchar(16)  not null,
    lead_unit_id      bigint,
    registered_by     varchar(64)  not null,
    registered_at     timestamptz  not null,
    answer            text,
    satisfaction      varchar(24),
    closed_at         timestamptz,
    updated_at        timestamptz  not null,
    version           integer      not null default 0,
    constraint work_order_pk primary key (id),
    constraint work_order_number_uk unique (number),
    constraint work_order_category_fk foreign key (category_id) references category (id),
    constraint work_order_district_fk foreign key (district_unit_id) references member_unit (id),
    constraint work_order_town_fk foreign key (town_unit_id) references member_unit (id),
    constraint work_order_lead_unit_fk foreign key (lead_unit_id) references member_unit (id),
    constraint work_order_channel_ck check (channel in ('PHONE', 'WEB', 'WALK_IN', 'OTHER')),
    constraint work_order_type_ck check (type in ('CONSULTATION', 'COMPLAINT', 'HELP', 'SUGGESTION', 'REPORT', 'PRAISE')),
    constraint work_order_state_ck check (state in ('REGISTERED', 'DISPATCHED', 'SIGNED', 'RETURNED', 'REPLIED',
                                                    'REVIEWED', 'CALLED_BACK', 'CLOSED')),
    constraint work_order_satisfaction_ck check (satisfaction is null or satisfaction in
                                                 ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'UNREACHABLE'))
);
create index work_order_state_ix on work_order (state, registered_at desc);
create index work_order_registered_ix on work_order (registered_at desc);
create index work_order_caller_ix on work_order (caller_number, registered_at desc);

-- One row per unit an order was sent to, per dispatch. The deadlines are fixed at dispatch;
-- on_time is decided once, when the unit replies, so monthly reports count it exactly.
create table work_order_dispatch (
    id                     bigint generated always as identity,
    work_order_id          bigint       not null,
    unit_id                bigint       not null,
    lead                   boolean      not null,
    current                boolean      not null default true,
    dispatched_at          timestamptz  not null,
    dispatched_by          varchar(64)  not null,
    sign_due_at            timestamptz  not null,
    reply_due_at           timestamptz  not null,
    original_reply_due_at  timestamptz  not null,
    signed_at              timestamptz,
    signed_by              varchar(64),
    replied_at             timestamptz,
    replied_by             varchar(64),
    reply_text             text,
    reply_outcome          varchar(24),
    signed_on_time         boolean,
    replied_on_time        boolean,
    returned_at            timestamptz,
    return_reason          text,
    urge_count             integer      not null default 0,
    constraint work_order_dispatch_pk primary key (id),
    constraint work_order_dispatch_order_fk foreign key (work_order_id) references work_order (id),
    constraint work_order_dispatch_unit_fk foreign key (unit_id) references member_unit (id),
    constraint work_order_dispatch_outcome_ck check (reply_outcome is null or reply_outcome in
                                                     ('RESOLVED', 'EXPLAINED', 'NOT_RESOLVABLE'))
);
create index work_order_dispatch_order_ix on work_order_dispatch (work_order_id);
-- A unit's inbox: its current dispatches, soonest reply deadline first.
create index work_order_dispatch_inbox_ix on work_order_dispatch (unit_id, reply_due_at) where current;
-- At most one current lead dispatch per order.
create unique index work_order_dispatch_one_lead_ux on work_order_dispatch (work_order_id) where current and lead;

-- The order's history: who did what, when, from which state to which. Append-only.
create table work_order_event (
    id             bigint generated always as identity,
    work_order_id  bigint       not null,
    occurred_at    timestamptz  not null,
    actor          varchar(64)  not null,
    action         varchar(24)  not null,
    from_state     varchar(16),
    to_state       varchar(16)  not null,
    note           text,
    details        jsonb,
    constraint work_order_event_pk primary key (id),
    constraint work_order_event_order_fk foreign key (work_order_id) references work_order (id)
);
create index work_order_event_order_ix on work_order_event (work_order_id, occurred_at, id);
create trigger work_order_event_no_update before update or delete on work_order_event
    for each row execute function audit_event_immutable();
create trigger work_order_event_no_truncate before truncate on work_order_event
    for each statement execute function audit_event_immutable();
