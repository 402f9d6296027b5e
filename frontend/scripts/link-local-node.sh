#!/usr/bin/env bash
# Links the machine's node into <dir>/node when it is exactly the pinned version, so that
# frontend-maven-plugin's install-node-and-npm skips its download. Never fails the build:
# anywhere else the plugin downloads Node itself.
set -u
dir=${1:?install directory (frontend-maven-plugin installDirectory)}
want=${2:?node version}
target="$dir/node"
if [ -x "$target/node" ] && [ "$("$target/node" --version 2>/dev/null)" = "$want" ]; then
  exit 0
fi
node_bin=$(command -v node 2>/dev/null) || exit 0
[ "$("$node_bin" --version 2>/dev/null)" = "$want" ] || exit 0
mkdir -p "$target"
ln -sf "$(readlink -f "$node_bin")" "$target/node"
echo "Linked $node_bin ($want) into $target"
