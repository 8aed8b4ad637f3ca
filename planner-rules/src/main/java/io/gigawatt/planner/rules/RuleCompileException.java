package io.gigawatt.planner.rules;

import java.util.List;

/** Rule files that do not compile; each message names its file and line. */
public class RuleCompileException extends Exception {

    private final List<String> messages;

    public RuleCompileException(List<String> messages) {
        super(String.join("\n", messages));
        this.messages = List.copyOf(messages);
    }

    public List<String> messages() {
        return messages;
    }
}
