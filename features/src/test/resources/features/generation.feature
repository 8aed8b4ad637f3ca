@generation @colossus
Feature: On-site generation within the air permit
  Generators carry what the grid does not. Colossus used SMT-130 mobile gas turbines: 16.5 MW rated, about
  14.2 MW on a 35 °C Memphis summer day. The fleet keeps one spare (N+1) and enough more that the turbines
  needed run 99% of the time. Shelby County's air permit of 2 July 2025 allows 15 turbines and 247 MW rated.

  Rule: The fleet carries the phase's worst day at the design temperature, with spares

    Scenario: Phase one needs 12 turbines
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then phase one needs 12 turbines, 9 of them running, 198 MW rated
      And each turbine of phase one gives 14.2 MW on a 35 °C day
      And phase one gets a note "Generators carry the gap"

  Rule: The fleet may not exceed the air permit: neither its number of units nor its rated capacity

    Scenario: The doubling needs more turbines than the air permit allows
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then phase two needs 26 turbines, 22 of them running, 429 MW rated
      And phase two gets an error "Generator fleet above the air-permit unit cap"
      And phase two gets an error "Generator fleet above the air-permit capacity cap"

    Scenario: Phase one fits within the permit
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then phase one is not flagged by "Generator fleet above the air-permit unit cap"
      And phase one is not flagged by "Generator fleet above the air-permit capacity cap"

    Scenario: A permit for 26 turbines and 430 MW allows the doubling
      Given the Colossus scenario as published
      And the air permit allows 26 turbines and 430 MW
      When the planner evaluates the scenario
      Then phase two is not flagged by "Generator fleet above the air-permit unit cap"
      And phase two is not flagged by "Generator fleet above the air-permit capacity cap"

    Scenario Outline: One turbine or one megawatt short of the doubling's fleet is still over the permit
      Given the Colossus scenario as published
      And the air permit allows <turbines> turbines and <rated>
      When the planner evaluates the scenario
      Then phase two gets an error "<finding>"

      Examples:
        | turbines | rated  | finding                                          |
        | 25       | 430 MW | Generator fleet above the air-permit unit cap     |
        | 26       | 428 MW | Generator fleet above the air-permit capacity cap |
