#!/usr/bin/env bash
# Puts a published bundle (./kiosk publish) in place as the clinic server's files, under PREFIX ("/" on a
# real server; a scratch folder in the tests):
#   /opt/lobby-hub/releases/<version>/   the bundle as shipped; /opt/lobby-hub/current points at the one running,
#                                        /opt/lobby-hub/previous at the one before (rollback.sh); older ones go
#   /etc/lobby-hub/                      the clinic's own settings and files, written once and never replaced
#   /var/lib/lobby-hub/, /var/backups/lobby-hub/   the database and its backups, owned by the hub's user
#   /etc/systemd/system/                 the hub's units
# usage: layout.sh PREFIX BUNDLE SERVER_NAME
# HUB_USER (default lobby-hub) owns the data; only root can hand files to another user.
set -euo pipefail

if (($# != 3)); then
  echo "usage: $0 PREFIX BUNDLE SERVER_NAME" >&2
  exit 2
fi
prefix=${1%/} bundle=$(cd "$2" && pwd) server_name=$3
user=${HUB_USER:-lobby-hub}
[[ -x $bundle/hub/Kiosk.Hub ]] || { echo "$bundle is not a published bundle (no hub/Kiosk.Hub): run ./kiosk publish." >&2; exit 1; }

version=$(tr -cd 'A-Za-z0-9._-' <"$bundle/VERSION" 2>/dev/null || true)
[[ -n $version ]] || version=unknown
home=$prefix/opt/lobby-hub
release=$home/releases/$version

own() { # mode owner path…
  local mode=$1 owner=$2; shift 2
  chmod "$mode" "$@"
  if [[ $(id -u) -eq 0 ]]; then chown "$owner" "$@"; fi
}

# The release itself: replaced whole when the same version is laid out again, never edited in place.
mkdir -p "$home/releases"
rm -rf "$release.new"
mkdir -p "$release.new"
cp -R "$bundle/hub" "$bundle/content" "$bundle/VERSION" "$release.new/"
[[ -d $bundle/deploy ]] && cp -R "$bundle/deploy" "$release.new/"
[[ -d $bundle/docs ]] && cp -R "$bundle/docs" "$release.new/"
chmod -R go-w,a+rX "$release.new"
rm -rf "$release"
mv "$release.new" "$release"

# current → this release, switched in one rename; the one it replaces becomes previous.
if [[ -L $home/current ]] && [[ $(readlink "$home/current") != "releases/$version" ]]; then
  ln -sfn "$(readlink "$home/current")" "$home/previous.new" && mv -T "$home/previous.new" "$home/previous"
fi
ln -sfn "releases/$version" "$home/current.new" && mv -T "$home/current.new" "$home/current"

# Two releases are kept, the one running and the one rollback.sh goes back to; older ones only take disk.
keep_current=$(readlink "$home/current") keep_previous=$(readlink "$home/previous" 2>/dev/null || true)
for old in "$home"/releases/*; do
  [[ -d $old ]] || continue
  case releases/$(basename "$old") in
    "$keep_current" | "$keep_previous") ;;
    *) rm -rf "$old" ;;
  esac
done

# The clinic's settings and files: written the first time only.
etc=$prefix/etc/lobby-hub
mkdir -p "$etc/media"
own 0750 "root:$user" "$etc"
if [[ ! -f $etc/hub.env ]]; then
  sed -e "s|@PREFIX@|$prefix|g" -e "s|@SERVER_NAME@|$server_name|g" "$release/deploy/server/hub.env.example" >"$etc/hub.env"
  own 0640 "root:$user" "$etc/hub.env"
fi
for file in clinic.json callback-topics.json playlist.json; do
  if [[ ! -f $etc/$file ]]; then
    case $file in
      clinic.json) cp "$release/content/clinic.demo.json" "$etc/clinic.json"
                   # The demo clinic's logo and day sit beside it, as its file names them.
                   cp -n "$release/content/riverside-logo.svg" "$release/content/demo-day.fhir.json" "$etc/" ;;
      *) cp "$release/content/$file" "$etc/$file" ;;
    esac
  fi
done
if [[ -d $release/content/media ]]; then cp -Rn "$release/content/media/." "$etc/media/"; fi
chmod -R a+rX,go-w "$etc/media"

# Data and backups belong to the hub's user alone.
for dir in "$prefix/var/lib/lobby-hub" "$prefix/var/backups/lobby-hub"; do
  mkdir -p "$dir"
  own 0700 "$user:$user" "$dir"
done

mkdir -p "$prefix/etc/systemd/system"
for unit in lobby-hub.service lobby-hub-backup.service lobby-hub-backup.timer; do
  install -m 0644 "$release/deploy/server/$unit" "$prefix/etc/systemd/system/$unit"
done
echo "Laid out version $version in $home/current."
