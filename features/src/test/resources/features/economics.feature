@economics @colossus
Feature: Waiting for the substation costs more than renting turbines
  GPUs that are installed but have no power or cooling earn nothing, and every day of waiting has a price. At
  Colossus the doubling's 100,000 new GPUs (1 December 2024) wait 622 days for the second substation: the air
  permit allows 14 turbines, too few for the gap. The planner values an idle GPU-hour at what the market pays to rent
  one (the scenario's economics section), and prices each remedy the timeline finds (turbines beyond the permit) by
  what it adds to the supply bill against what it saves in idle GPUs, both discounted to the build start. Every
  amount below is the planner's, from examples/colossus.yaml and the catalogue's prices (docs/prices.md).

  Rule: When a remedy ends the wait for less than the wait costs, the planner advises it

    Scenario: The doubling's wait costs $4.48 bn; 5 more turbines would cost $318 M and save $2.9 bn
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then phase two gets a note "Cost of waiting GPUs"
      And the planner reports "Doubling's 100,000 new GPUs wait 622 days, from 2024-12-01 to 2026-08-15, at $7.2 M a day: $4.48 bn in all, $4.01 bn at present value."
      And phase two gets a warning "Waiting costs more than the remedy that ends it sooner"
      And the planner reports "Doubling's GPUs wait 622 days at $7.2 M a day ($4.48 bn in all); 5 more smt-130 than the air permit allows (19 instead of 14), ready on 2025-05-15, would cost $318 M and save $2.9 bn at present value."

  Rule: When the remedy costs more than the wait saves, the planner does not advise it

    Scenario: With GPUs that rent for 10 cents an hour, more turbines are not worth their cost
      Given the Colossus scenario as published
      And the market pays only $0.10 an hour to rent an H100 or an H200
      When the planner evaluates the scenario
      Then phase two gets a note "Cost of waiting GPUs"
      And the planner reports "Doubling's 100,000 new GPUs wait 622 days, from 2024-12-01 to 2026-08-15, at $240,000 a day: $149 M in all, $134 M at present value."
      And phase two is not flagged by "Waiting costs more than the remedy that ends it sooner"

  Rule: Every phase's cost is stated, and power far dearer than the grid's is flagged

    Scenario: Colossus 1 pays $160 a MWh on turbines and rented equipment, nearly twice the grid's $83
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then the planner reports "Supplying Colossus 1 from 2024-09-02 to 2026-08-15 (712 days) costs $485 M ($447 M at present value): $681,079 a day, $160 per MWh, $0.28 per GPU-hour."
      And phase one gets a warning "Cost per MWh far above the grid's"
      And phase two is not flagged by "Cost per MWh far above the grid's"
