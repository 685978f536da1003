-- A month of a very large hotline for the bulletin benchmark: :orders work orders registered in the
-- month starting :'month' (Asia/Shanghai), :background in the month before (the hot topics compare
-- with it), their dispatches to every unit with outcomes of every kind, urges and extensions, and
-- :calls call records. Run with psql -v orders=N -v background=N -v calls=N -v start="timestamptz 'YYYY-MM-01 00:00+08'".
-- The outbox trigger is off while loading: the benchmark then builds the order index with a rebuild.
alter table work_order disable trigger work_order_changed;

create temporary table bench_texts (n int, summary text, citizen text);
insert into bench_texts values
 (0, '小区停水', '小区突然停水，没有提前通知，居民生活受影响，要求尽快恢复供水。'),
 (1, '夜间施工噪音扰民', '工地夜间施工噪音很大，严重影响附近居民休息。'),
 (2, '路灯不亮', '路段路灯连续一周不亮，居民夜间出行不便。'),
 (3, '养老保险缴费记录缺失', '查询养老保险时发现有三个月缴费记录缺失，要求核实补录。'),
 (4, '物业管理不到位', '小区物业长期不清理垃圾，电梯经常故障。'),
 (5, '公司拖欠工资', '公司已拖欠三个月工资，要求劳动部门介入。'),
 (6, '餐馆油烟扰民', '楼下餐馆油烟直排，居民无法开窗。'),
 (7, '占道经营', '菜市场周边流动摊贩占道经营，早晚高峰堵塞交通。'),
 (8, '咨询积分入学', '随迁子女积分入学排名靠后，询问学位分配规则。'),
 (9, '共享单车乱停放', '地铁站出口共享单车乱停放，堵塞人行道。');

-- The orders: ten kinds of text; in the month a tenth are about shared bikes (the hot topic), before none.
insert into work_order (number, channel, type, category_id, caller_number, caller_name, district_unit_id,
                        citizen_text, summary, state, registered_by, registered_at, updated_at, closed_at, answer)
select 'M' || lpad(g::text, 12, '0'),
       (array['PHONE','PHONE','PHONE','PHONE','WEB','WALK_IN','OTHER'])[1 + g % 7],
       (array['CONSULTATION','COMPLAINT','HELP','SUGGESTION','REPORT','COMPLAINT'])[1 + g % 6],
       c.ids[1 + (g * 7) % array_length(c.ids, 1)],
       '13' || lpad((g % 900000000)::text, 9, '0'), '陈女士', d.ids[1 + g % array_length(d.ids, 1)],
       t.citizen, t.summary,
       case when g % 10 < 3 then 'CLOSED' else 'REGISTERED' end, 'bench', r.at, r.at,
       case when g % 10 < 3 then r.at + interval '5 minutes' end,
       case when g % 10 < 3 then '已当场答复' end
  from generate_series(1, :orders + :background) g
  cross join lateral (select case when g <= :orders then :start + (g % 2592000) * interval '1 second'
                                  else :start - interval '30 days' + (g % 2592000) * interval '1 second' end as at) r
  join bench_texts t on t.n = case when g <= :orders and g % 10 = 9 then 9 else (g * 3) % 9 end,
       (select array_agg(id order by id) ids from category where parent_id is not null) c,
       (select array_agg(id order by id) ids from member_unit where level = 'DISTRICT' and kind = 'GOVERNMENT') d;

-- Dispatches of the orders not answered on the call, to every active unit, with their outcomes.
insert into work_order_dispatch (work_order_id, unit_id, lead, current, open, dispatched_at, dispatched_by,
                                 sign_due_at, reply_due_at, original_reply_due_at, signed_at, signed_on_time,
                                 replied_at, replied_on_time, reply_text, reply_outcome, returned_at, urge_count,
                                 sent_back_at, reviewed_at, called_back_at, satisfaction, supervised_at)
select o.id, u.ids[1 + (o.id * 13) % array_length(u.ids, 1)], true, true, x.replied is null and x.returned is null,
       o.registered_at + interval '10 minutes', 'bench',
       o.registered_at + interval '130 minutes', o.registered_at + interval '22 hours 10 minutes',
       o.registered_at + interval '22 hours 10 minutes',
       x.signed, x.signed <= o.registered_at + interval '130 minutes',
       x.replied, x.replied <= o.registered_at + interval '22 hours 10 minutes', case when x.replied is not null then '已办理' end,
       case when x.replied is not null then 'RESOLVED' end, x.returned, case when o.id % 20 = 0 then 1 else 0 end,
       case when o.id % 33 = 0 and x.replied is not null then x.replied + interval '2 hours' end,
       case when x.replied is not null and o.id % 10 <> 1 then x.replied + interval '3 hours' end,
       case when x.replied is not null and o.id % 10 not in (1, 2) then x.replied + interval '20 hours' end,
       case when x.replied is null or o.id % 10 in (1, 2) then null
            when o.id % 50 = 0 then 'DISSATISFIED' when o.id % 70 = 0 then 'UNREACHABLE'
            when o.id % 9 = 0 then 'BASICALLY_SATISFIED' else 'SATISFIED' end,
       case when o.id % 200 = 0 then o.registered_at + interval '5 hours' end
  from work_order o
  cross join lateral (select
       case when o.id % 31 = 0 then null else o.registered_at + (10 + o.id % 180) * interval '1 minute' end as signed,
       case when o.id % 31 = 0 or o.id % 41 = 0 then null
            else o.registered_at + (60 + o.id % 1800) * interval '1 minute' end as replied,
       case when o.id % 31 = 0 then o.registered_at + interval '1 hour' end as returned) x,
       (select array_agg(id order by id) ids from member_unit where active) u
 where o.registered_by = 'bench' and o.answer is null;

