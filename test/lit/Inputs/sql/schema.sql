-- Test schema for auth-unscoped-tenant-query (PostgreSQL).
-- Tenant-owned: orders, invoices (RLS), line_items (org_id), shipments,
-- notes (RLS); shared: plans, countries, tenants.

CREATE TABLE plans (
    id   bigint PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE countries (
    code char(2) PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE tenants (
    id      uuid PRIMARY KEY,
    name    text NOT NULL,
    plan_id bigint REFERENCES plans (id)
);

CREATE TABLE orders (
    id           bigint PRIMARY KEY,
    tenant_id    uuid   NOT NULL REFERENCES tenants (id),
    country_code char(2) REFERENCES countries (code),
    status       text   NOT NULL,
    total_cents  bigint NOT NULL
);

CREATE TABLE invoices (
    id        bigint PRIMARY KEY,
    tenant_id uuid   NOT NULL REFERENCES tenants (id),
    order_id  bigint NOT NULL REFERENCES orders (id),
    number    text   NOT NULL
);
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_isolation ON invoices
    USING (tenant_id = current_setting('app.tenant_id')::uuid);

CREATE TABLE line_items (
    id       bigint PRIMARY KEY,
    org_id   uuid   NOT NULL,
    order_id bigint NOT NULL,
    sku      text   NOT NULL
);

CREATE TABLE shipments (
    id        bigint PRIMARY KEY,
    tenant_id uuid   NOT NULL,
    order_id  bigint NOT NULL,
    carrier   text
);

-- RLS enabled, but the policy does not look at the tenant column: not scoped.
CREATE TABLE notes (
    id        bigint PRIMARY KEY,
    tenant_id uuid NOT NULL,
    body      text
);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_visible ON notes USING (true);
