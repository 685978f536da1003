-- 督办 (formal supervision), merging duplicate orders, and what finding duplicates reads.

alter table work_order
    add column supervised_at    timestamptz,
    add column supervision_note text,
    add column merged_into_id   bigint,
    add constraint work_order_merged_into_fk foreign key (merged_into_id) references work_order (id),
    add constraint work_order_not_merged_into_itself_ck check (merged_into_id is null or merged_into_id <> id);

-- Possible duplicates: the same place and topic in the last days.
create index work_order_place_topic_ix on work_order (category_id, district_unit_id, registered_at desc);
