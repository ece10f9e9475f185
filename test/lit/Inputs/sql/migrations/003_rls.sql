ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tasks_isolation ON tasks
    USING (workspace_id = current_setting('app.workspace')::uuid)
    WITH CHECK (workspace_id = current_setting('app.workspace')::uuid);
