@timeline @colossus
Feature: When each phase is ready, and what holds it
  A site planner must say when each phase is fully installed, powered and cooled, and why not sooner. At Colossus
  the doubling (200,000 GPUs by 1 December 2024) draws 355 MW. The air permit's 247 MW allows 14 turbines, too few
  for the gap until the grid grows: the 150 MW substation (May 2025) is not enough, the second substation, which
  brings the grid to 300 MW (assumed 15 August 2026), is. Equipment lead times, install crews and the rental market
  come from the catalogue and the scenario; every date below is the planner's, from examples/colossus.yaml.

  Rule: A phase is ready when the last thing it needs arrives, and the report names that thing

    Scenario: Colossus 1 is ready when its GPUs arrive; the doubling waits for the second substation
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then phase one is ready on 2024-09-02, held by its GPUs
      And phase two is ready on 2026-08-15, held by the 300 MW grid tranche
      And phase two gets a warning "GPUs wait for power or cooling"

  Rule: A substation that slips delays the phase it holds, unless more turbines carry the gap

    Scenario: If the second substation slips three months, phase two slips by three months unless 5 turbines are added
      Given the Colossus scenario as published
      And the second substation, which brings the grid to 300 MW, slips 3 months
      When the planner evaluates the scenario
      Then phase two is ready on 2026-11-15, held by the 300 MW grid tranche
      And phase two is ready 92 days later than in the published scenario
      And with 5 more turbines than the air permit allows, phase two would be ready on 2025-05-15

    Scenario: With a permit for 5 more turbines, the same slip does not touch phase two
      Given the Colossus scenario as published
      And the second substation, which brings the grid to 300 MW, slips 3 months
      And the air permit allows 19 turbines and 314 MW
      When the planner evaluates the scenario
      Then phase two is ready on 2025-05-15, held by the 150 MW flexible grid tranche
      And phase two is ready 457 days earlier than in the published scenario

  Rule: The road to 1.2 GW closes when firm supply reaches it; uncertain inputs give its P50 and P90
    The Monte Carlo draws each uncertain lead time and grid date many times: in half the draws the target is reached
    by its P50 date, in nine of ten by its P90 date. The gap between the two is the schedule's risk.

    Scenario: The 1.2 GW campus closes in mid-2028 as planned, in 2029 at the median and at P90
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then the target closes on 2028-06-01 with "Third TVA tranche"
      And the Monte Carlo puts the target's P50 in 2029 and its P90 in 2029
      And the target gets a warning "Target reached after its date"
