#!/usr/bin/env bash
# Prints the path of a Python 3.12+ interpreter (Django 6 needs it), or nothing.
# Looks on PATH, then in pyenv's versions (whose shims only answer for the selected version).
candidates=(python3.14 python3.13 python3.12 python3)
for root in "${PYENV_ROOT:-$HOME/.pyenv}" /opt/pyenv /usr/local/pyenv; do
  candidates+=("$root"/versions/3.1[2-9]*/bin/python3)
done
for candidate in "${candidates[@]}"; do
  path=$(command -v "$candidate" 2>/dev/null) || continue
  if "$path" -c 'import sys, venv; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
    "$path" -c 'import sys; print(sys.executable)'
    exit 0
  fi
done
exit 1
