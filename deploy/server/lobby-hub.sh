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
cd "$prefix/opt/lobby-hub/current/hub"
if [[ $(id -u) -eq 0 && $user != root ]]; then
  exec runuser -u "$user" -- ./Kiosk.Hub "$@"
fi
exec ./Kiosk.Hub "$@"
