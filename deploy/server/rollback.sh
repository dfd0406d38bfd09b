#!/usr/bin/env bash
# Back to the release that ran before the last upgrade, with the database as it was then.
#   sudo /opt/lobby-hub/current/deploy/server/rollback.sh
# Check-ins made on the newer release are not carried back (the database they are in is kept beside
# the restored one as hub.db.before-restore-…); migrations only ever go forward, so the older release
# needs the older database.
set -euo pipefail
# LOBBY_PREFIX and SYSTEMCTL let the tests run it in a scratch folder; on a server both are unset.
prefix=${LOBBY_PREFIX:-}
systemctl=${SYSTEMCTL:-systemctl}
[[ $(id -u) -eq 0 || -n $prefix ]] || { echo "Run it as root: sudo $0" >&2; exit 1; }
home=$prefix/opt/lobby-hub
[[ -L $home/previous ]] || { echo "There is no earlier release in $home to go back to." >&2; exit 1; }
backup=$(cat "$home/upgrade-backup" 2>/dev/null || true)
[[ -f $backup ]] || { echo "The backup taken before the upgrade (${backup:-none recorded}) is missing; restore one by hand (docs/install.md)." >&2; exit 1; }

failed=$(readlink "$home/current")
earlier=$(readlink "$home/previous")
"$systemctl" stop lobby-hub.service
ln -sfn "$earlier" "$home/current.new" && mv -T "$home/current.new" "$home/current"
ln -sfn "$failed" "$home/previous.new" && mv -T "$home/previous.new" "$home/previous"
# The earlier release's hub restores: it is the one that must read the database from now on.
"$home/current/deploy/server/lobby-hub.sh" restore "$backup"
"$systemctl" start lobby-hub.service
echo "Back on $(cat "$home/current/VERSION") with the database of $backup. The release that failed is kept in $home/$failed."
