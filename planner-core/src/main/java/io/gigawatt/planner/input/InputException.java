package io.gigawatt.planner.input;

import java.util.List;
import java.util.stream.Collectors;

/** An input file (scenario, catalogue) that cannot be used; carries every problem found, in file order. */
public class InputException extends Exception {

    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an input exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
