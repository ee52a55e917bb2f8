"""Exit 0 when the PostgreSQL server in the URL answers, 1 otherwise."""

import sys

import psycopg

try:
    url = sys.argv[1].rsplit("/", 1)[0] + "/postgres"
    psycopg.connect(url, connect_timeout=3).close()
except (psycopg.Error, IndexError):
    sys.exit(1)
