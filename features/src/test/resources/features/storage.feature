@storage @colossus
Feature: Batteries for training swings and turbine trips
  When 100,000 GPUs train together they swing between full power and idle within milliseconds; turbines
  cannot follow, and the largest turbine can trip at any moment. Tesla Megapack 2 XL batteries (about
  0.98 MW each) take the swing and the trip. When the scenario says what the GPUs run, the planner simulates it
  and needs only the Megapacks that keep the utility's limits; without it, they cover the whole swing or the
  largest trip, whichever is larger. Colossus 1 was reported with about 156 Megapacks.

  Rule: With a workload to simulate, the batteries are the fewest that hold the utility's limits and a trip

    Scenario: The simulated hour of Colossus 1 needs fewer Megapacks than the whole swing
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then phase one needs 37 Megapacks giving 36.3 MW, sized by the simulated trip of the largest generator
      And phase one gets a note "Swing held within the limits by batteries"
      And phase one is not flagged by "Batteries for swings and trips"

  Rule: Without a workload, the batteries cover the larger of the training swing and the largest turbine trip

    Scenario: At 100,000 GPUs the training swing sizes the batteries
      Given the Colossus scenario as published
      And its workload is left out
      When the planner evaluates the scenario
      Then phase one needs 59 Megapacks giving 57.8 MW, sized by the training swing
      And phase one gets a note "Batteries for swings and trips"

    Scenario: At 10,000 GPUs a turbine trip outweighs the swing
      Given the Colossus scenario as published
      And its workload is left out
      And phase one installs 10,000 H100 GPUs instead
      When the planner evaluates the scenario
      Then phase one needs 15 Megapacks giving 14.7 MW, sized by the largest generator trip
      And the largest turbine of phase one gives 14.2 MW when it trips
