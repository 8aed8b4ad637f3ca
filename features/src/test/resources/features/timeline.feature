@timeline @colossus
Feature: Power arrives when the GPUs do, or the planner says how long it does not
  A phase can start on generators, but a site planner must know for how long: until the grid tranche that
  brings it to the policy's minimum grid share arrives. At Colossus the doubling (355 MW, 1 December 2024)
  started on a 50 MW grid; the 150 MW substation came around 15 May 2025.

  Rule: A phase below the minimum grid share is told how long it waits for the grid

    Scenario: The doubling leans on generators for 165 days
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then phase two gets a warning "Phase waits for the grid to reach the minimum share"
      And the planner reports "Doubling leans on on-site generation for 165 days: the grid reaches 20% of its 355 MW only on 2025-05-15, when 150 MW (42.3%) arrive."

    Scenario: With the substation connected by 1 November 2024, the doubling does not wait
      Given the Colossus scenario as published
      And the 150 MW substation is connected on 2024-11-01
      When the planner evaluates the scenario
      Then phase two is not flagged by "Phase waits for the grid to reach the minimum share"
