-- A dispatch is "open" while its order waits on the unit (dispatched or signed for). Kept on the
-- dispatch itself so a unit's inbox and its count read one index, whatever the number of orders.
alter table work_order_dispatch add column open boolean not null default false;

update work_order_dispatch d set open = true
  from work_order o
 where o.id = d.work_order_id and d.current and o.state in ('DISPATCHED', 'SIGNED');

drop index work_order_dispatch_inbox_ix;
create index work_order_dispatch_inbox_ix on work_order_dispatch (unit_id, reply_due_at) where open;
