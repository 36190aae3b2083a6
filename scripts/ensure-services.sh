#!/usr/bin/env bash
# Makes sure the PostgreSQL and Redis this machine kind provides are running (starting them with the
# machine's documented commands when they are not) and that the Debian tools the tests use exist.
# `--browser` also installs Debian's Chromium for the browser tests (never a downloaded browser);
# `--mail` installs Debian's Dovecot IMAP server for the mailbox tests (started per test, never as a service).
set -euo pipefail

apt_updated=0
need_package() {
  local command_name=$1 package=$2
  if ! command -v "$command_name" >/dev/null 2>&1; then
    if [ "$apt_updated" = 0 ]; then apt-get update -qq; apt_updated=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  fi
}

need_package redis-server redis-server
need_package pg_isready postgresql-client
for option in "$@"; do
  case "$option" in
    --browser) need_package chromium chromium ;;
    --mail)
      # The package's own service is never started: each test runs a throwaway Dovecot on a high port.
      if [ ! -x /usr/sbin/dovecot ]; then
        if [ "$apt_updated" = 0 ]; then apt-get update -qq; apt_updated=1; fi
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends dovecot-imapd >/dev/null
      fi
      ;;
  esac
done

if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  echo "Starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
fi
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  echo "Starting Redis"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
fi

for attempt in $(seq 1 30); do
  if pg_isready -h 127.0.0.1 -p 5432 -q && redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then exit 0; fi
  sleep 1
done
echo "PostgreSQL or Redis did not come up on 127.0.0.1 (5432, 6379)" >&2
exit 1
