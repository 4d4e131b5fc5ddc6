# zh_rules.sh: the rules of the core speak Chinese when the environment
# asks for it: SMART findings and their hints (`mbo goal check`) and risk
# warnings (`mbo alerts`), with their numbers formatted as in English
# (12,500.00, 2026-11-20); under C.UTF-8 the same commands say the English
# the other tests expect.
. "$(dirname "$0")/lib.bash"
need_zh

# has TEXT: stdout holds TEXT as it is (no regex).
has() {
	CHECKS=$((CHECKS + 1))
	grep -qF -- "$1" "$OUTF" || fail "stdout lacks: $1"
}
hasnt() {
	CHECKS=$((CHECKS + 1))
	grep -qF -- "$1" "$OUTF" && fail "stdout still has: $1"
}

run init --admin "$ADMIN"
expect_rc 0

# Goal 1 breaks three rules but none that blocks it: the title "提高业绩"
# says 提高 (a vague word) with no number (S); the target 200,000 is
# (200,000 - 100,000) / 100,000 = +100% on the baseline, above the realism
# ceiling of +50%, whose limit is 100,000 * 1.5 = 150,000 (A); and it has
# no parent, KPI or description (R).
run goal add "提高业绩" --metric revenue --unit 元 --target 200000 --baseline 100000 \
	--start 2026-11-02 --due 2026-11-30
expect_rc 0
# Goal 2 stretches too little: 102 on a baseline of 100 is +2%, under the
# minimum stretch of +5%, which needs 100 * 1.05 = 105.
run goal add "Q4 拜访客户 102 次" --metric visits --unit 次 --target 102 --baseline 100 \
	--start 2026-11-02 --due 2026-11-30 --kpi "客户拜访量"
expect_rc 0

zh goal check 1
expect_rc 0
has "标题“提高业绩”不够具体：用了“提高”却没有数字，无法判断什么时候算达成。"
has "在标题里写上数字，例如“第四季度签约5家新客户”或“销售额达到50万”"
has "目标值 200,000 比你的基线 100,000 变化 +100%；现实性上限为 +50%，目标可能难以达成。"
has "把目标值定在 150,000 以内，或者与上级商定这个挑战幅度，并在说明里写明理由"
has "目标没有关联团队目标或 KPI，说明里也没有写清它为什么重要（至少 15 个字）。"
# 2026-11-02 .. 2026-11-30: 29 days; 21 workdays (Mondays to Fridays, no
# holiday: 5 full weeks from 11-02 to 11-27 are 20, and Monday 11-30).
has "从 2026-11-02 到 2026-11-30：共 29 天，21 个工作日。"
# The challenge check of goal 1 passes: +100% >= +5%.
has "目标值 200,000 比基线 100,000 变化 +100%，达到最低提升幅度 +5%。"
has "通过"
has "提醒"
hasnt "The title"

zh goal check 2
expect_rc 0
has "挑战性不足：目标值 102 比基线 100 仅变化 +2%；目标的提升幅度应不低于 +5%。"
has "把目标值提高到至少 105"
has "KPI：客户拜访量。"

# The same checks in English: the wording the other tests know.
run goal check 1
expect_rc 0
expect_out_has 'The title "提高业绩" is vague: it says "提高" but has no number'
expect_out_has 'The target 200,000 is \+100% on your baseline 100,000; the realism ceiling is \+50%'
expect_out_has 'aim for a target of at most 150,000, or agree on the stretch with your manager'
expect_out_has 'From 2026-11-02 to 2026-11-30: 29 days, 21 workdays\.'
run goal check 2
expect_out_has 'Not challenging: the target 102 is only \+2% on the baseline 100; a goal should stretch by \+5% or more\.'
expect_out_has 'raise the target to at least 105'

# Goal 3 is behind pace. Today is Friday 2026-11-27: 20 of the 21 workdays
# have passed (today counts), so 5 * 20 / 21 = 4.76 customers are expected
# by now. 2 checked in on Friday 11-20: pace 2 / (5 * 20 / 21) = 42 / 100
# = 42% < 80%, off track. One workday is left (Monday 11-30), which needs
# (5 - 2) / 1 = 3.00 customers. Since 11-20 the workdays up to yesterday
# are 11-23 .. 11-26: 4 without a check-in, at least the 3 of
# alert.silent_workdays.
run goal add "第四季度签约5家新客户" --metric customers --unit 家 --target 5 \
	--start 2026-11-02 --due 2026-11-30
expect_rc 0
run checkin 3 2 --date 2026-11-20
expect_rc 0

zh alerts
expect_rc 0
has "第四季度签约5家新客户 落后于计划：目前完成 2.00，按计划此时应完成 4.76 家（42%）；剩余 1 个工作日内，每个工作日需完成 3.00 家"
has "第四季度签约5家新客户 已有 4 个工作日没有登记进度（上次登记：2026-11-20）；请登记今天的进度"
# Goal 1 has no check-in at all: 19 workdays from its start 11-02 to
# yesterday 11-26 (20 passed, less today).
has "提高业绩 已有 19 个工作日没有登记进度（自 2026-11-02 开始以来从未登记）；请登记今天的进度"
# Due Monday, one workday away (at most alert.due_soon_workdays = 5).
has "第四季度签约5家新客户 将于 2026-11-30 到期（还剩 1 个工作日）"
has "严重"
hasnt "behind plan"

# JSON keeps its keys (the kind, the severity); the message is in the
# reader's language.
LAST_CMD="LANG=zh_CN.UTF-8 mbo alerts --format json"
LC_ALL= LANG=zh_CN.UTF-8 "$MBO" --db "$DB" alerts --format json >"$OUTF" 2>"$ERRF"
json_check 'any(a["kind"] == "off_track" and a["severity"] == "serious" and "落后于计划" in a["message"] for a in d)'
json_check 'any(a["kind"] == "silent" and "上次登记：2026-11-20" in a["message"] for a in d)'

run alerts
expect_rc 0
expect_out_has '第四季度签约5家新客户 is behind plan: 2\.00 of 4\.76 家 expected \(42%\); needs 3\.00 家 per workday for the 1 workday left'
expect_out_has '第四季度签约5家新客户 has no check-in for 4 workdays \(last 2026-11-20\); record today.s progress'
expect_out_has '提高业绩 has no check-in for 19 workdays \(none since the start on 2026-11-02\)'

# Bad input says what is wrong and the fix, in Chinese too, on one line:
# 2026-11-02 .. 2026-11-30 lies within Q4, so there is one quarter only.
zh goal split 3 --by quarter
expect_rc 3
expect_err_line "目标 3：2026-11-02 至 2026-11-30 在同一个季度内；请改为按月拆分$"
run goal split 3 --by quarter
expect_rc 3
expect_err_line "goal 3: 2026-11-02 to 2026-11-30 lies within one quarter; split it by month instead$"
zh goal cascade 3 --to nobody=50%
expect_rc 4
expect_err_line "目标 3：没有登录名为 nobody 的人员；请查看 .mbo person list.$"
done_testing
