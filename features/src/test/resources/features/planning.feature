@planning @colossus
Feature: The planner proposes
  A planner asks the inverse of "does this plan pass?": what is the earliest date the doubling can be powered, with
  every rule passing? The scenario's decisions section says what may change: when the doubling's GPUs arrive, its
  Megapacks and turbines, and the power cap on each GPU model. The air permit is no lever: it stays at 15 turbines.
  The search judges every candidate with the real loader, models and rules, as planner evaluate would.

  Rule: The proposed plan passes every rule that the plan as written breaks

    Scenario: With the permit at 15 turbines, the doubling is powered soonest by deferring its GPUs and capping every GPU's power
      Given the Colossus scenario as published
      When the planner searches for the earliest plan
      Then the proposed plan passes every rule
      And the air permit still allows 15 turbines
      And the doubling's GPUs arrive 345 days later, on "2025-11-11"
      And every H100 is capped at 360 W, keeping 56% of its throughput
      And every H200 is capped at 350 W, keeping 55% of its throughput
      And the doubling is powered on "2025-11-11"
