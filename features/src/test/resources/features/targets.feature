@targets @colossus
Feature: The 1.2 GW ambition
  xAI has spoken of a 1.2 GW campus for 1,000,000 GPUs. The planner sets the budget against the catalogue:
  the GPUs of the last phase (H100 and H200) draw 1.275 kW each, plus 7% for networking and storage, times a
  PUE of 1.2 for liquid-cooled halls. The 2027 date is our assumption; the ambition's date is not public.

  Rule: A target's power budget must cover its GPUs at the catalogue's facility power per GPU

    Scenario: 1.2 GW cannot run 1,000,000 GPUs
      Given the Colossus scenario as published
      When the planner evaluates the scenario
      Then the target implies 1.2 kW per GPU, but each GPU draws 1.64 kW
      And the target is unreachable: its budget carries about 733,000 GPUs
      And the target gets an error "Target power budget too small for its GPUs"

    Scenario: 1.2 GW runs 700,000 GPUs
      Given the Colossus scenario as published
      And the target is 700,000 GPUs in 1.2 GW
      When the planner evaluates the scenario
      Then the target is reachable
      And the target gets a note "Target within its power budget"
