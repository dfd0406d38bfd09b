#!/usr/bin/env bash
# Before an upgrade: a backup taken by the version now running, its name kept in /opt/lobby-hub/upgrade-backup
# for rollback.sh. install.sh runs it when it finds the hub running.
# LOBBY_PREFIX (default: none) puts the server's folders under another root, as the tests do.
set -euo pipefail
prefix=${LOBBY_PREFIX:-}
home=$prefix/opt/lobby-hub

# The running release's own wrapper and hub take the backup: the newer one may not read an older layout.
"$home/current/deploy/server/lobby-hub.sh" backup
# Backup names sort by the time they were taken.
newest=$(find "$prefix/var/backups/lobby-hub" -maxdepth 1 -name 'hub-*.db' | sort | tail -1)
[[ -n $newest ]] || { echo "No backup appeared in $prefix/var/backups/lobby-hub; the upgrade stops here." >&2; exit 1; }
echo "$newest" >"$home/upgrade-backup"
echo "Before the upgrade: $newest (rollback.sh restores it)."
