-- The PBX's CDR of the caller's leg, on the call record.
alter table call_record add column cdr_disposition varchar(16);
alter table call_record add column billable_seconds integer;
