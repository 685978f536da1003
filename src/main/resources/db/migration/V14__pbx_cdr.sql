-- Call detail records written by the PBX itself (Asterisk's cdr_pgsql), one row per channel pairing.
-- They let the telephony adapter record a call that both began and ended while it was away from the
-- PBX's manager interface. cdr_pgsql fills the columns it knows by name and leaves the ones with a
-- default alone; in production it logs in as a role that may only insert here (docs/operations.md).
-- start, answer and "end" are float8: cdr_pgsql then writes seconds since the epoch with their
-- microseconds, where a timestamp column would get a wall-clock text without a zone that the
-- database reads in its own session time zone.
create table pbx_cdr (
    id          bigserial primary key,
    received_at timestamptz not null default now(),
    clid        varchar(80),
    src         varchar(80),
    dst         varchar(80),
    dcontext    varchar(80),
    channel     varchar(80),
    dstchannel  varchar(80),
    lastapp     varchar(80),
    lastdata    varchar(80),
    start       float8,
    answer      float8,
    "end"       float8,
    duration    integer,
    billsec     integer,
    disposition varchar(45),
    amaflags    varchar(45),
    accountcode varchar(80),
    uniqueid    varchar(150),
    userfield   varchar(255),
    peeraccount varchar(80),
    linkedid    varchar(150),
    sequence    integer
);

create index pbx_cdr_start_ix on pbx_cdr (start);
create index pbx_cdr_linkedid_ix on pbx_cdr (linkedid);
