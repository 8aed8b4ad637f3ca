# The planners' vocabulary: the sentences a rule file written in it (.dslr) may use, each mapped to the rule language.
# Between "when" and "then" each line is a fact ("a phase") or, starting with "-", a condition on the fact above it;
# between "then" and "end" each line is an action. {word} stands for a word of the planner's: a threshold's name, a
# property of the fact (gridShare, generators.units, grid.mw: docs/planners/writing-rules.md, section 3) or a number.
# Each fact names its values for the finding's @message: "a phase" gives {phase}, {gridShare}, {gridMw}...
# A planner's own .dsl file beside the rules adds sentences (and wins over these where both match).

# ---- The policy: a threshold by its name, its value named for comparisons and sentences
[when]the policy's {threshold:\w+} as {name:\w+}=Threshold( name == "{threshold}", ${name} : value )
[when]the policy's {threshold:\w+}=Threshold( name == "{threshold}", ${threshold} : value )

# ---- Facts
[when]the site=Site( $site : name, $ambient : designAmbient )
[when]a phase=$phasePlan : PhasePlan( $phase : name, $date : date, $gpus : gpuCount, $itMw : it, $facilityMw : facility, $gridMw : grid, $gridShare : gridShare, $onSiteMw : gap, $onSiteNeedMw : onSiteNeed, $onSiteNeedDay : onSiteNeedDay, $generators : generators.units, $generatorsRunning : generators.running, $generatorSpares : generators.spares, $generatorModel : generators.model.id, $generatorsRatedMw : generators.rated, $unitMw : generators.unitOutput, $derateFactor : generators.derateFactor, $batteries : batteries.units, $batteryModel : batteries.model.id, $batteryMw : batteries.power, $batteryMwh : batteries.energy, $swingMw : batteries.swing, $largestTripMw : batteries.largestTrip, $coolingUnits : cooling.units, $coolingModel : cooling.model.id, $heatMw : cooling.heat )
[when]its timeline=PhaseTimeline( name == $phase, $ready : ready, $installed : installed, $waitDays : waitDays, $lateDays : lateDays, $heldBy : heldByText )
[when]a phase's timeline=PhaseTimeline( $phase : name, $ready : ready, $installed : installed, $waitDays : waitDays, $lateDays : lateDays, $heldBy : heldByText )
[when]its swing=SwingAssessment( phase == $phase, $peakToTroughMw : peakToTrough, $maxRamp : maxRamp, $bandShareBefore : bandShareBefore, $bandShareAfter : bandShareAfter, $powerFloorShare : powerFloorShare, $generatorFollowRatio : generatorFollowRatio )
[when]a target=TargetAssessment( $target : target.name, $targetDate : target.date, $budgetMw : target.facility, $gpus : target.gpus, $neededMw : needed, $impliedPerGpu : impliedPerGpu, $facilityPerGpu : facilityPerGpu, $gpusWithinBudget : gpusWithinBudget )
[when]a target's timeline=TargetTimeline( $target : name, $targetDate : date, $budgetMw : budget, $closes : closes, $lateDays : lateDays, $shortfallOnDateMw : shortfallOnDate )

# ---- Figures worked out for the phase above, named for comparisons and sentences
[when]the water it evaporates a day at the {litres:\w+} as {name:\w+}=${name} : Double() from $phasePlan.it.kw * 24 * ${litres} / 1000
[when]the water it evaporates a day at {litres:[\d.]+} L/kWh as {name:\w+}=${name} : Double() from $phasePlan.it.kw * 24 * {litres} / 1000

