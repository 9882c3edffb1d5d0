-- Data-subject requests (GDPR Art. 15 access, Art. 17 erasure): what was asked, by whom, why, and
-- how many records of which holding (dataset, later inference logs) it found or erased. Never the
-- identifier itself: a keyed hash of it (HMAC-SHA256 under the tenant's pseudonym key, its own
-- purpose), so two requests about one person can be correlated by nobody but the platform.

create table data_subject_requests (
    id            uuid          primary key,
    tenant_id     uuid          not null references tenants (id),
    kind          varchar(16)   not null check (kind in ('EXPORT', 'ERASE')),
    status        varchar(16)   not null check (status in ('COMPLETED', 'FAILED')),
    subject_type  varchar(32)   not null,
    subject_hash  char(64)      not null check (subject_hash ~ '^[0-9a-f]{64}$'),
    reason        varchar(500)  not null,
    requested_by  varchar(100)  not null,
    -- per holding: {source, id, records}
    holdings      jsonb         not null,
    records       bigint        not null check (records >= 0),
    -- why a request failed (a problem code); nothing was erased then
    failure       varchar(64),
    created_at    timestamptz   not null,
    completed_at  timestamptz,
    check ((status = 'COMPLETED') = (completed_at is not null))
);
create index data_subject_requests_created_idx on data_subject_requests (tenant_id, created_at desc);
create index data_subject_requests_subject_idx on data_subject_requests (tenant_id, subject_hash);
select isolate_by_tenant('data_subject_requests');
grant select, insert on data_subject_requests to ${app_role};

-- Erasure rewrites a CSV dataset's content without the subject's rows: the row then points at the
-- new bytes. Only these columns: name, region, class, schema and the upload's checksum stay as
-- they were (the upload's checksum documents what came in, even after an erasure).
grant update (content_uri, sha256, size, rows) on datasets to ${app_role};
