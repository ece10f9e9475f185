-- SQLite dialect: AUTOINCREMENT, no types on some columns.
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id TEXT NOT NULL,
    title TEXT
);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value);
