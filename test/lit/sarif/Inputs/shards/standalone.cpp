const char *api_secret = "s3cr3t-value";
