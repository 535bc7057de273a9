#!/usr/bin/env bash
# Usage: find-base.sh <ref>
#
# Prints the commit that `fieldguide check --changed-since` and `fieldguide diff --base` should compare the checked-out
# HEAD with: where HEAD branched off <ref> (their merge base), as a pull request's diff does. Named `origin/<branch>`
# when <ref> is a branch whose tip is that commit (the usual case, and easier to read in a summary); otherwise by its
# hash, so a base branch that moved on since the pull request's merge commit was made does not show up as changes.
#
# <ref> is a branch of `origin`, a tag, or a commit. The checkout may be shallow (actions/checkout fetches one commit
# by default): the ref is fetched, and both histories are deepened step by step until they meet.
set -euo pipefail

ref="${1:-}"
if [ -z "$ref" ] || [ "${ref#-}" != "$ref" ]; then
  echo "find-base.sh: expected a branch, tag or commit, got \`$ref\`." >&2
  exit 2
fi

shallow() { [ "$(git rev-parse --is-shallow-repository)" = true ]; }
commit_of() { git rev-parse --quiet --verify "$1^{commit}"; }
# In a shallow clone, fetch one commit of a ref, not its whole history; in a full clone, fetch it all (a --depth
# would cut the history short).
depth=()
if shallow; then depth=(--depth=1); fi

if git fetch --no-tags --quiet "${depth[@]}" origin "+refs/heads/$ref:refs/remotes/origin/$ref" 2>/dev/null; then
  name="origin/$ref"
  wants=("+refs/heads/$ref:refs/remotes/origin/$ref")
elif git fetch --no-tags --quiet "${depth[@]}" origin "+refs/tags/$ref:refs/tags/$ref" 2>/dev/null; then
  name="$ref"
  wants=("+refs/tags/$ref:refs/tags/$ref")
elif commit_of "$ref" >/dev/null; then
  # Already in the clone: a commit, a tag, or a remote-tracking branch such as origin/main.
  name="$ref"
  wants=("$(commit_of "$ref")")
elif git fetch --no-tags --quiet "${depth[@]}" origin "$ref"; then
  name="$(git rev-parse FETCH_HEAD)"
  wants=("$name")
else
  echo "find-base.sh: \`$ref\` is not a branch, tag or commit of origin." >&2
  exit 1
fi
base_commit="$(commit_of "$name")"
head_commit="$(git rev-parse HEAD)"

for deepen in 10 100 1000; do
  if merge_base="$(git merge-base HEAD "$base_commit")"; then break; fi
  if ! shallow; then break; fi
  git fetch --no-tags --quiet --deepen="$deepen" origin "$head_commit" "${wants[@]}"
done
if [ -z "${merge_base:-}" ] && shallow; then
  git fetch --no-tags --quiet --unshallow origin "$head_commit" "${wants[@]}"
fi
if [ -z "${merge_base:-}" ] && ! merge_base="$(git merge-base HEAD "$base_commit")"; then
  echo "find-base.sh: HEAD and \`$ref\` have no commit in common." >&2
  exit 1
fi

if [ "$merge_base" = "$base_commit" ]; then echo "$name"; else echo "$merge_base"; fi
