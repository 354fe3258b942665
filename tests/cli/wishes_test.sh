# `tend wishes`: only the overlap is shown (the yes-and-maybe items only
# when both chose them, never a no), passphrases from --passphrase-fd one
# line per partner, wrong / empty / too long passphrases and a damaged
# record refused with nothing lost, a new passphrase, erase (backups too),
# forget, an export without the answers, and the list edited.
# $1: tend, $2: the test seeding tool, $3: the data folder.
. "$(dirname "$0")/lib.sh"
TEND=$1 SEED=$2 DATA=$3
tend() { "$TEND" --config "$C" --db "$D" "$@"; }
"$TEND" --config "$C" init --partner Sam --partner Alex --date 2026-11-02 >/dev/null ||
	fail "init"
LIST="$DATA/wishes.conf"

# Before anyone answered: no passphrase is asked.
out=$(tend wishes --passphrase-fd 0 </dev/null 2>&1) && fail "no answers yet: exit 0"
echo "$out" | grep -q 'Sam has not answered the wish list yet' || fail "no answers: $out"

# Answers never come as command-line words.
tend wishes yes >/dev/null 2>&1; [ $? = 2 ] || fail "words on the command line were taken"

# Sam: hug yes, kiss yes, massage maybe, bath no, candles no. Alex: hug
# yes, kiss maybe, massage yes, bath yes, candles no. Both agree to pairs.
echo "sam secret" | "$SEED" "$D" "$LIST" 1 yymnn 1 || fail "seed Sam"
echo "alex secret" | "$SEED" "$D" "$LIST" 2 ymyyn 1 || fail "seed Alex"

printf 'sam secret\nalex secret\n' >"$T/both"
out=$(tend wishes --passphrase-fd 3 3<"$T/both") || fail "overlap: exit $?"
want='You both said yes to:
  A long hug, with nowhere else to be

A yes from one of you and a maybe from the other:
  Slow kissing, just for itself
  A massage, taking turns'
[ "$out" = "$want" ] || fail "overlap: $out"
echo "$out" | grep -q -i 'bath\|candles' && fail "a no was shown: $out"
echo "$out" | grep -q -i 'Sam\|Alex' && fail "the overlap says who said what: $out"

# Discreet mode: the neutral words.
cp "$C" "$T/discreet.conf"
echo 'discreet = true' >>"$T/discreet.conf"
out=$("$TEND" --config "$T/discreet.conf" --db "$D" wishes --passphrase-fd 3 3<"$T/both")
echo "$out" | grep -q '^  A long hello$' || fail "discreet words: $out"
echo "$out" | grep -q 'hug' && fail "discreet mode shows the item's own words: $out"

