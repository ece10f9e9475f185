-- Schema of the example order service (PostgreSQL 13+).
--
-- Tenant-owned tables carry a tenant_id column: orders, invoices.
-- Shared tables are the same for every tenant: plans, countries.
-- invoices is also protected by row-level security: the service sets the
-- caller's tenant with set_config('app.tenant_id', ..., true) in each
-- transaction, and the policy hides every other tenant's rows.

CREATE TABLE plans (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text   NOT NULL UNIQUE,
    price_cents bigint NOT NULL CHECK (price_cents >= 0)
);

CREATE TABLE countries (
    code char(2) PRIMARY KEY,  -- ISO 3166-1 alpha-2
    name text    NOT NULL
);

CREATE TABLE tenants (
    id      uuid   PRIMARY KEY,
    name    text   NOT NULL,
    plan_id bigint NOT NULL REFERENCES plans (id)
);

CREATE TABLE orders (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    uuid    NOT NULL REFERENCES tenants (id),
    country_code char(2) NOT NULL REFERENCES countries (code),
    status       text    NOT NULL DEFAULT 'open'
                 CHECK (status IN ('open', 'paid', 'shipped', 'cancelled')),
    total_cents  bigint  NOT NULL CHECK (total_cents >= 0),
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_tenant_id_idx ON orders (tenant_id, id);

CREATE TABLE invoices (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    uuid   NOT NULL REFERENCES tenants (id),
    order_id     bigint NOT NULL REFERENCES orders (id),
    number       text   NOT NULL,
    amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
    issued_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, number)
);
CREATE INDEX invoices_tenant_id_idx ON invoices (tenant_id, id);

-- Row-level security on invoices. FORCE makes it apply to the table owner
-- too; current_setting() fails when app.tenant_id was never set, so a
-- transaction that forgot to set the tenant sees an error, not every row.
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
ALTER TABLE invoices FORCE ROW LEVEL SECURITY;
CREATE POLICY invoices_tenant_isolation ON invoices
    USING (tenant_id = current_setting('app.tenant_id')::uuid);
