#!/usr/bin/env bash
# The hub's own commands on the server, with its settings and as its user (installed as /usr/local/bin/lobby-hub):
#   sudo lobby-hub admin create-user desk --role admin     sudo lobby-hub admin enrol-kiosk lobby
#   sudo lobby-hub backup                                   sudo lobby-hub restore /var/backups/lobby-hub/hub-….db
#   sudo lobby-hub clinic check /etc/lobby-hub/clinic.json  sudo lobby-hub healthcheck
# Passwords are read from standard input, as ./kiosk admin reads them.
set -euo pipefail
prefix=${LOBBY_PREFIX:-}
user=${HUB_USER:-lobby-hub}
settings=$prefix/etc/lobby-hub/hub.env
[[ -r $settings ]] || { echo "Cannot read $settings: run this with sudo, on the hub's server." >&2; exit 1; }

set -a
# shellcheck source=/dev/null # the server's own settings (hub.env.example shows them)
. "$settings"
set +a
caller=$PWD
cd "$prefix/opt/lobby-hub/current/hub"
# "clinic init|check" reads and writes the clinic's file in /etc/lobby-hub, which root owns; it never opens the
# database. A FILE it is given is relative to where the command was typed; the languages come from the release.
if [[ ${1:-} == clinic ]]; then
  KIOSK_CALLER_DIR=$caller KIOSK_CONTENT_DIR=$prefix/opt/lobby-hub/current/content exec ./Kiosk.Hub "$@"
fi
if [[ $(id -u) -eq 0 && $user != root ]]; then
  exec runuser -u "$user" -- ./Kiosk.Hub "$@"
fi
exec ./Kiosk.Hub "$@"
