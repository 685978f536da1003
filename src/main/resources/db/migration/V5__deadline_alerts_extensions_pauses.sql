-- The audit trail refuses TRUNCATE too, not only UPDATE and DELETE.
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_immutable();

-- Deadlines kept honest: alerts raised by the sweep, extension and pause requests, paused time.

alter table work_order_dispatch
    add column paused_at      timestamptz,
    add column paused_seconds bigint not null default 0;

-- The sweep reads only what fell due since its last pass: open lead dispatches by deadline.
create index work_order_dispatch_reply_open_ix on work_order_dispatch (reply_due_at)
    where current and lead and replied_at is null and returned_at is null;
create index work_order_dispatch_sign_open_ix on work_order_dispatch (sign_due_at)
    where current and lead and signed_at is null and returned_at is null;

-- One alert per dispatch, kind, lead time and deadline: a moved deadline gets fresh alerts, a
-- second sweeper (or a replayed pass) can never raise the same alert twice.
create table sla_alert (
    id            bigint generated always as identity,
    dispatch_id   bigint      not null,
    kind          varchar(16) not null,
    lead_seconds  integer     not null,
    due_at        timestamptz not null,
    raised_at     timestamptz not null,
    constraint sla_alert_pk primary key (id),
    constraint sla_alert_dispatch_fk foreign key (dispatch_id) references work_order_dispatch (id),
    constraint sla_alert_kind_ck check (kind in ('SIGN_OVERDUE', 'REPLY_WARNING', 'REPLY_OVERDUE')),
    constraint sla_alert_once_uk unique (dispatch_id, kind, lead_seconds, due_at)
);
create index sla_alert_raised_ix on sla_alert (raised_at desc);

-- How far each sweep has looked. A pass covers (swept_until - margin, now]; after downtime the next
-- pass covers the gap, so nothing that fell due while the application was down is missed.
create table sla_sweep_cursor (
    name         varchar(32) not null,
    swept_until  timestamptz not null,
    constraint sla_sweep_cursor_pk primary key (name)
);
insert into sla_sweep_cursor (name, swept_until) values ('sign', now()), ('reply', now());

-- Extension (延期) and pause (挂起) requests, decided by a supervisor.
create table work_order_request (
    id                 bigint generated always as identity,
    work_order_id      bigint       not null,
    dispatch_id        bigint       not null,
    kind               varchar(16)  not null,
    state              varchar(16)  not null,
    reason             text         not null,
    requested_due_at   timestamptz,
    requested_by       varchar(64)  not null,
    requested_at       timestamptz  not null,
    decided_by         varchar(64),
    decided_at         timestamptz,
    decision_note      text,
    constraint work_order_request_pk primary key (id),
    constraint work_order_request_order_fk foreign key (work_order_id) references work_order (id),
    constraint work_order_request_dispatch_fk foreign key (dispatch_id) references work_order_dispatch (id),
    constraint work_order_request_kind_ck check (kind in ('EXTENSION', 'PAUSE')),
    constraint work_order_request_state_ck check (state in ('PENDING', 'APPROVED', 'REFUSED')),
    constraint work_order_request_due_ck check ((kind = 'EXTENSION') = (requested_due_at is not null))
);
create index work_order_request_order_ix on work_order_request (work_order_id);
create index work_order_request_pending_ix on work_order_request (requested_at) where state = 'PENDING';
-- At most one open request of each kind per dispatch.
create unique index work_order_request_one_pending_ux on work_order_request (dispatch_id, kind) where state = 'PENDING';

