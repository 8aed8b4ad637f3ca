@reports @colossus
Feature: The report stakeholders read
  Executives, the utility and permitting boards read one HTML page per scenario. It opens in any browser without a
  network and gives the verdict first, then every finding grouped by rule family with its rule and its numbers, then
  pictures: demand in MW against the supply stack (grid, generators, batteries), the timeline, cooling in tons against
  the rental market, the road to 1.2 GW, and the campus set against the 20 W a human brain draws. The text, Markdown
  and JSON reports carry the same figures in tables. Pages made by these scenarios are kept in
  features/target/feature-reports/ to look at.

  Rule: The page opens with the verdict, then the findings by rule family, then a chart for each part of the plan

    Scenario: The Colossus page
      Given the Colossus scenario as published
      When the planner writes the HTML report
      Then the page opens with "INFEASIBLE 3 errors, 14 warnings, 18 notes"
      And the page groups its findings under grid, generation, storage, cooling, timeline, targets and economics
      And the page draws demand against the supply stack, the timeline, cooling and the road to "1.2 GW campus"
      And the power swing section says "Training swing of Colossus 1, before and after"

  Rule: Every figure on the page is the figure of the JSON report

    Scenario: The Colossus page and its JSON report agree
      Given the Colossus scenario as published
      When the planner writes the HTML report
      Then every figure on the page equals the JSON report's

    Scenario: A changed scenario's page follows its own numbers
      Given the Colossus scenario as published
      And the 150 MW substation is connected on 2024-11-01
      When the planner writes the HTML report
      Then every figure on the page equals the JSON report's
      And the page shows a grid share of 42.3% for phase two

  Rule: The campus is set against the human brain, from the scenario's own numbers

    Scenario: The doubling draws as much as 17.7 million human brains
      Given the Colossus scenario as published
      When the planner writes the HTML report
      Then the page says "The 200,000 GPUs of Doubling draw 355 MW, as much as 17.7 million human brains (20 W each)"
      And the page says "takes 6.43 days on these 200,000 GPUs and uses 54.7 GWh at the facility"
      And the page says "1.2 GW campus: 1.2 GW, as much as 60 million brains"