# Alex no longer agrees to the pairs: only the shared yes is shown.
echo "alex secret" | "$SEED" "$D" "$LIST" 2 ymyyn 0 || fail "seed Alex again"
out=$(tend wishes --passphrase-fd 3 3<"$T/both")
[ "$out" = 'You both said yes to:
  A long hug, with nowhere else to be' ] || fail "pairs without both agreeing: $out"

# A wrong passphrase: exit 1, a clear line, nothing shown.
printf 'sam secret\nnot it\n' >"$T/wrong"
out=$(tend wishes --passphrase-fd 3 3<"$T/wrong" 2>"$T/err"); rc=$?
[ $rc = 1 ] || fail "wrong passphrase: exit $rc"
[ -z "$out" ] || fail "wrong passphrase showed: $out"
grep -q "that passphrase does not open Alex's answers" "$T/err" || fail "wrong: $(cat "$T/err")"

# Empty, too long, missing: refused before anything opens.
printf '\nalex secret\n' >"$T/empty"
out=$(tend wishes --passphrase-fd 3 3<"$T/empty" 2>&1) && fail "empty passphrase taken"
echo "$out" | grep -q 'an empty passphrase is not taken' || fail "empty: $out"
{ head -c 1500 /dev/zero | tr '\0' x; echo; } >"$T/long"
out=$(tend wishes --passphrase-fd 3 3<"$T/long" 2>&1) && fail "long passphrase taken"
echo "$out" | grep -q 'the passphrase is too long (1500 bytes; at most 1024)' || fail "long: $out"
printf 'sam secret\n' >"$T/one"
out=$(tend wishes --passphrase-fd 3 3<"$T/one" 2>&1) && fail "one line for two"
echo "$out" | grep -q 'ended before every passphrase was read' || fail "one line: $out"
out=$(tend wishes --passphrase-fd 3 --passphrase-fd 3 3<"$T/both" 2>&1)
[ $? = 2 ] || fail "--passphrase-fd twice: exit"
echo "$out" | grep -q 'given twice' || fail "twice: $out"
out=$(tend wishes --passphrase-fd 9 2>&1) && fail "a closed descriptor taken"
echo "$out" | grep -q 'open file descriptor' || fail "closed fd: $out"
# Without a terminal and without --passphrase-fd: said so.
out=$(setsid "$TEND" --config "$C" --db "$D" wishes </dev/null 2>&1) && fail "no tty: exit 0"
echo "$out" | grep -q 'no terminal' || fail "no tty: $out"

# A new passphrase for Sam: the old one, then the new one.
printf 'sam secret\nsam new\n' >"$T/repass"
tend wishes --change-passphrase Sam --passphrase-fd 3 3<"$T/repass" >"$T/out" 2>&1 ||
	fail "change: $(cat "$T/out")"
printf 'sam new\nalex secret\n' >"$T/both"
out=$(tend wishes --passphrase-fd 3 3<"$T/both") || fail "the new passphrase does not open"
out=$(tend wishes --passphrase-fd 3 3<"$T/repass" 2>&1) && fail "the old passphrase still opens"

# The list edited: a reworded item keeps its answers (they follow its id).
sed 's/A long hug, with nowhere else to be/A hug that lasts/' "$LIST" >"$T/mine.conf"
echo "wishes-file = \"$T/mine.conf\"" >>"$C"
out=$(tend wishes --passphrase-fd 3 3<"$T/both")
echo "$out" | grep -q '^  A hug that lasts$' || fail "edited list: $out"

# The export holds no answers, not even sealed ones.
tend export --format json -o "$T/all.json" 2>/dev/null || fail "export"
grep -q -i 'wish' "$T/all.json" && fail "the export mentions the wish list"

# A damaged record: said so, exit 1, Alex's record untouched.
before=$(sqlite3 "$D" "SELECT hex(box) FROM wish_seal WHERE partner = 2")
sqlite3 "$D" "UPDATE wish_seal SET box = CAST(substr(box, 1, 50) || x'00' || substr(box, 52) AS BLOB) WHERE partner = 1"
out=$(tend wishes --passphrase-fd 3 3<"$T/both" 2>&1); rc=$?
[ $rc = 1 ] || fail "damaged: exit $rc"
echo "$out" | grep -q "Sam's sealed answers are damaged" || fail "damaged: $out"
[ "$(sqlite3 "$D" "SELECT hex(box) FROM wish_seal WHERE partner = 2")" = "$before" ] ||
	fail "a damaged record changed the other's"
[ "$(sqlite3 "$D" "SELECT count(*) FROM wish_seal")" = 2 ] || fail "a damaged record was dropped"

# Erase Sam's (a forgotten passphrase): gone from the file and the backups.
# A daily backup holding both sealed records (as tend's own would).
mkdir -p "$T/backups"
sqlite3 "$D" ".backup '$T/backups/tend-2026-11-19.db'"
[ "$(sqlite3 "$T/backups/tend-2026-11-19.db" "SELECT count(*) FROM wish_seal")" = 2 ] ||
	fail "the backup should hold both sealed records"
out=$(tend wishes --erase Sam 2>&1 </dev/null) && fail "erase without ERASE typed"
echo "$out" | grep -q 'nothing was erased' || fail "erase unconfirmed: $out"
echo ERASE | tend wishes --erase Sam >"$T/out" || fail "erase: $(cat "$T/out")"
grep -q "Sam's answers were erased" "$T/out" || fail "erase: $(cat "$T/out")"
[ "$(sqlite3 "$D" "SELECT group_concat(partner) FROM wish_seal")" = 2 ] || fail "erase kept Sam's"
[ "$(sqlite3 "$T/backups/tend-2026-11-19.db" "SELECT group_concat(partner) FROM wish_seal")" = 2 ] ||
	fail "the backup still holds the erased answers"
out=$(tend wishes --passphrase-fd 3 3<"$T/both" 2>&1) && fail "overlap after erase"
echo "$out" | grep -q 'Sam has not answered' || fail "after erase: $out"

# forget takes the rest.
tend forget --all --yes-really >/dev/null || fail "forget"
[ "$(sqlite3 "$D" "SELECT count(*) FROM wish_seal")" = 0 ] || fail "forget kept answers"

finish "wishes"
