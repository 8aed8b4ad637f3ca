@verdict @colossus
Feature: The verdict from the command line
  A planner runs "planner evaluate SCENARIO" and reads the report; scripts read the exit code:
  0 when the scenario is feasible, 3 when any rule finds an error, 2 when the file cannot be used.

  Rule: Any error makes the scenario infeasible; warnings do not

    Scenario: Colossus as published is infeasible
      Given the Colossus scenario as published
      When the planner evaluates the scenario from the command line
      Then the report ends with "Verdict: INFEASIBLE (3 errors, 14 warnings, 18 notes)"
      And the exit code is 3

    Scenario: With a larger permit and a smaller target, Colossus is feasible despite its warnings
      Given the Colossus scenario as published
      And the air permit allows 26 turbines and 430 MW
      And the target is 700,000 GPUs in 1.2 GW
      When the planner evaluates the scenario from the command line
      Then the report ends with "Verdict: FEASIBLE (0 errors, 12 warnings, 18 notes)"

  Rule: A file the planner cannot use is rejected with the line to fix

    Scenario: A mistyped turbine model
      Given the Colossus scenario as published
      And the generator model is mistyped as "smt-310"
      When the planner evaluates the scenario from the command line
      Then the exit code is 2
      And the error points at the line that names "smt-310" and suggests "smt-130"
