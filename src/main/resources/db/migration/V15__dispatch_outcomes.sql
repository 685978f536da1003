-- What happened to each unit's part of an order, on the dispatch itself, so that every per-unit
-- figure of the statistics is one indexed range over one table (docs/metrics.md).

alter table work_order_dispatch
    -- A send-back (退回重办) gives the unit a fresh dispatch that redoes this one.
    add column rework_of_id    bigint,
    add column sent_back_at    timestamptz,
    -- The hotline accepted this dispatch's reply (审核通过).
    add column reviewed_at     timestamptz,
    -- The citizen was called back about this dispatch's reply (回访), and what they said.
    add column called_back_at  timestamptz,
    add column satisfaction    varchar(24),
    -- The order was put under formal supervision (督办) while this dispatch was the lead's.
    add column supervised_at   timestamptz,
    add constraint work_order_dispatch_rework_fk foreign key (rework_of_id) references work_order_dispatch (id),
    add constraint work_order_dispatch_satisfaction_ck check (satisfaction is null or satisfaction in
        ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'UNREACHABLE')),
    add constraint work_order_dispatch_called_back_ck check ((called_back_at is null) = (satisfaction is null));

-- Dispatches made before these columns existed. A send-back's new dispatch is signed for at the
-- instant it is made, which no unit can do by hand.
update work_order_dispatch r
   set rework_of_id = (select p.id from work_order_dispatch p
                        where p.work_order_id = r.work_order_id and p.unit_id = r.unit_id and p.lead
                          and p.replied_at is not null and p.replied_at <= r.dispatched_at and p.id < r.id
                        order by p.id desc limit 1)
 where r.lead and r.signed_at = r.dispatched_at;
update work_order_dispatch p set sent_back_at = r.dispatched_at
  from work_order_dispatch r where r.rework_of_id = p.id;

-- Reviews and callbacks concern the reply made last before them.
update work_order_dispatch d set reviewed_at = e.occurred_at
  from (select e.occurred_at,
               (select d2.id from work_order_dispatch d2
                 where d2.work_order_id = e.work_order_id and d2.lead and d2.replied_at <= e.occurred_at
                 order by d2.replied_at desc limit 1) as dispatch_id
          from work_order_event e where e.action = 'ACCEPT_REPLY') e
 where d.id = e.dispatch_id;
update work_order_dispatch d set called_back_at = e.occurred_at, satisfaction = e.satisfaction
  from (select e.occurred_at, e.details ->> 'satisfaction' as satisfaction,
               (select d2.id from work_order_dispatch d2
                 where d2.work_order_id = e.work_order_id and d2.lead and d2.replied_at <= e.occurred_at
                 order by d2.replied_at desc limit 1) as dispatch_id
          from work_order_event e where e.action = 'CALLBACK') e
 where d.id = e.dispatch_id and e.satisfaction is not null;
update work_order_dispatch d set supervised_at = o.supervised_at
  from work_order o
 where o.supervised_at is not null and d.id = (select d2.id from work_order_dispatch d2
                                                where d2.work_order_id = o.id and d2.lead
                                                  and d2.dispatched_at <= o.supervised_at
                                                order by d2.dispatched_at desc limit 1);

-- One range per figure: the statistics of a period read only the rows placed in it.
create index work_order_dispatch_dispatched_ix on work_order_dispatch (dispatched_at);
create index work_order_dispatch_unit_dispatched_ix on work_order_dispatch (unit_id, dispatched_at);
create index work_order_dispatch_unit_replied_ix on work_order_dispatch (unit_id, replied_at)
    where replied_at is not null;
create index work_order_dispatch_returned_ix on work_order_dispatch (returned_at) where returned_at is not null;
create index work_order_dispatch_sent_back_ix on work_order_dispatch (sent_back_at) where sent_back_at is not null;
create index work_order_dispatch_reviewed_ix on work_order_dispatch (reviewed_at) where reviewed_at is not null;
create index work_order_dispatch_called_back_ix on work_order_dispatch (called_back_at)
    where called_back_at is not null;
create index work_order_dispatch_supervised_ix on work_order_dispatch (supervised_at)
    where supervised_at is not null;
-- Dissatisfied citizens: the hard topics and the assessment's drill-down read only these.
create index work_order_dispatch_dissatisfied_ix on work_order_dispatch (called_back_at)
    where satisfaction = 'DISSATISFIED';
-- Replies that came late: what was overdue at the end of a past period and answered after it.
create index work_order_dispatch_late_reply_ix on work_order_dispatch (replied_at)
    where replied_on_time = false;
create index work_order_request_extension_ix on work_order_request (decided_at)
    where kind = 'EXTENSION' and state = 'APPROVED';
-- Orders still open, by registration: "open at the period end" without reading closed history.
create index work_order_open_registered_ix on work_order (registered_at) where state <> 'CLOSED';
