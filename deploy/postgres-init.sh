#!/bin/sh
# First start of the PostgreSQL volume only: the database and Waypoint's two roles.
# The owner owns the schema and runs migrations; the app role (the API) may not change the
# schema and may only add to and read the audit trail (granted by the migration step).
set -eu
psql -v ON_ERROR_STOP=1 -U postgres <<SQL
CREATE ROLE waypoint_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '${OWNER_PASSWORD}';
CREATE ROLE waypoint_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT PASSWORD '${APP_PASSWORD}';
CREATE DATABASE waypoint OWNER waypoint_owner;
ALTER ROLE waypoint_app IN DATABASE waypoint SET jit = off;
SQL
