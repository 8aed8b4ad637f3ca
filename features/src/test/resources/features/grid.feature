@grid @colossus
Feature: The grid carries part of each phase, generators carry the rest
  Memphis Light, Gas & Water and TVA raised the site's firm supply in steps: 8 MW from the factory's old
  connection, 50 MW from 1 August 2024, 150 MW once the new substation connects (around May 2025).
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
