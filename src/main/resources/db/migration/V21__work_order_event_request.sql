-- An order's steps carry the request that made them, as every other audited change does
-- (audit_event.request_id): one audit model, so a step can be traced to its log lines.
-- A nullable column without a default: no table rewrite, no lock beyond a moment.
alter table work_order_event add column request_id varchar(64);
