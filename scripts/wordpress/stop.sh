#!/usr/bin/env bash
# scripts/wordpress/stop.sh [--purge] - stop what start.sh started, by PID.
# --purge also deletes $WP_DATA and its /etc/wordpress/config-maqal-*.php stub.
set -uo pipefail
WP_DATA=${WP_DATA:-/tmp/maqal-wordpress}

log() { printf '[wordpress stop %s] %s\n' "$(date +%T)" "$*" >&2; }
# running = exists and not a zombie (orphans are reaped late by some PID-1s)
running() { local st; st=$(ps -o stat= -p "$1" 2>/dev/null); [ -n "$st" ] && [ "${st#Z}" = "$st" ]; }

stop_pidfile() {  # $1 pidfile, $2 name, $3 = group -> signal the whole process group
  local pf=$1 name=$2 pid target
  [ -s "$pf" ] || { log "$name: no pidfile"; return 0; }
  pid=$(cat "$pf")
  if ! running "$pid"; then log "$name: not running"; rm -f "$pf"; return 0; fi
  target=$pid; [ "${3:-}" = group ] && target=-$pid   # php -S workers share its pgid
  log "$name: SIGTERM $target"
  kill -TERM -- "$target" 2>/dev/null
  for _ in $(seq 300); do running "$pid" || break; sleep 0.1; done
  if running "$pid"; then log "$name: SIGKILL $target"; kill -KILL -- "$target" 2>/dev/null; fi
  [ "${3:-}" = group ] && kill -KILL -- "-$pid" 2>/dev/null   # leftover workers, if any
  rm -f "$pf"
}

stop_pidfile "$WP_DATA/run/php.pid" "php -S" group
stop_pidfile "$WP_DATA/mysql/mysqld.pid" mariadbd   # SIGTERM = clean InnoDB shutdown

if [ "${1:-}" = --purge ]; then
  rm -f "/etc/wordpress/config-maqal-$(printf %s "$WP_DATA" | md5sum | cut -c1-12).php"
  rm -rf "$WP_DATA"
  log "purged $WP_DATA"
fi
exit 0
