# zh_cli.sh: the commands' own words in Chinese (cmd_*.c, identity.c): a
# goal's SMART warnings, an approval, the line after a check-in, an import
# with its counts, undo, check, report and goal show section titles and
# table headers, and the errors these commands word themselves; each with
# its exit code, the same command under C.UTF-8 still in English, and a
# refused input in Chinese leaves the database as it was. Messages worded
# by the core or by args.c belong to other tests (zh_errors.sh, ...): here
# only the field those carry is checked.
. "$(dirname "$0")/lib.bash"
need_zh

rows() {
	sql "select (select count(*) from goal) || ' ' || (select count(*) from checkin) || ' ' ||
	            (select count(*) from person)"
}

setup_team

# ---- goal add: the id alone on stdout, the SMART warnings in Chinese ----
# No parent, no KPI, no description: R (relevant) warns.
G=(goal add "第四季度新客户销售额" --metric revenue --unit 元 --target 50000
	--start 2026-11-02 --due 2026-11-30)
zh --as ann "${G[@]}"
expect_rc 0
expect_out "1"
expect_err_has '^mbo: 警告：R 相关：'
en --as ann "${G[@]}"
expect_rc 0
expect_out "2"
expect_err_has '^mbo: warning: R: '

# ---- the approval: stdout empty for scripts, the note on stderr ----
zh --as mgr goal approve 1
expect_rc 0
expect_out ""
expect_err_line '^mbo: 目标 1 已审批通过，现已生效$'
en --as mgr goal approve 2
expect_rc 0
expect_out ""
expect_err_line '^mbo: goal 2 approved; it is active now$'
check '[ "$(sql "select group_concat(status) from goal")" = "active,active" ]' "the goals are not active"

# ---- a check-in and the line that says where the goal stands ----
# 2026-11-02 .. 2026-11-30 has 21 workdays (Mon 2 .. Fri 27 is four weeks,
# 20 days, plus Mon 30); by Fri 27 (today) 20 have passed, so 50,000 *
# 20 / 21 = 47,619.05 is expected by now. 2,000 / 47,619.05 = 0.042: the
# pace is 4%, under 80%: off track (落后).
zh --as ann checkin 1 2000
expect_rc 0
expect_out "1
目标 1（第四季度新客户销售额）：实际 2,000.00，目标值 50,000.00 元；进度达成 4%（落后）"
en --as ann checkin 2 2000
expect_rc 0
expect_out "2
goal 2 (第四季度新客户销售额): actual 2,000.00 of 50,000.00 元; pace 4% (off track)"

# ---- refused input in Chinese: one line, the exit code, nothing changed ----
before=$(rows)
check '[ "$before" = "2 2 5" ]' "expected 2 goals, 2 check-ins, 5 people, got $before"
snap
# A goal id that is not a number: the argument is named in Chinese.
zh --as ann checkin x1 5
expect_rc 3
expect_err_line "^mbo: 目标[:：] ?'x1'"
en --as ann checkin x1 5
expect_rc 3
expect_err_line "^mbo: goal: 'x1' is not a goal id"
# A goal that does not exist (the core's message names the id).
zh --as ann checkin 99 5
expect_rc 4
expect_err_line '99'
# A value that is not a number names the value argument.
zh --as ann checkin 1 abc
expect_rc 3
expect_err_line "^mbo: 数值[:：] ?'abc'"
# A bad --target (worded by args.c) names --target; nothing is added.
zh --as ann goal add "第四季度回款" --metric revenue --unit 元 --target 5万 --due 2026-12-31
expect_rc 3
expect_err_line "^mbo: --target[:：] ?'5万'"
# A unit of 81 characters: longer than any unit can be stored; the limit
# of a unit is 20 characters.
long=$(printf 'x%.0s' $(seq 81))
zh --as ann goal add "第四季度回款" --metric revenue --unit "$long" --target 50000 --due 2026-12-31
expect_rc 3
expect_err_line '^mbo: unit：太长（81 个字符）；请控制在 20 个字符以内$'
en --as ann goal add "Q4 collections" --metric revenue --unit "$long" --target 50000 --due 2026-12-31
expect_rc 3
expect_err_line '^mbo: unit: is too long \(81 characters\); keep it to 20$'
# A revision that changes nothing is a usage error (2).
zh --as mgr goal revise 1 --reason "客户预算调整"
expect_rc 2
expect_err_line '请给出要修改的内容：--target、--start、--due 或 --weight'
en --as mgr goal revise 1 --reason "budget"
expect_rc 2
expect_err_line 'give what to change: --target, --start, --due or --weight'
# A person whose login is no user of this system needs --name (exit 2).
zh person add mbo-nosuch-zz
expect_rc 2
expect_err_line "--name：'mbo-nosuch-zz' 不是本系统的用户；请用 --name NAME 给出姓名"
en person add mbo-nosuch-zz
expect_rc 2
expect_err_line "--name: 'mbo-nosuch-zz' is not a user of this system; give --name NAME"
# Both --manager and --root: one of the two.
zh person move ann --manager mgr --root
expect_rc 2
expect_err_line '请给出 --manager LOGIN 或 --root，二选一'
# A cascade with two ways of splitting.
zh --as mgr goal cascade 1 --even --by-history
expect_rc 2
expect_err_line '请给出 --even 或 --by-history，不能同时使用'
check '[ "$(rows)" = "$before" ]' "refused input changed the row counts: $(rows), was $before"
unchanged

