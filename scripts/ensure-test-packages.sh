#!/usr/bin/env bash
# The tests drive Debian's Chromium (never a downloaded browser), read printed PDFs with
# poppler's pdftotext and run the database tests on a PostgreSQL server of their own as well as
# on the embedded engine; install whichever Debian package is missing.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -eq 0 ]; then
	sudo=()
elif command -v sudo >/dev/null 2>&1; then
	sudo=(sudo)
else
	echo "The tests need Debian's ${missing[*]}: run 'apt-get install ${missing[*]}' as root." >&2
	exit 1
fi
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
