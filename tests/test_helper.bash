# Shared by every .bats file: assertions, the built tools first in PATH,
# a pinned locale, fixture paths and a check of the record contract.
bats_load_library bats-support 2>/dev/null || load /usr/lib/bats/bats-support/load
bats_load_library bats-assert 2>/dev/null || load /usr/lib/bats/bats-assert/load

TOP="$(cd "$BATS_TEST_DIRNAME/.." && pwd)"
export LC_ALL=C
if [ -n "${VALGRIND:-}" ]; then
	# VALGRIND=1: every tool runs under memcheck; errors and leaks fail.
	export PATH="$TOP/tests/valgrind-bin:$PATH"
else
	export PATH="$TOP/bin:$PATH"
fi

# the property-test helpers (tests/tools), built by make check
TESTBIN="${TESTBIN:-build/tests}"
case $TESTBIN in /*) ;; *) TESTBIN="$TOP/$TESTBIN" ;; esac

# fixture TOOL NAME: path of tests/fixtures/TOOL/NAME
fixture() {
	printf '%s/tests/fixtures/%s/%s\n' "$TOP" "$1" "$2"
}

# check_records FILE: every line is a JSON object whose first two keys
# are "type" and "doc" (a string); offsets, when present, are integers.
check_records() {
	jq -e -s 'all(.[]; type == "object" and (keys_unsorted[0:2] == ["type","doc"])
	    and (.doc | type == "string")
	    and ([.start, .end, .n, .para] | all(. == null or (type == "number" and . == floor and . >= 0))))' "$1" >/dev/null
}

# check_slices DOC OUT: for every sentence record in OUT, its "text" is
# the bytes [start, end) of the file DOC.
check_slices() {
	local doc=$1 out=$2 s e want got
	while IFS=$'\t' read -r s e; do
		want=$(jq -j "select(.type==\"sentence\" and .start==$s) | .text" "$out" | od -An -tx1)
		got=$(tail -c +"$((s + 1))" "$doc" | head -c "$((e - s))" | od -An -tx1)
		[ "$want" = "$got" ] || { echo "slice $s-$e differs"; return 1; }
	done < <(jq -r 'select(.type=="sentence") | "\(.start)\t\(.end)"' "$out")
}
