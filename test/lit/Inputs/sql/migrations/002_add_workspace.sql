-- A column added later makes the table tenant-owned.
ALTER TABLE projects ADD COLUMN workspace_id uuid NOT NULL;
CREATE TABLE tasks (
    id           bigint PRIMARY KEY,
    workspace_id uuid   NOT NULL,
    project_id   bigint NOT NULL
);
