-- What the workbenches and the month's figures read.
create index work_order_dispatch_replied_ix on work_order_dispatch (replied_at) where replied_at is not null;
create index work_order_event_action_ix on work_order_event (action, occurred_at);
create index work_order_closed_ix on work_order (closed_at) where state = 'CLOSED';
