# Shared by scripts/test and scripts/demo: install dependencies, configure and build.
# Usage: source scripts/common.sh; dosi_build [targets...]
set -euo pipefail
DOSI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DOSI_BUILD=${DOSI_BUILD_DIR:-$DOSI_ROOT/build}
DOSI_JOBS=${DOSI_JOBS:-$(nproc 2>/dev/null || echo 2)}

dosi_build() {
  "$DOSI_ROOT/scripts/deps"
  local type=${CMAKE_BUILD_TYPE:-RelWithDebInfo}
  cmake -S "$DOSI_ROOT" -B "$DOSI_BUILD" -G Ninja -DCMAKE_BUILD_TYPE="$type" ${DOSI_CMAKE_ARGS:-} >/dev/null
  if [ $# -gt 0 ]; then
    cmake --build "$DOSI_BUILD" --parallel "$DOSI_JOBS" --target "$@"
  else
    cmake --build "$DOSI_BUILD" --parallel "$DOSI_JOBS"
  fi
}
