#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (test tools may not download browsers here).
# Installs it when missing and we may (root with apt-get); otherwise says what to do.
set -euo pipefail
[ -x /usr/lib/chromium/chromium ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests …"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at /usr/lib/chromium/chromium: run 'sudo apt-get install chromium'." >&2
exit 1