# ---- Time windows: the build day by day, as the report's daily series shows it. {series} is one of gridShare, gpus,
# itMw, facilityMw, gridMw, onSiteNeedMw. A stretch is consecutive days beyond the level; it names {days}, {firstDay},
# {lastDay}, the series' {lowest} and {highest} in it, and {stretchPhase}, the phase built on its first day.
[when]a stretch of days on which the {series:\w+} is {beyond:below|above} the {name:\w+}=$buildDays : BuildDays( ) Stretch( $stretchPhase : phase, $days : days, $firstDay : from, $lastDay : to, $lowest : lowest, $highest : highest ) from $buildDays.{beyond}("{series}", ${name})
[when]a stretch of days on which the {series:\w+} is {beyond:below|above} {number:-?[\d.]+}=$buildDays : BuildDays( ) Stretch( $stretchPhase : phase, $days : days, $firstDay : from, $lastDay : to, $lowest : lowest, $highest : highest ) from $buildDays.{beyond}("{series}", {number})
[when]at any time between {from:[\d-]+} and {to:[\d-]+} the {series:\w+} is {beyond:below|above} the {name:\w+}=$buildDays : BuildDays( ) Stretch( $stretchPhase : phase, $days : days, $firstDay : from, $lastDay : to, $lowest : lowest, $highest : highest ) from $buildDays.between("{from}", "{to}").{beyond}("{series}", ${name})
[when]at any time between {from:[\d-]+} and {to:[\d-]+} the {series:\w+} is {beyond:below|above} {number:-?[\d.]+}=$buildDays : BuildDays( ) Stretch( $stretchPhase : phase, $days : days, $firstDay : from, $lastDay : to, $lowest : lowest, $highest : highest ) from $buildDays.between("{from}", "{to}").{beyond}("{series}", {number})
[when]the first day on which the {series:\w+} is {beyond:below|above} the {name:\w+}=$buildDays : BuildDays( ) Stretch( number == 1, $stretchPhase : phase, $days : days, $firstDay : from, $lastDay : to, $lowest : lowest, $highest : highest ) from $buildDays.{beyond}("{series}", ${name})
[when]the first day on which the {series:\w+} is {beyond:below|above} {number:-?[\d.]+}=$buildDays : BuildDays( ) Stretch( number == 1, $stretchPhase : phase, $days : days, $firstDay : from, $lastDay : to, $lowest : lowest, $highest : highest ) from $buildDays.{beyond}("{series}", {number})

# ---- Conditions on the fact above: a property against a threshold named before, or against a number
[when]- whose {property:[\w.]+} is below the {name:\w+}={property} < ${name}
[when]- whose {property:[\w.]+} is above the {name:\w+}={property} > ${name}
[when]- whose {property:[\w.]+} is at least the {name:\w+}={property} >= ${name}
[when]- whose {property:[\w.]+} is at most the {name:\w+}={property} <= ${name}
[when]- whose {property:[\w.]+} is below {number:-?[\d.]+}={property} < {number}
[when]- whose {property:[\w.]+} is above {number:-?[\d.]+}={property} > {number}
[when]- whose {property:[\w.]+} is at least {number:-?[\d.]+}={property} >= {number}
[when]- whose {property:[\w.]+} is at most {number:-?[\d.]+}={property} <= {number}
[when]- whose {property:[\w.]+} is {number:-?[\d.]+}={property} == {number}
[when]- which is below the {name:\w+}=this < ${name}
[when]- which is above the {name:\w+}=this > ${name}
[when]- with a {property:[\w.]+}={property} != null
[when]- without a {property:[\w.]+}={property} == null
[when]- that is {property:\w+}={property}
[when]- that is not {property:\w+}=!{property}
[when]- for more than the {name:\w+} days=days > ${name}
[when]- for more than {number:\d+} days=days > {number}
[when]- for at least {number:\d+} days=days >= {number}

# ---- Actions: the finding, its sentence and numbers from the rule's @message, @recommend and @numbers
[then]report the phase=insert(finding(kcontext, $phase));
[then]report the target=insert(finding(kcontext, $target));
[then]report the stretch=insert(finding(kcontext, $stretchPhase));

# ---- What a file in the vocabulary reads without importing it
[import]io.gigawatt.planner.rules.policy.Threshold
[import]io.gigawatt.planner.scenario.Site
[import]io.gigawatt.planner.plan.PhasePlan
[import]io.gigawatt.planner.timeline.PhaseTimeline
[import]io.gigawatt.planner.timeline.TargetTimeline
[import]io.gigawatt.planner.swing.SwingAssessment
[import]io.gigawatt.planner.targets.TargetAssessment
[import]io.gigawatt.planner.demand.BuildDays
[import]io.gigawatt.planner.demand.Stretch
[import]function io.gigawatt.planner.rules.Findings.finding
