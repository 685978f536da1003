-- Sessions ended by logging out. The session cookie is stateless (any instance can read it), so an
-- ended one is remembered here, where every instance looks, until it would have expired anyway.

create table ended_session (
    session_id  varchar(32)  not null,
    username    varchar(64)  not null,
    ended_at    timestamptz  not null,
    constraint ended_session_pk primary key (session_id)
);

create index ended_session_ended_at on ended_session (ended_at);
