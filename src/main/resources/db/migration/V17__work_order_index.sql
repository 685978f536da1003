-- The work-order search index (Elasticsearch) is fed through a transactional outbox like the
-- knowledge index. A trigger writes the outbox row, so every writer is covered: the application's
-- steps, its bulk updates (the IVR survey) and SQL run by operators. Each change also takes a new
-- search_version, which the index uses as the document's external version: a late or repeated
-- write of an older state is refused by Elasticsearch.
create sequence work_order_search_version_seq;
alter table work_order add column search_version bigint not null default 0;

create table work_order_outbox (
    id             bigint generated always as identity,
    work_order_id  bigint      not null,
    enqueued_at    timestamptz not null default now(),
    constraint work_order_outbox_pk primary key (id)
);

create function work_order_changed() returns trigger language plpgsql as $$
begin
    new.search_version := nextval('work_order_search_version_seq');
    insert into work_order_outbox (work_order_id) values (new.id);
    return new;
end $$;
create trigger work_order_changed before insert or update on work_order
    for each row execute function work_order_changed();
-- What a rebuild copies again: the orders changed after a search version.
create index work_order_search_version_ix on work_order (search_version);