-- Co-units on one order in twenty.
insert into work_order_dispatch (work_order_id, unit_id, lead, current, open, dispatched_at, dispatched_by, sign_due_at,
                                 reply_due_at, original_reply_due_at)
select d.work_order_id, u.ids[1 + (d.work_order_id * 17) % array_length(u.ids, 1)], false, true, false, d.dispatched_at,
       'bench', d.sign_due_at, d.reply_due_at, d.original_reply_due_at
  from work_order_dispatch d, (select array_agg(id order by id) ids from member_unit where active) u
 where d.lead and d.work_order_id % 20 = 3 and d.dispatched_by = 'bench';

-- Urges (one dispatch in twenty) and approved extensions (one in fifty).
insert into work_order_event (work_order_id, occurred_at, actor, action, from_state, to_state, details)
select d.work_order_id, d.reply_due_at, 'system', 'URGE', 'SIGNED', 'SIGNED', jsonb_build_object('unit', m.code)
  from work_order_dispatch d join member_unit m on m.id = d.unit_id
 where d.lead and d.urge_count > 0 and d.dispatched_by = 'bench';
insert into work_order_request (work_order_id, dispatch_id, kind, state, reason, requested_due_at, requested_by,
                                requested_at, decided_by, decided_at)
select d.work_order_id, d.id, 'EXTENSION', 'APPROVED', '压测', d.reply_due_at + interval '2 days', 'bench',
       d.dispatched_at + interval '1 hour', 'bench', d.dispatched_at + interval '2 hours'
  from work_order_dispatch d where d.lead and d.work_order_id % 50 = 7 and d.dispatched_by = 'bench';

-- Each order's state and lead unit as its lead dispatch left them.
update work_order o
   set state = case when d.called_back_at is not null then 'CLOSED' when d.returned_at is not null then 'RETURNED'
                    when d.signed_at is null then 'DISPATCHED' when d.replied_at is null then 'SIGNED'
                    when d.reviewed_at is null then 'REPLIED' else 'REVIEWED' end,
       closed_at = d.called_back_at + interval '1 hour',
       satisfaction = d.satisfaction,
       lead_unit_id = case when d.returned_at is null then d.unit_id end,
       search_version = nextval('work_order_search_version_seq')
  from work_order_dispatch d
 where d.work_order_id = o.id and d.lead and o.registered_by = 'bench';
update work_order set search_version = nextval('work_order_search_version_seq')
 where registered_by = 'bench' and search_version = 0;
alter table work_order enable trigger work_order_changed;

-- The calls of the month.
insert into call_record (linked_id, caller_number, menu_choice, queue, state, started_at, enqueued_at, answered_at,
                         ended_at, wait_seconds, talk_seconds, abandoned, callback_at, survey)
select 'bench-' || g, '13' || lpad((g % 900000000)::text, 9, '0'), (1 + g % 3)::text,
       case when g % 10 <> 0 then 'hotline-consult' end, 'ENDED', s.at,
       case when g % 10 <> 0 then s.at + interval '20 seconds' end,
       case when g % 10 <> 0 and g % 13 <> 0 then s.at + (20 + g % 40) * interval '1 second' end,
       s.at + (60 + g % 400) * interval '1 second',
       case when g % 10 <> 0 then g % 40 end,
       case when g % 10 <> 0 and g % 13 <> 0 then 60 + g % 300 end,
       g % 10 <> 0 and g % 13 = 0,
       case when g % 10 <> 0 and g % 13 = 0 and g % 2 = 0 then s.at + (10 + g % 120) * interval '1 minute' end,
       (array[null, 'SATISFIED', null, 'BASICALLY_SATISFIED', null, 'SATISFIED', null, 'DISSATISFIED'])[1 + g % 8]
  from generate_series(1, :calls) g
  cross join lateral (select :start + ((g::bigint * 7919) % 2592000) * interval '1 second' as at) s;

vacuum analyze work_order;
vacuum analyze work_order_dispatch;
vacuum analyze work_order_event;
vacuum analyze work_order_request;
vacuum analyze call_record;
