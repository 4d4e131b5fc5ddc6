# zh_errors.sh: the core's refusals in Chinese. Under LANG=zh_CN.UTF-8 a
# salesperson approving a goal, a check-in on a proposed or a closed goal or
# before the goal's start, a person under an unknown manager, an import with
# bad lines, an undo with nothing left or refused, a bad setting value, a
# manager who still has reports, a calendar day with nothing to clear, a
# backup into a folder or by a salesperson and a revision that changes
# nothing each fail with their exit code and a one-line Chinese message that
# names the field and the fix (option names, logins, ids and dates stay
# ASCII); nothing is written. Under LC_ALL=C.UTF-8 the same refusals read as
# the English they always did.
. "$(dirname "$0")/lib.bash"
need_zh

# The message, whole: stderr is this one line (a fixed string, not a regex).
expect_err_is() {
	CHECKS=$((CHECKS + 1))
	[ "$ERR" = "$1" ] || fail "stderr is not: $1"
}

# counts: the rows that any of the refusals below could have written.
counts() {
	sql "SELECT (SELECT count(*) FROM person) || ' ' || (SELECT count(*) FROM goal) || ' ' ||
	            (SELECT count(*) FROM checkin) || ' ' || (SELECT count(*) FROM change) || ' ' ||
	            (SELECT group_concat(status, ',') FROM (SELECT status FROM goal ORDER BY id)) || ' ' ||
	            (SELECT value FROM setting WHERE key = 'pace.on_track')"
}

setup_team
# Goal 1: ann's own, proposed, starting next month.
run --as ann goal add "Visit 40 customers in December" --metric visits --unit visits \
	--target 40 --start 2026-12-01 --due 2026-12-31
expect_rc 0
expect_out "1"
# Goal 2: set by mgr for ann, active from 2026-11-02.
run --as mgr goal add "Sign 5 new customers in November" --metric customers --unit customers \
	--target 5 --start 2026-11-02 --due 2026-11-30 --owner ann
expect_rc 0
expect_out "2"
# Goal 3: set by mgr for bob, then closed as missed by the admin.
run --as mgr goal add "Collect 20,000 of overdue payments" --metric collected --unit CNY \
	--target 20000 --start 2026-11-02 --due 2026-11-30 --owner bob
expect_rc 0
expect_out "3"
run goal close 3 --status missed --reason "customer went bankrupt"
expect_rc 0
STATUSES=$(sql "SELECT group_concat(status, ',') FROM (SELECT status FROM goal ORDER BY id)")
check '[ "$STATUSES" = proposed,active,missed ]' "the goals are $STATUSES, not proposed, active, missed"
# 5 people (the admin, mgr, ann, bob, cy), 3 goals, no check-in; 8 changes
# (4 people added, 3 goals, 1 close); pace.on_track at its default 0.95.
BEFORE=$(counts)
check '[ "$BEFORE" = "5 3 0 8 proposed,active,missed 0.95" ]' "the setup is not as counted: $BEFORE"
snap

# A salesperson may not approve her own goal (her manager may), nor a
# colleague's, whose goals she may not even see: exit 5, permission denied.
zh --as ann goal approve 1
expect_rc 5
expect_err_is "mbo: 你（ann）无权审批或驳回自己的目标；你的上级 mgr 可以"
zh --as bob goal approve 1
expect_rc 5
expect_err_is "mbo: 你（bob）无权查看 ann 的目标；只有 ann 本人、其上级或管理员可以"

# A check-in on a goal still proposed, on a closed goal, and on a day
# before the goal starts: exit 3, invalid input.
zh --as ann checkin 1 5 --date 2026-11-20
expect_rc 3
expect_err_is "mbo: 目标 1 的状态是 proposed：只能对进行中（active）的目标登记进度；请让你的上级先审批这个目标"
zh --as bob checkin 3 500 --date 2026-11-20
expect_rc 3
expect_err_is "mbo: 目标 3 的状态是 missed：只能对进行中（active）的目标登记进度"
zh --as ann checkin 2 1 --date 2026-11-01
expect_rc 3
expect_err_is "mbo: date：2026-11-01 早于目标的开始日期（2026-11-02）；请填写 2026-11-02 及以后的日期"
# A value the core's decimal parser refuses, through the CLI.
zh --as ann checkin 2 1.23456 --date 2026-11-20
expect_rc 3
expect_err_line '超过 4 位小数'

# A person under a manager nobody knows: exit 3.
zh person add dan --name "Dan Sales" --manager nobody
expect_rc 3
expect_err_is "mbo: --manager：没有登录名为“nobody”的人员；请先添加此人"

# An import with one good line and two bad ones: line 3 has no month 13,
# line 4 names no goal id. All or nothing: exit 3, no check-in written.
printf 'goal,date,value\n2,2026-11-20,1\n2,2026-13-01,1\nx,2026-11-20,1\n' >"$TMP/in.csv"
zh --as ann import checkins "$TMP/in.csv"
expect_rc 3
expect_err_has '^mbo: 第 3 行：日期“2026-13-01”没有这个月份；月份从 01 到 12$'
expect_err_has '第 4 行：目标“x”不是目标编号；请填写 `mbo goal list` 显示的编号'
expect_err_has '^mbo: 共 2 行有误，未导入任何数据$'

