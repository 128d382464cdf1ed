-- PostGIS is the system of record's spatial engine. On an external database the extension may
-- already have been created by an administrator; IF NOT EXISTS keeps this migration harmless there.
CREATE EXTENSION IF NOT EXISTS postgis;
