#!/usr/bin/env bash
# Debian packages the tests use, installed where missing and we may (root with apt-get):
#   chromium                  the browser tests drive it through Playwright (never a browser download)
#   libreoffice-writer-nogui  turns the seed renderings into PDFs for the PDF importer's tests
# Where a package can't be had, says so: its tests skip, except under CI=true, where they fail.
set -u
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages for the tests: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Wait for another apt-get (a second checkout's set-up, say) rather than fail on its lock.
  apt="apt-get -o DPkg::Lock::Timeout=600"
  $apt update -qq >/dev/null && $apt install -y -qq --no-install-recommends "${missing[@]}" >/dev/null && exit 0
fi
echo "Could not install ${missing[*]}: the browser tests and PDF import tests will be skipped."
echo "Install Debian's packages ${missing[*]} to run them."
[ "${CI:-}" = "true" ] && { echo "CI=true requires them: failing."; exit 1; }
exit 0