# cy has made no change at all: nothing to undo. Exit 3.
zh --as cy undo
expect_rc 3
expect_err_is "mbo: 撤销：你没有可以撤销的变更"
# mgr's last change added goal 3, which the admin has closed since: both
# changes are named as the journal holds them, read in Chinese.
zh --as mgr undo
expect_rc 3
expect_err_is "mbo: 撤销：无法撤销“为 bob 添加目标”：$ADMIN 之后修改了同一数据（关闭目标 3（未达成））；请联系对方，或改为修正目标"

# A setting that holds a number keeps a number: exit 3.
zh settings set pace.on_track abc
expect_rc 3
expect_err_is "mbo: 设置项 pace.on_track：“abc”不是数字；请写数字，可带小数点，如 1200 或 3.5"
zh settings set pace.no_such 1
expect_rc 3
expect_err_is "mbo: 设置项 pace.no_such：没有这个设置项；请查看 \`mbo settings list\`"

# mgr still has two active direct reports (ann, bob): one message for any
# number of them in Chinese (nplurals=1), the plural in English below.
zh person deactivate mgr
expect_rc 3
expect_err_is "mbo: mgr 仍有 2 名在职的直属下级（ann, bob）；请先将其调到其他上级名下，再停用 mgr"

# The calendar, a backup and a revision, each refused in Chinese.
zh calendar clear 2026-11-18
expect_rc 4
expect_err_is "mbo: 日历：2026-11-18 不是节假日，也不是调休上班日"
zh backup "$TMP"
expect_rc 3
expect_err_is "mbo: 备份文件：$TMP 是文件夹；请指定其中的一个文件"
zh --as ann backup "$TMP/b.db"
expect_rc 5
expect_err_is "mbo: 只有管理员可以管理人员、设置、日历和备份"
zh --as mgr goal revise 2 --target 5 --reason "same as before"
expect_rc 3
expect_err_is "mbo: 修正目标：新值与当前值相同；未做任何修改"
check '[ ! -e "$TMP/b.db" ]' "a refused backup left a file"

# Nothing of the above was written.
unchanged
check '[ "$(counts)" = "$BEFORE" ]' "the counts changed: $(counts), were $BEFORE"

# The same refusals in English, word for word as before.
run --as ann goal approve 1
expect_rc 5
expect_err_is "mbo: you (ann) may not approve or reject your own goals; your manager mgr can"
run --as bob goal approve 1
expect_rc 5
expect_err_is "mbo: you (bob) may not see the goals of ann; only ann, their managers or an admin may"
run --as ann checkin 1 5 --date 2026-11-20
expect_rc 3
expect_err_is "mbo: goal 1 is proposed: check-ins go to active goals; ask your manager to approve it"
run --as bob checkin 3 500 --date 2026-11-20
expect_rc 3
expect_err_is "mbo: goal 3 is missed: check-ins go to active goals"
run --as ann checkin 2 1 --date 2026-11-01
expect_rc 3
expect_err_is "mbo: date: 2026-11-01 is before the goal starts (2026-11-02); give a date from 2026-11-02 on"
run person add dan --name "Dan Sales" --manager nobody
expect_rc 3
expect_err_is "mbo: --manager: no person with login 'nobody'; add them first"
run --as ann import checkins "$TMP/in.csv"
expect_rc 3
expect_err_has "line 3: date '2026-13-01' has no such month; months run from 01 to 12"
expect_err_has "line 4: goal 'x' is not a goal id; give the number \`mbo goal list\` shows"
expect_err_has '^mbo: 2 lines with errors; nothing imported$'
run --as cy undo
expect_rc 3
expect_err_is "mbo: undo: you have no change left to undo"
run --as mgr undo
expect_rc 3
expect_err_is "mbo: undo: cannot undo \"add goal for bob\": $ADMIN has since changed the same data (close goal 3 as missed); ask them, or revise it instead"
run settings set pace.on_track abc
expect_rc 3
expect_err_is "mbo: setting pace.on_track: 'abc' is not a number; write digits with an optional '.' such as 1200 or 3.5"
run calendar clear 2026-11-18
expect_rc 4
expect_err_is "mbo: calendar: 2026-11-18 is not a holiday or an extra workday"
run --as mgr goal revise 2 --target 5 --reason "same as before"
expect_rc 3
expect_err_is "mbo: revise: the new values equal the current ones; nothing changed"
run person deactivate mgr
expect_rc 3
expect_err_is "mbo: mgr still has 2 active direct reports (ann, bob); move each of them to another manager first, then deactivate mgr"
# One report: the singular. bob moves under cy first (a change of its own).
run person move bob --manager cy
expect_rc 0
run person deactivate mgr
expect_rc 3
expect_err_is "mbo: mgr still has 1 active direct report (ann); move them to another manager first, then deactivate mgr"
done_testing
