-- Migrations are read in path order: 001, 002, 003.
CREATE TABLE projects (
    id   bigint PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE audit_events (
    id    bigint PRIMARY KEY,
    event text NOT NULL
);