# ---- import: the counts with their plurals ----
printf 'goal,date,value\n1,2026-11-25,1000\n1,2026-11-26,500\n' >"$TMP/two.csv"
printf 'goal,date,value\n2,2026-11-25,1000\n' >"$TMP/one.csv"
zh --as ann import checkins "$TMP/two.csv"
expect_rc 0
expect_out "2
已导入 2 条进度登记，涉及 1 个目标，作为一次修改；mbo undo 可全部撤回"
en --as ann import checkins "$TMP/one.csv" --dry-run
expect_rc 0
expect_out_has '^would import 1 check-in on 1 goal; nothing was written \(dry run\)$'
# 2 check-ins before, 2 imported: 4.
check '[ "$(sql "select count(*) from checkin")" = 4 ]' "the import did not add 2 check-ins"
zh --as ann undo
expect_rc 0
expect_out_has '^已撤销：'
check '[ "$(sql "select count(*) from checkin")" = 2 ]' "undo did not take the import back"

# ---- goal show: section titles and the check-ins' headers ----
zh --as ann goal show 1
expect_rc 0
for title in 完成情况 时间节点 任务 最近的进度登记 历史; do
	expect_out_has "^$title\$"
done
expect_out_has '^  编号 +日期 +数值 +登记人 +备注$'
en --as ann goal show 1
for title in Progress Milestones Tasks "Latest check-ins" History; do
	expect_out_has "^$title\$"
done
expect_out_has '^  ID +DATE +VALUE +BY +NOTE$'
# JSON keeps its keys in Chinese.
zh --as ann goal show 1 --format json
json_check 'd["status"] == "active" and d["checkins"][0]["value"] == Decimal("2000.00")'

# ---- words for keys: the table says them in Chinese, CSV keeps the key ----
zh --as ann goal list
expect_rc 0
expect_out_has '^编号 +负责人 +标题 +指标 +目标值 +开始日期 +截止日期 +状态$'
expect_out_has '^ +1 +ann +第四季度新客户销售额 +revenue +50,000.00 +2026-11-02 +2026-11-30 +进行中$'
zh --as ann goal list --format csv
expect_out_has '^1,ann,第四季度新客户销售额,revenue,元,sum,up,0.00,50000.00,2026-11-02,2026-11-30,active,'
en --as ann goal list
expect_out_has '^ +1 +ann +第四季度新客户销售额 +revenue +50,000.00 +2026-11-02 +2026-11-30 +active$'
zh person list
# yes / no read 是 / 否 in a Chinese table (out.c); CSV and JSON keep true / false.
expect_out_has '^ +3 +ann +Ann Sales +业务员 +mgr +是$'
# Goal 1's history: ann proposed it, mgr approved it (proposed -> active).
zh --as ann goal history 1
expect_rc 0
expect_out_has '^时间 +修改人 +修改项 +原值 +新值 +原因$'
expect_out_has ' +ann +状态 +- +待审批 +提出目标，等待上级审批$'
expect_out_has ' +mgr +状态 +待审批 +进行中 '
zh --as ann goal history 1 --format json
json_check '[(h["old"], h["new"]) for h in d if h["field"] == "status"] == [(None, "proposed"), ("proposed", "active")]'
# The reason is stored as the core wrote it; JSON keeps it so.
json_check '[h["reason"] for h in d if h["field"] == "status"][0] == "proposed"'
en --as ann goal history 1
expect_out_has ' +ann +status +- +proposed +proposed$'

# ---- report: the section titles and headers of the period report ----
zh --as mgr report --period 2026-Q4
expect_rc 0
expect_out_has '^人员$'
expect_out_has '^目标$'
expect_out_has '^  账号 +姓名 +目标数 +定量 +定性 '
en --as mgr report --period 2026-Q4
expect_rc 0
expect_out_has '^People$'
expect_out_has '^Goals$'
expect_out_has '^  LOGIN +NAME +GOALS +QUANT +QUAL '

# ---- check ----
zh check
expect_rc 0
expect_out "数据库完好"
en check
expect_out "ok"
# ---- a holiday's name is 名称, a person's 姓名 (msgctxt "holiday") ----
run calendar holiday 2026-10-01 国庆节
expect_rc 0
zh calendar list
expect_rc 0
expect_out_has '^日期 +类型 +名称$'
expect_out_has '^2026-10-01 +节假日 +国庆节$'
en calendar list
expect_out_has '^DATE +KIND +NAME$'
done_testing
