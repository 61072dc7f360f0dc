-- Browser sessions ended by a logout (ADR 11). A session's tokens live in the browser's cookies and stay valid until
-- they expire; a copy of them must not open a page after the logout, on any replica. Kept until the tokens expire.
create table ended_session (
    session_id text primary key,
    until      timestamptz not null
);
