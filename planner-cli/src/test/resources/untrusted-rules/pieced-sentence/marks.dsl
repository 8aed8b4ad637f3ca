# Neither this sentence nor the rule that uses it names the system: the planner's words fill in the rest.
[then]leave a mark on {a} {b}={a}{b}.setProperty("gigawatt.test.ruleRan", $phase);
