#!/usr/bin/env bash
# From a Debian 12 server to the lobby hub running behind nginx with TLS, backed up every six hours.
#   sudo ./deploy/server/install.sh SERVER_NAME [--certificate FULLCHAIN --key PRIVKEY]
# Run it from the unpacked bundle (lobby-linux-x64.tar.gz or lobby-linux-arm64.tar.gz from ./kiosk publish).
# Without a certificate it makes a clinic certificate authority of its own (certificate.sh); see
# docs/install.md for ACME (Let's Encrypt), which phones need. Running it again with a newer bundle upgrades:
# a backup first, then the new release, and rollback.sh goes back if the new one does not start.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bundle=$(cd "$here/../.." && pwd)

usage() { echo "usage: sudo $0 SERVER_NAME [--certificate FULLCHAIN --key PRIVKEY]" >&2; exit 2; }
(($# >= 1)) || usage
server_name=$1; shift
certificate="" key=""
while (($#)); do
  case $1 in
    --certificate) certificate=${2:?}; shift 2 ;;
    --key) key=${2:?}; shift 2 ;;
    *) usage ;;
  esac
done
[[ -n $certificate && -z $key || -z $certificate && -n $key ]] && { echo "--certificate and --key go together." >&2; exit 2; }
[[ $(id -u) -eq 0 ]] || { echo "Run it as root: sudo $0 $server_name" >&2; exit 1; }
[[ -x $bundle/hub/Kiosk.Hub ]] || { echo "Run it from an unpacked bundle (its hub/Kiosk.Hub is missing under $bundle)." >&2; exit 1; }
case $(dpkg --print-architecture) in amd64) machine=linux-x64 ;; arm64) machine=linux-arm64 ;; *) machine=$(dpkg --print-architecture) ;; esac
if [[ $(cat "$bundle/RID" 2>/dev/null) != "$machine" ]]; then
  echo "This bundle is for $(cat "$bundle/RID" 2>/dev/null || echo 'another processor'); this server needs lobby-$machine.tar.gz." >&2
  exit 1
fi

echo "Installing nginx…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx curl ca-certificates openssl gettext-base >/dev/null

getent passwd lobby-hub >/dev/null || useradd --system --user-group --home-dir /var/lib/lobby-hub --no-create-home --shell /usr/sbin/nologin lobby-hub

# An upgrade: a backup with the version now running, kept for rollback.sh.
upgrading=false
if systemctl is-active --quiet lobby-hub; then
  upgrading=true
  echo "Backing up the database before the upgrade…"
  "$here/upgrade-backup.sh"
fi

"$here/layout.sh" / "$bundle" "$server_name"
install -m 0755 "$here/lobby-hub.sh" /usr/local/bin/lobby-hub

# TLS: the clinic's certificate, or one from a certificate authority of the clinic's own.
tls=/etc/lobby-hub/tls
mkdir -p "$tls"
if [[ -n $certificate ]]; then
  install -m 0644 "$certificate" "$tls/fullchain.pem"
  install -m 0600 "$key" "$tls/privkey.pem"
elif [[ ! -f $tls/fullchain.pem ]]; then
  "$here/certificate.sh" local-ca "$server_name" "$tls"
fi

site=/etc/nginx/sites-available/lobby-hub.conf
if [[ ! -f $site ]]; then
  "$here/render-nginx.sh" "$server_name" "$tls/fullchain.pem" "$tls/privkey.pem" "$site"
fi
ln -sfn "$site" /etc/nginx/sites-enabled/lobby-hub.conf
mkdir -p /var/www/letsencrypt
nginx -t -q
systemctl reload-or-restart nginx

systemctl daemon-reload
systemctl enable --quiet lobby-hub.service lobby-hub-backup.timer
systemctl restart lobby-hub.service
systemctl start lobby-hub-backup.timer

echo "Waiting for the hub to say it is ready…"
wait_seconds=${INSTALL_WAIT:-180}
deadline=$((SECONDS + wait_seconds))
until lobby-hub healthcheck >/dev/null 2>&1; do
  if ((SECONDS > deadline)); then
    echo "The hub did not say it was ready within $wait_seconds s. Its log: journalctl -u lobby-hub -n 50"
    echo "A slow server may only need longer: INSTALL_WAIT=600 sudo $0 $server_name"
    if $upgrading; then echo "To go back to the version before this upgrade: sudo $here/rollback.sh"; fi
    exit 1
  fi
  sleep 1
done

cat <<TXT

The lobby hub $(cat /opt/lobby-hub/current/VERSION) is running behind nginx.
  Reception          https://$server_name/reception
  Waiting-room TV    https://$server_name/display
Next (docs/install.md):
  sudo lobby-hub admin create-user desk --role admin     a reception account (the password is asked for)
  sudo lobby-hub admin enrol-kiosk lobby                 a kiosk's key, for deploy/kiosk-box/enrol.sh on the kiosk
  sudo lobby-hub clinic init --out /etc/lobby-hub/clinic.json --force   your clinic in place of the demo clinic
Backups: /var/backups/lobby-hub, every six hours (systemctl list-timers lobby-hub-backup.timer).
TXT
