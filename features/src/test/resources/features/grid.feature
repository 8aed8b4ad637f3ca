@grid @colossus
Feature: The grid carries part of each phase, generators carry the rest
  Memphis Light, Gas & Water and TVA raised the site's firm supply in steps: 8 MW from the factory's old
  connection, 50 MW from 1 August 2024, 150 MW once the new substation connects (around May 2025). TVA approved that
  150 MW on conditions: Megapacks, and load curtailed on 30 minutes' request from TVA. It was connected flexible from
  its first day, with no firm date; how many hours a year TVA may call is not public, so the scenario assumes Duke's
  0.5% of the year (44 h, in events of up to 2 h). The second substation (300 MW in all, August 2026) is firm.
  Whatever the grid does not carry on a phase's date, generators on site must carry.
  Phase one is Colossus 1 (100,000 H100 by 2 September 2024); phase two is the doubling
  (200,000 GPUs by 1 December 2024).

  Rule: The grid covers what its firm supply allows on the phase's date; generators carry the gap

    Scenario: The grid covers just over a quarter of phase one, so generators carry the rest
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then the grid covers 28% of phase one: 50 MW of a 177 MW facility
      And on-site generation carries 127 MW of phase one
      And the planner reports "The grid covers 28.2% of Colossus 1 (50 MW of 177 MW on 2024-09-02); on-site generation carries 127 MW."

  Rule: A phase with less than 20% of its power from the grid is flagged

    Scenario: The doubling gets only 14% from the grid
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then the grid covers 14% of phase two: 50 MW of a 355 MW facility
      And phase two gets a warning "Grid share below the policy minimum"

    Scenario: Phase one, at 28%, is not flagged
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then phase one is not flagged by "Grid share below the policy minimum"

    Scenario: A substation connected before the doubling lifts it above the minimum
      Given the Colossus scenario as published
      And the 150 MW substation is connected on 2024-11-01
      When the planner evaluates the scenario
      Then the grid covers 42% of phase two: 150 MW of a 355 MW facility
      And phase two is not flagged by "Grid share below the policy minimum"

  Rule: The minimum grid share is the planner's policy, set in a policy file, not in the rules

    Scenario: A policy that asks for 30% from the grid flags phase one
      Given the Colossus scenario as published
      And a policy that asks the grid for at least 30% of each phase
      When the planner evaluates the scenario
      Then phase one gets a warning "Grid share below the policy minimum"
      And the planner reports "The grid covers only 28.2% of Colossus 1 (50 MW of 177 MW), below the 30% minimum; 127 MW must come from on-site generation."

    Scenario: A policy that asks for 28% leaves phase one, at 28.2%, alone
      Given the Colossus scenario as published
      And a policy that asks the grid for at least 28% of each phase
      When the planner evaluates the scenario
      Then phase one is not flagged by "Grid share below the policy minimum"

  Rule: TVA's 150 MW is curtailable on 30 minutes' notice; the turbines ride its events

    Scenario: Taken flexible from its first day, the 150 MW moves no phase's ready date
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then phase one is ready on 2024-09-02 with the flexible tranche, and on 2024-09-02 with every tranche firm
      And phase two is ready on 2026-08-15 with the flexible tranche, and on 2026-08-15 with every tranche firm
      And phase two is not flagged by "Flexible tranches bring a phase forward"

    Scenario: Colossus 1's turbines ride every event TVA calls, so it loses no GPU-hours
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then each curtailment event cuts 100 MW from phase one, of which its batteries ride 0 MW
      And phase one's turbines ride every curtailment event
      And phase one loses 0 GPU-hours a year to curtailment
      And the planner reports "Colossus 1 leans on the 150 MW flexible grid tranche, curtailable with no firm date by TVA on 0.5 h notice: each event cuts 100 MW, ridden by generators 100 MW, batteries 0 MW and the workload 0 MW, 0 MW dropped; 22 events of 2 h (44 h a year) x 0 GPUs stopped = 0 GPU-hours a year."
      And phase one is not flagged by "Curtailment costs GPU-hours above the policy"

    Scenario: The doubling is ready only with the firm second substation, so no event reaches it
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then phase two is not curtailed

  Rule: The report names the utility limit that binds each phase and the margin to every other

    Scenario: Southern Company's ramp limit binds both phases; the band limit has all its margin left
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then phase one's binding utility limit is "a ramp of 0.333 MW/s over 1 min", with 96.6% to spare
      And phase one keeps 100% to spare under "20% of the swing's energy in 0.1-20 Hz"
      And phase two's binding utility limit is "a ramp of 0.333 MW/s over 1 min", with 96.6% to spare
      And phase two keeps 100% to spare under "20% of the swing's energy in 0.1-20 Hz"
