#!/usr/bin/env bash
# Certificates for the hub's nginx when the clinic has none yet.
#   certificate.sh local-ca NAME DIR [OTHER_NAME]...
#                                      a small certificate authority of the clinic's own (ca.pem, ca.key) and a
#                                      certificate for NAME (and any other names or IP addresses the server is
#                                      reached by) signed by it (fullchain.pem, privkey.pem), in DIR.
#                                      Devices the clinic manages (kiosks, reception PCs) trust ca.pem; patients'
#                                      phones do not, so phones need a public certificate (ACME, docs/install.md).
# The CA is made once and reused: running it again for a new NAME signs with the same CA.
set -euo pipefail

if (($# < 3)) || [[ $1 != local-ca ]]; then
  echo "usage: $0 local-ca NAME DIR [OTHER_NAME]..." >&2
  exit 2
fi
name=$2 dir=$3
shift 3
mkdir -p "$dir"
chmod 0755 "$dir"
umask 077

if [[ ! -f $dir/ca.key ]]; then
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 \
    -subj "/CN=Lobby hub CA ($(hostname))" -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>/dev/null
  chmod 0644 "$dir/ca.pem"
fi

# An IP address goes in as one, a name as a DNS name: browsers check the matching kind.
san=""
for each in "$name" "$@"; do
  if [[ $each =~ ^[0-9.]+$ || $each == *:* ]]; then san+="${san:+,}IP:$each"; else san+="${san:+,}DNS:$each"; fi
done
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=$name" \
  -keyout "$dir/privkey.pem" -out "$dir/request.csr" 2>/dev/null
openssl x509 -req -in "$dir/request.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial -days 825 \
  -extfile <(printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n' "$san") \
  -out "$dir/server.pem" 2>/dev/null
cat "$dir/server.pem" "$dir/ca.pem" >"$dir/fullchain.pem"
chmod 0644 "$dir/fullchain.pem" "$dir/server.pem"
rm -f "$dir/request.csr"
echo "Wrote $dir/fullchain.pem and $dir/privkey.pem for ${san//DNS:/}, signed by $dir/ca.pem."
