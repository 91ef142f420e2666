#!/bin/sh
# Installs Debian's Roundcube (SQLite) and dovecot's IMAP server for the extension's end-to-end test.
# Idempotent: does nothing when the packages are present. Never prompts; never starts services of its own.
set -eu
need=""
for p in roundcube roundcube-sqlite3 dovecot-imapd php-cli; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need="$need $p"
done
[ -z "$need" ] && exit 0
if [ "$(id -u)" != 0 ]; then echo "rollkoll: need root to install:$need" >&2; exit 2; fi
export DEBIAN_FRONTEND=noninteractive
echo "roundcube-core roundcube/dbconfig-install boolean false" | debconf-set-selections
echo "roundcube-core roundcube/reconfigure-webserver multiselect" | debconf-set-selections
# Packages would start their own daemons; a policy-rc.d keeps them from doing so during the install.
created_policy=0
if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; created_policy=1; fi
trap '[ $created_policy = 1 ] && rm -f /usr/sbin/policy-rc.d' EXIT
install() { apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold $need; }
install || { apt-get update && install; }
