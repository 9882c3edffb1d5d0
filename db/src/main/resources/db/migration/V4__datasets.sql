-- Datasets: uploaded into a region, PII-scanned and treated as that region's policy says, stored
-- in the region's blob store. A row describes the stored content (after treatment); the upload's
-- own checksum is kept too, so a re-upload of the same file is recognized.

create table datasets (
    id               uuid          primary key,
    tenant_id        uuid          not null references tenants (id),
    name             varchar(100)  not null check (name ~ '^[a-z0-9][a-z0-9._-]*$'),
    format           varchar(16)   not null,
    region           varchar(32)   not null,
    source_region    varchar(32)   not null,
    data_class       varchar(32)   not null,
    content_uri      varchar(1000) not null,
    sha256           char(64)      not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size             bigint        not null check (size >= 0),
    upload_sha256    char(64)      not null check (upload_sha256 ~ '^[0-9a-f]{64}$'),
    rows             bigint        not null check (rows >= 0),
    label_column     varchar(200),
    -- columns with their inferred types, the PII found per column, and what was done to it
    schema           jsonb         not null,
    pii_report       jsonb         not null,
    treatment        jsonb         not null,
    created_by       varchar(100)  not null,
    created_at       timestamptz   not null,
    unique (tenant_id, name)
);
create index datasets_created_idx on datasets (tenant_id, created_at desc);
select isolate_by_tenant('datasets');
-- delete: retention and data-subject erasure
grant select, insert, delete on datasets to ${app_role};
