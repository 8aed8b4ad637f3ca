@siting @colossus
Feature: Siting: which candidate site gets the campus to power first
  Colossus went where an existing factory already had a building, a substation nearby and room for generators;
  choosing the site decided most of the race. The planner takes one build plan (100,000 H100 by 2 September 2024,
  a doubling to 200,000 by 1 December, 1.2 GW later) and asks each candidate site on which day it first carries
  each phase at full load: its halls ready, its grid on that day, and the turbines its air permit, gas and land
  allow for the rest. The site that carries phase one first ranks first.

  Background:
    Given the Colossus build plan
    And the candidate sites "Former Electrolux factory" and "Stateline industrial park"

  Rule: The site that carries phase one first wins the race

    Scenario: The existing factory beats the greenfield by ten months
      When the planner compares the sites
      Then "Former Electrolux factory" ranks first
      And "Former Electrolux factory" carries phase one from 2024-08-01, waiting for "the 50 MW grid tranche of 2024-08-01"
      And "Stateline industrial park" carries phase one from 2025-06-01, waiting for "its new halls (ready 2025-06-01)"
      And the planner explains:
        """
        Former Electrolux factory ranks first: it carries Colossus 1 (177 MW) from 2024-08-01, 32 days early,
        waiting only for the 50 MW grid tranche of 2024-08-01; then 50 MW of grid and 12 x smt-130 carry it.
        Stateline industrial park, the next site, carries it only from 2025-06-01, 304 days later, waiting for its
        new halls (ready 2025-06-01). Former Electrolux factory has an existing building, ready 2024-06-01;
        Stateline industrial park builds new halls, ready 2025-06-01.
        """

    Scenario: A substation a year late hands the race to the greenfield
      Given the grid tranches of "Former Electrolux factory" come 12 months later
      When the planner compares the sites
      Then "Stateline industrial park" ranks first
      And "Former Electrolux factory" carries phase one from 2025-08-01, waiting for "the 50 MW grid tranche of 2025-08-01"

    Scenario: Nine months late, the factory still wins
      Given the grid tranches of "Former Electrolux factory" come 9 months later
      When the planner compares the sites
      Then "Former Electrolux factory" ranks first
      And "Former Electrolux factory" carries phase one from 2025-05-01, waiting for "the 50 MW grid tranche of 2025-05-01"

  Rule: A site must hold what the plan asks of it, with a margin

    Scenario: The factory's air permit is too small for the doubling
      When the planner compares the sites
      Then at "Former Electrolux factory" phase two gets an error "Air permit caps below the fleet"
      And at "Stateline industrial park" phase two is not flagged by "Air permit caps below the fleet"

    Scenario: A site without the water for its cooling never carries the phase
      Given "Stateline industrial park" can draw 600 m3 of water a day
      When the planner compares the sites
      Then at "Stateline industrial park" phase one gets an error "Water supply short of the cooling's daily use"
      And "Stateline industrial park" never carries phase one
      And "Former Electrolux factory" ranks first

    Scenario: Water for the cooling and 10% more is enough
      Given "Stateline industrial park" can draw 721 m3 of water a day
      When the planner compares the sites
      Then at "Stateline industrial park" phase one is not flagged by "Water supply short of the cooling's daily use"
