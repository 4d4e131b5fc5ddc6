# zh_gaps.sh: the last English a Chinese session used to meet: what undo
# says it took back, a refused value's whole line, init's login rule, the
# reasons stored in a goal's history, the SMART letters of the core's
# messages, eval's summary. Each in Chinese under LANG=zh_CN.UTF-8 and still
# in English under C.UTF-8; machine output (JSON) keeps what is stored.
. "$(dirname "$0")/lib.bash"
need_zh

# ---- init: the login rule in the reader's language ----
zh init --admin 'x y'
expect_rc 3
expect_err_line "^mbo: --admin：“x y”不是有效的登录名；登录名须为 1 到 32 个字母、数字、'\.'、'_' 或 '-'，且不能以 '-' 或 '\.' 开头$"
en init --admin 'x y'
expect_rc 3
expect_err_line "^mbo: --admin: 'x y' is not a valid login; use 1 to 32 letters, digits, '\.', '_' or '-', not starting with '-' or '\.'$"

setup_team
G=(goal add "第四季度新客户销售额" --metric revenue --unit 元 --target 50000
	--start 2026-11-02 --due 2026-11-30)
run --as ann "${G[@]}"
expect_rc 0
GOAL=$OUT
run --as mgr goal approve "$GOAL"
expect_rc 0

# ---- a refused value: the field, what was typed and the core's reason ----
zh --as ann checkin "$GOAL" 12 --date 2026-13-01
expect_rc 3
expect_err_line "^mbo: --date：'2026-13-01' 没有这个月份；月份从 01 到 12$"
en --as ann checkin "$GOAL" 12 --date 2026-13-01
expect_rc 3
expect_err_line "^mbo: --date: '2026-13-01' has no such month; months run from 01 to 12$"
zh --as ann checkin "$GOAL" 1.23456
expect_rc 3
expect_err_line "^mbo: 数值：'1\.23456' 超过 4 位小数$"
en --as ann checkin "$GOAL" 1.23456
expect_rc 3
expect_err_line "^mbo: value: '1\.23456' has more than 4 decimal places$"
# 2025-01-01 is a Wednesday: the ISO year 2025 has 52 weeks (2026 has 53).
zh --as ann goal list --period 2025-W53
expect_rc 3
expect_err_line "^mbo: --period：'2025-W53' 没有这一周；该年的周从 W01 到 W52$"

# ---- import: every bad line in the reader's language ----
printf 'goal,date,value\n%s,2026-13-01,5\n%s,2026-11-20,abc\n' "$GOAL" "$GOAL" >"$TMP/bad.csv"
zh --as ann import checkins "$TMP/bad.csv"
expect_rc 3
check '[ "$(wc -l <"$ERRF")" = 3 ]' "the import does not give each bad line and then their count"
check '[ "$(sed -n 1p "$ERRF")" = "mbo: 第 2 行：日期“2026-13-01”没有这个月份；月份从 01 到 12" ]' \
	"line 2 of the import is not in Chinese"
check '[ "$(sed -n 2p "$ERRF")" = "mbo: 第 3 行：数值“abc”不是数字；请写数字，可带小数点，如 1200 或 3.5" ]' \
	"line 3 of the import is not in Chinese"
check '[ "$(sed -n 3p "$ERRF")" = "mbo: 共 2 行有误，未导入任何数据" ]' "the import's count is not in Chinese"
en --as ann import checkins "$TMP/bad.csv"
expect_rc 3
check '[ "$(sed -n 2p "$ERRF")" = "mbo: line 3: value '"'abc'"' is not a number; write digits with an optional '"'.'"' such as 1200 or 3.5" ]' \
	"line 3 of the import is not in English"

# ---- undo: the change taken back, in the reader's words ----
run --as ann checkin "$GOAL" 1000 --date 2026-11-26
expect_rc 0
zh --as ann undo
expect_rc 0
expect_out "已撤销：为目标 $GOAL 登记进度"
run --as ann checkin "$GOAL" 1000 --date 2026-11-26
en --as ann undo
expect_rc 0
expect_out "undone: check in on goal $GOAL"
run --as ann checkin "$GOAL" 1000 --date 2026-11-26
zh --as ann undo --format json
expect_rc 0
json_check 'd == {"undone": "check in on goal '"$GOAL"'"}'
# A closing status is a key in the journal, a word for the reader.
run --as mgr goal close "$GOAL" --status achieved --reason "提前完成"
expect_rc 0
zh --as mgr undo
expect_rc 0
expect_out "已撤销：关闭目标 $GOAL（已达成）"
run --as mgr goal close "$GOAL" --status missed --reason "客户流失"
en --as mgr undo
expect_rc 0
expect_out "undone: close goal $GOAL as missed"
# A relation of 360-degree feedback, a span: keys in the journal, words here.
run --as ann eval rate ann --period 2026-Q4 --relation self --quality 4 --growth 4 --teamwork 4
expect_rc 0
zh --as ann undo
expect_rc 0
expect_out "已撤销：提交对 ann（2026-Q4）的自评反馈"
run --as ann eval rate ann --period 2026-Q4 --relation self --quality 4 --growth 4 --teamwork 4
en --as ann undo
expect_out "undone: give self feedback on ann for 2026-Q4"
run --as mgr goal split "$GOAL" --by week
expect_rc 0
zh --as mgr undo
expect_rc 0
expect_out "已撤销：拆分目标 $GOAL（按周）"

# ---- a shared install's own messages come after the language is known ----
# A setgid copy of mbo (root running it with another group is privileged)
# whose PREFIX/etc/mbo.conf anyone may write: identity_shared_setup refuses
# it. A privileged run reads only the installed catalogues (MBO_LOCALEDIR,
# compiled in): the Chinese is asserted when they are installed; here and
# in English always.
if [ "$(id -u)" = 0 ] && getent group daemon >/dev/null; then
	P=$TMP/prefix
	mkdir -p "$P/bin" "$P/etc"
	cp "$MBO" "$P/bin/mbo"
	chgrp daemon "$P/bin/mbo"
	chmod 2755 "$P/bin/mbo"
	echo "data_dir = $TMP/data" >"$P/etc/mbo.conf"
	chmod 666 "$P/etc/mbo.conf"
	LAST_CMD="(setgid) LC_ALL=C.UTF-8 mbo status"
	LC_ALL=C.UTF-8 "$P/bin/mbo" status >"$OUTF" 2>"$ERRF"
	RC=$?
	expect_rc 6
	expect_err_line "^mbo: shared install: $P/etc/mbo.conf is not a regular file that only root can write; an admin must fix it \(scripts/install-shared\)$"
	# MBO_LOCALEDIR is PREFIX/share/locale (CMakeLists.txt, GNUInstallDirs).
	localedir=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$(dirname "$MBO")/CMakeCache.txt" 2>/dev/null)
	[ -n "$localedir" ] && localedir=$localedir/share/locale
	if [ -n "$localedir" ] && [ -f "$localedir/zh_CN/LC_MESSAGES/mbo.mo" ]; then
		LAST_CMD="(setgid) LANG=zh_CN.UTF-8 mbo status"
		LC_ALL= LANG=zh_CN.UTF-8 "$P/bin/mbo" status >"$OUTF" 2>"$ERRF"
		RC=$?
		expect_rc 6
		expect_err_line "^mbo: 共享安装：$P/etc/mbo.conf 不是只有 root 可写的普通文件；需由管理员修复（scripts/install-shared）$"
	else
		echo "note: no installed zh_CN catalogue: the Chinese of a privileged run is not checked here" >&2
	fi
fi

done_testing
