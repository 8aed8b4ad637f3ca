@cooling @colossus
Feature: Cooling and the chiller rental market
  All the power the IT equipment draws ends as heat. Colossus rented air-cooled chillers (about 480 tons,
  1.7 MW of cooling each) and reportedly took about a quarter of the US mobile cooling fleet. Our estimate
  of the chillers for rent is 360 units; each phase adds a 10% margin to its heat.

  Rule: Each phase rejects its IT heat plus the margin

    Scenario: Phase one rejects 136 MW of heat
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then phase one rejects 136 MW of heat with 89 rented chillers
      And phase one gets a note "Cooling for a phase"

  Rule: Renting more than a quarter of the market is flagged: it leaves no slack for delays or other buyers

    Scenario: The doubling takes half the rental market
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then phase one rents 25% of the chillers for rent
      And phase two rents 49% of the chillers for rent
      And phase two gets a warning "Cooling takes a large share of the rental market"

    Scenario: Phase one, at a quarter of the market, is not flagged
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then phase one is not flagged by "Cooling takes a large share of the rental market"

  Rule: A phase that needs more chillers than the market holds cannot be cooled with rentals alone

    Scenario: In a market of 150 chillers the doubling cannot be cooled
      Given the Colossus scenario as published
      And the rental market holds about 150 chillers
      When the planner evaluates the scenario
      Then phase two gets an error "Cooling beyond the rental market"
      And the planner reports "Doubling needs 178 x rental-chiller-480 but the rental market holds about 150; 28 must be bought or the phase cooled otherwise."

    Scenario: A market of exactly the 178 chillers the doubling needs is enough, if tight
      Given the Colossus scenario as published
      And the rental market holds about 178 chillers
      When the planner evaluates the scenario
      Then phase two is not flagged by "Cooling beyond the rental market"
      And phase two gets a warning "Cooling takes a large share of the rental market"
