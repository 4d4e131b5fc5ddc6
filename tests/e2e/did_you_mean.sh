# did_you_mean.sh: a mistyped command, subcommand or option is a usage
# error (exit 2, one line on stderr) that names the closest word when one
# is near (Damerau-Levenshtein: one edit for a word of up to four letters,
# two up to eight, three beyond, or the one word it begins), and none when
# nothing is; -V is --version; every help ends naming the man page.
. "$(dirname "$0")/lib.bash"
run init
expect_rc 0

# chekin -> checkin: one letter left out (distance 1).
run chekin 1 5
expect_rc 2
expect_err_line "^mbo: 'chekin' is not a command; did you mean 'checkin'\? \(mbo --help lists the commands\)$"
# stauts -> status: two letters swapped, one transposition (distance 1).
run stauts
expect_rc 2
expect_err_line "did you mean 'status'\?"
# rep: too far from every command by edits, but only report begins with it.
run rep
expect_rc 2
expect_err_line "did you mean 'report'\?"
# Nothing close: the old message, no suggestion.
run frobnicate
expect_rc 2
expect_err_line "^mbo: 'frobnicate' is not a command; see mbo --help$"

# goal ad -> add (distance 1, a two-letter word).
run goal ad
expect_rc 2
expect_err_line "^mbo: goal: 'ad' is not a subcommand; did you mean 'add'\? \(mbo goal --help lists them\)$"
# person lsit -> list (a transposition).
run person lsit
expect_rc 2
expect_err_line "^mbo: person: 'lsit' is not a subcommand; did you mean 'list'\?"
run goal zzz
expect_rc 2
expect_err_line "^mbo: goal: 'zzz' is not a subcommand; see mbo goal --help$"

# status --formt json -> --format (a global option; distance 1).
run status --formt json
expect_rc 2
expect_err_line "^mbo: status: unknown option --formt; did you mean --format\? \(see mbo status --help\)$"
# goal add --traget: a command's own option (one transposition).
run goal add "Visit forty customers" --traget 40
expect_rc 2
expect_err_line "unknown option --traget; did you mean --target\?"
# --statsu=active: the name before = is what is compared.
run goal list --statsu=active
expect_rc 2
expect_err_line "unknown option --statsu=active; did you mean --status\?"
# One dash short.
run -format json status
expect_rc 2
expect_err_line "^mbo: unknown option -format; did you mean --format\?"
# Nothing close.
run status --colour
expect_rc 2
expect_err_line "^mbo: status: unknown option --colour; see mbo status --help$"
# A suggestion is never printed for a one-letter word.
run status -Z
expect_rc 2
expect_err_line "^mbo: status: unknown option -Z; see mbo status --help$"

# -V is --version.
run --version
V=$OUT
run -V
expect_rc 0
expect_out "$V"
check '[[ "$V" =~ ^mbo\ [0-9]+\.[0-9]+\.[0-9]+$ ]]' "--version printed '$V'"

# Every help ends with the man page.
for args in "--help" "goal --help" "goal add --help" "help checkin" "-h"; do
	run $args
	expect_rc 0
	check '[ "$(tail -n1 "$OUTF")" = "See \`man mbo\` for every command, option and example." ]' \
		"mbo $args does not end naming the man page: $(tail -n1 "$OUTF")"
done

# In Chinese (LANG=zh_CN.UTF-8): the same messages, same exit codes, with
# the English words that are typed (commands, options, keys) kept.
have_zh || {
	echo "did_you_mean.sh: the zh_CN catalogue is not built; the Chinese part is skipped" >&2
	done_testing
}
zh chekin 1 5
expect_rc 2
expect_err_line "^mbo: 'chekin' 不是命令；你是不是想输入 'checkin'？（mbo --help 列出全部命令）$"
zh goal ad
expect_rc 2
expect_err_line "^mbo: goal：'ad' 不是子命令；你是不是想输入 'add'？（mbo goal --help 列出全部子命令）$"
zh status --formt json
expect_rc 2
expect_err_line "^mbo: status：未知选项 --formt；你是不是想输入 --format？（见 mbo status --help）$"
# A bad date, a bad number, a bad period, a bad id: the field, what was
# typed, why, in Chinese; exit 3.
zh status --date someday
expect_rc 3
expect_err_line "^mbo: --date：'someday' 不是日期；请写 YYYY-MM-DD、today、yesterday、\+Nd 或 -Nd$"
zh goal list --period 2026-13
expect_rc 3
expect_err_line "^mbo: --period：'2026-13' 没有这个月份；月份从 01 到 12$"
zh goal add "拜访 40 家客户" --metric visits --unit 家 --target 四十 --due 2026-12-31
expect_rc 3
expect_err_line "^mbo: --target：'四十' 不是数字"
zh goal show abc
expect_rc 3
expect_err_line "^mbo: 目标：'abc' 不是目标编号；见 mbo goal list$"
# Usage errors: the command words, what is wrong, which help to read.
zh goal show
expect_rc 2
expect_err_line "^mbo: goal show：需要参数 ID；见 mbo goal show --help$"
zh goal
expect_rc 2
expect_err_line "^mbo: goal：要用哪个子命令？见 mbo goal --help$"
zh --format xml status
expect_rc 2
expect_err_line "^mbo: --format：'xml' 不是输出格式；请用 table、csv 或 json$"
# The help: its frame in Chinese, the synopsis lines as they are typed.
zh --help
expect_rc 0
expect_out_has "^mbo：销售团队的目标管理$"
expect_out_has "^  mbo checkin GOAL VALUE"
check '[ "$(tail -n1 "$OUTF")" = "全部命令、选项和示例见 \`man mbo\`。" ]' "the Chinese help ends with: $(tail -n1 "$OUTF")"
done_testing
