// Nothing to find here.
int answer() { return 42; }
