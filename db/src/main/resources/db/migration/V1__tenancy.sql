-- Tenants, users and API keys, isolated per tenant by row-level security.
--
-- Flyway runs this as the schema owner. The application connects as ${app_role}, a role that owns
-- nothing, and sets `app.tenant_id` per transaction (set_config(..., true)). With RLS enabled and
-- FORCEd, a query that forgets its tenant filter still sees only the current tenant's rows.

create table tenants (
    id          uuid primary key default gen_random_uuid(),
    slug        varchar(63)  not null unique
                check (slug ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'),
    name        varchar(200) not null check (length(btrim(name)) > 0),
    home_region varchar(32)  not null,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);

create table users (
    id               uuid primary key default gen_random_uuid(),
    tenant_id        uuid         not null references tenants (id),
    email            varchar(254) not null check (email = lower(email)),
    display_name     varchar(200) not null check (length(btrim(display_name)) > 0),
    preferred_locale varchar(35)  not null default 'en',
    roles            text[]       not null
                     check (cardinality(roles) > 0 and roles <@ array['PLATFORM_ADMIN', 'TENANT_ADMIN',
                            'COMPLIANCE_ADMIN', 'DATA_SCIENTIST', 'VIEWER']),
    password_hash    text         not null,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    unique (tenant_id, email)
);

create table api_keys (
    id           uuid primary key default gen_random_uuid(),
    tenant_id    uuid         not null references tenants (id),
    name         varchar(100) not null check (length(btrim(name)) > 0),
    -- the first characters of the key, shown in lists so a person can tell keys apart
    prefix       varchar(16)  not null,
    -- SHA-256 of the whole key: keys are 190-bit random, so a fast hash is enough and allows lookup
    secret_hash  bytea        not null unique check (length(secret_hash) = 32),
    scopes       text[]       not null
                 check (cardinality(scopes) > 0 and scopes <@ array['read', 'inference']),
    created_by   uuid         references users (id) on delete set null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index api_keys_tenant_idx on api_keys (tenant_id, created_at);

-- Row-level security: the app role sees the current tenant only; the owner (migrations and the
-- narrow SECURITY DEFINER look-ups below) sees everything.
alter table tenants enable row level security;
alter table tenants force row level security;
create policy tenant_isolation on tenants
    using (id = nullif(current_setting('app.tenant_id', true), '')::uuid
           or current_setting('app.platform_scope', true) = 'on')
    with check (id = nullif(current_setting('app.tenant_id', true), '')::uuid
           or current_setting('app.platform_scope', true) = 'on');
create policy owner_all on tenants to current_user using (true) with check (true);

-- Every tenant-owned table gets the same two policies; later migrations call this for theirs.
create function isolate_by_tenant(p_table regclass) returns void
    language plpgsql
as $$
begin
    execute format('alter table %s enable row level security', p_table);
    execute format('alter table %s force row level security', p_table);
    execute format('create policy tenant_isolation on %s'
                   ' using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)'
                   ' with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', p_table);
    -- it runs as the migrating owner, so current_user names the owner
    execute format('create policy owner_all on %s to current_user using (true) with check (true)', p_table);
end
$$;
revoke all on function isolate_by_tenant(regclass) from public;

select isolate_by_tenant('users');
select isolate_by_tenant('api_keys');

-- Before authentication there is no tenant yet: these two look-ups cross tenants on purpose,
-- and return only what authentication needs.
create function tenant_id_for_login(p_slug text) returns uuid
    language sql stable security definer set search_path = public, pg_temp
as $$ select id from tenants where slug = p_slug $$;

create function api_key_for_secret(p_hash bytea)
    returns table (id uuid, tenant_id uuid, name varchar, scopes text[], expires_at timestamptz,
                   revoked_at timestamptz)
    language sql stable security definer set search_path = public, pg_temp
as $$ select id, tenant_id, name, scopes, expires_at, revoked_at from api_keys where secret_hash = p_hash $$;

revoke all on function tenant_id_for_login(text) from public;
revoke all on function api_key_for_secret(bytea) from public;
grant execute on function tenant_id_for_login(text) to ${app_role};
grant execute on function api_key_for_secret(bytea) to ${app_role};

grant usage on schema public to ${app_role};
grant select, insert, update on tenants to ${app_role};
grant select, insert, update, delete on users to ${app_role};
grant select, insert, update on api_keys to ${app_role};
