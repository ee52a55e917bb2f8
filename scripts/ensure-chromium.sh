#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through Playwright; they never download a browser.
# Installs the `chromium` package where it is missing and we may (root, apt-get available).
# Where it can't be had, says so: the browser tests then skip, except under CI=true.
set -u
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq chromium >/dev/null && exit 0
fi
echo "Chromium is not installed and could not be installed here: the browser tests will be skipped."
echo "Install Debian's 'chromium' package to run them."
[ "${CI:-}" = "true" ] && { echo "CI=true requires the browser tests: failing."; exit 1; }
exit 0
