-- Fills the benchmark database with :count open, dispatched work orders spread over every active
-- unit, with reply deadlines from 2 hours ago to 22 hours ahead. Run with psql -v count=N.
insert into work_order (number, channel, type, category_id, caller_number, citizen_text, summary, state,
                        district_unit_id, registered_by, registered_at, updated_at)
select 'B' || lpad(g::text, 12, '0'), 'PHONE', 'COMPLAINT', c.ids[1 + g % array_length(c.ids, 1)],
       '138' || lpad((g % 100000000)::text, 8, '0'), '压测数据', '压测数据 ' || g, 'DISPATCHED',
       d.ids[1 + g % array_length(d.ids, 1)], 'bench', now() - interval '2 hours', now()
  from generate_series(1, :count) g,
       (select array_agg(id order by id) ids from category where parent_id is not null) c,
       (select array_agg(id order by id) ids from member_unit where level = 'DISTRICT' and kind = 'GOVERNMENT') d;

insert into work_order_dispatch (work_order_id, unit_id, lead, current, open, dispatched_at, dispatched_by, sign_due_at,
                                 reply_due_at, original_reply_due_at)
select o.id, u.ids[1 + o.id % array_length(u.ids, 1)], true, true, true, now() - interval '2 hours', 'bench',
       now() + interval '1 hour',
       now() - interval '2 hours' + (o.id % 86400) * interval '1 second',
       now() - interval '2 hours' + (o.id % 86400) * interval '1 second'
  from work_order o, (select array_agg(id order by id) ids from member_unit where active) u
 where o.registered_by = 'bench';

analyze work_order;
analyze work_order_dispatch;
