@storage @swing @colossus
Feature: Power swings of synchronous training
  A training job computes and waits for its network together on every GPU, every few seconds, so the whole
  campus swings by tens of megawatts. Utilities limit how fast and how far the grid draw may move; turbines
  cannot follow such swings at all. The planner simulates an hour of the campus's jobs, judges the grid and
  turbine draw against those limits, and finds by search the fewest batteries that hold them.

  Rule: Batteries hold the swing within the utility's limits

    Scenario: 100,000 H100 swing by tens of megawatts, and Megapacks hold it
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then phase one swings by between 40 MW and 80 MW peak to trough
      And phase one keeps less than 20% of its swing's energy in the utility's band
      And phase one holds its swing with 37 Megapacks
      And phase one gets a note "Swing held within the limits by batteries"

  Rule: Without batteries the swing reaches the grid and the turbines

    Scenario: Switching the batteries off makes Colossus infeasible
      Given the Colossus scenario as published
      And battery dispatch is switched off
      When the planner evaluates the scenario
      Then phase one gets an error "Swing energy in the utility's critical band"
      And phase one gets an error "Generators cannot follow the training swing"
      And the scenario is infeasible
