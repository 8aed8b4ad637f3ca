@grid @storage @texas
Feature: A Texas campus takes the grid's flexible offer
  In ERCOT the campus's new 250 MW substation can be firm on 1 June 2028, once the transmission upgrades are in
  service. The utility offers it two years sooner, on 1 June 2026, if the campus accepts curtailment until then: at
  most 44 hours a year, in events of up to two hours, called by ERCOT on 24 hours' notice (the demand reduction Texas
  SB 6 asks of loads of 75 MW or more). Taken flexible, the tranche counts toward the campus's time to power. Each
  event the plan must ride with what it has: turbines within the air permit, batteries for the whole event, and the
  small share of its load a training workload really sheds (6.35% in a 155,410-GPU production trace); what is left is
  load dropped, and the GPUs it stops are GPU-hours lost. Hall 1 is 40,000 GB200 from 1 June 2026, Hall 2 brings the
  campus to 100,000 on 1 December 2026.

  Rule: A flexible tranche counts toward time to power

    Scenario: Hall 2 is ready a year and a half sooner with the tranche taken flexible
      Given the Texas example as published
      When the planner evaluates the scenario
      Then phase two is ready on 2026-12-01 with the flexible tranche, and on 2028-06-01 with every tranche firm
      And the planner reports "Hall 2 is ready on 2026-12-01 with the flexible grid tranches counted, 548 days before 2028-06-01, when it would be with every tranche taken firm."

    Scenario: Taken firm, the tranche holds Hall 2 until its firm date and nothing is curtailed
      Given the Texas example as published
      And the flexible tranche is taken firm
      When the planner evaluates the scenario
      Then phase two is ready on 2028-06-01
      And no phase is curtailed
      And phase two is not flagged by "Flexible tranches bring a phase forward"

  Rule: Curtailment events the plan cannot ride cost GPU-hours

    Scenario: Hall 2's batteries ride a quarter of each event, and the rest stops GPUs
      Given the Texas example as published
      When the planner evaluates the scenario
      Then each curtailment event cuts 205 MW from phase two, of which its batteries ride 55.9 MW
      And phase two loses 2,676,784 GPU-hours a year to curtailment
      And phase two gets a warning "Curtailment costs GPU-hours above the policy"

    Scenario: Hall 1's turbines ride every event, so it loses nothing
      Given the Texas example as published
      When the planner evaluates the scenario
      Then phase one's turbines ride every curtailment event
      And phase one is not flagged by "Curtailment costs GPU-hours above the policy"

  Rule: The workload's relief is what a training campus really sheds

    Scenario: Counting on the workload to shed 30% of the load is flagged
      Given the Texas example as published
      And the workload is assumed to shed 30% of the load in an event
      When the planner evaluates the scenario
      Then phase two gets a warning "Curtailment relief assumed above what the workload allows"

    Scenario: The measured 6.35% is accepted
      Given the Texas example as published
      When the planner evaluates the scenario
      Then phase two is not flagged by "Curtailment relief assumed above what the workload allows"

  Rule: The report names the utility limit that binds each phase

    Scenario: ERCOT's 10 MW in 5 s binds both halls, the only limit that applies
      Given the Texas example as published
      When the planner evaluates the scenario
      Then phase one's binding utility limit is "a range of 10 MW within 5 s in 0.1-55 Hz", with 91.2% to spare
      And phase two's binding utility limit is "a range of 10 MW within 5 s in 0.1-55 Hz", with 73.2% to spare
