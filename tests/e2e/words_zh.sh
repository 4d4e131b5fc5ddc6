# words_zh.sh: the word of each key of the core is written once (mbo/fmt.h)
# and both faces show it: a person's role, a calendar day's kind, a goal's
# status, kind, direction and method (and the field kpi, which is not the
# method kpi), and the 360 relations. In Chinese the 360 relation "self" is
# 自评 while the method "self" is 自我评估法 (the two once shared one
# translation); in English each word is the key itself, and CSV and JSON
# keep the keys in any language.
. "$(dirname "$0")/tui_lib.bash"
need_zh

run init
run person add mgr --name 陈静 --role manager
run person add li --name 李伟 --manager mgr
# li sets the goal himself: proposed, method self (the default), a sum
# (the default kind), lower is better.
run --as li goal add "第四季度费用" --metric cost --unit 元 --target 30000 \
	--start 2026-10-01 --due 2026-12-31 --direction down
G=$(head -n1 "$OUTF")
run calendar holiday 2026-10-01 国庆节
run calendar workday 2026-10-10 调休
run --as li eval rate li --period 2026-Q4 --relation self --quality 4 --growth 4 --teamwork 5
run --as mgr eval rate li --period 2026-Q4 --relation superior --quality 3 --growth 4 --teamwork 4

# ---- roles ----
zh person list
expect_rc 0
expect_out_has '^ +2 +mgr +陈静 +主管 '
expect_out_has '^ +3 +li +李伟 +业务员 '
expect_out_has '^ +1 +root +root +管理员 '
en person list
expect_out_has '^ +2 +mgr +陈静 +manager '
expect_out_has '^ +3 +li +李伟 +sales '
zh person list --format csv
expect_out_has '^2,mgr,陈静,manager,'

# ---- the calendar's days ----
zh calendar list
expect_out_has '^2026-10-01  节假日      国庆节$'
expect_out_has '^2026-10-10  调休工作日  调休$'
en calendar list
expect_out_has '^2026-10-01  holiday  国庆节$'
expect_out_has '^2026-10-10  workday  调休$'
zh calendar list --format csv
expect_out_has '^2026-10-10,workday,'

# ---- a goal's status, kind, direction, method ----
zh goal show "$G"
expect_out_has '^状态: +待审批$'
expect_out_has '^类型: +累计型$'
expect_out_has '^方向: +越低越好$'
expect_out_has '^设定方法: 自我评估法$'
# The goal's own KPI field is no method: KPI, not KPI法.
expect_out_has '^KPI: +-$'
check '! grep -q "^KPI法" "$OUTF"' "goal show labels the KPI field KPI法, the method's word"
en goal show "$G"
expect_out_has '^status: +proposed$'
expect_out_has '^kind: +sum$'
expect_out_has '^direction: +down$'
expect_out_has '^method: +self$'
expect_out_has '^kpi: +-$'

# ---- the 360 relations: self is 自评 here, not the method ----
zh eval show li --period 2026-Q4
expect_rc 0
expect_out_has '^  自评 +1 +4\.00 +4\.00 +5\.00 +4\.30 '
expect_out_has '^  上级 +1 +3\.00 '
expect_out_has '^  同事 +0 '
expect_out_has '^缺失: +没有同事的反馈'
check '! grep -q 自我评估法 "$OUTF"' "eval show calls the 360 relation self 自我评估法"
en eval show li --period 2026-Q4
expect_out_has '^  self +1 +4\.00 '
zh eval show li --period 2026-Q4 --format json
expect_out_has '"relation": ?"self"'

# ---- the UI shows the same words: li's evaluation, from the reports ----
tui_start ev 80x24 LANG=zh_CN.UTF-8 -- --as mgr
tui_wait ev "我的目标" 5 "the UI did not start in Chinese" || done_testing
tui_keys ev Tab Tab Tab
tui_keys ev /
tui_type ev li
tui_keys ev Enter
tui_wait_re ev '^> .*李伟 +li ' 3 "li is not selected in the period report" || done_testing
tui_keys ev Enter
tui_wait ev "李伟（li）的目标评估，2026-Q4" 3 "li's evaluation did not open" || done_testing
# Relation, raters, quality ... as screen_eval.c lays them out.
tui_wait_re ev '^   自评 +1 +4\.00 +4\.00 +5\.00 +4\.30 ' 2 "the UI's 360 relation self is not 自评"
tui_wait_re ev '^   上级 +1 +3\.00 ' 2 "the UI's relation superior is not 上级"
tui_keys ev q q
# The rating form li opens on his own evaluation offers the relation as
# 自评 (the 360 relation), not 自我评估法 (the method).
tui_start self 80x24 LANG=zh_CN.UTF-8 -- --as li
tui_wait self "我的目标" 5 "the UI did not start in Chinese" || done_testing
tui_keys self e
tui_wait self "李伟（li）的目标评估" 3 "li's evaluation did not open" || done_testing
tui_keys self R
tui_wait_re self "身份 +◂ 自评 ▸" 3 "the rating form does not offer the relation 自评"
check '! tui_screen self | grep -q 自我评估法' "the rating form shows the method 自我评估法 for the relation"
tui_keys self Escape q q
done_testing
