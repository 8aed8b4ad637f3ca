package io.gigawatt.planner.rules;

/**
 * One rule of the catalogue, as {@code planner rules list} shows it.
 *
 * @param family          the rule's {@code @family}, or null when it has none
 * @param severity        its {@code @severity}, or null when it has none or not one of ERROR, WARNING, INFO
 * @param doc             its {@code @doc}, or null
 * @param file            the rule file it comes from (a classpath path for the default pack)
 * @param replacesDefault whether it is a planner's rule that replaces the default rule of the same name
 * @param derivation      whether it derives facts for other rules ({@code @kind(derivation)}) rather than judging
 */
public record RuleInfo(String name, String family, Severity severity, String doc, String file,
                       boolean replacesDefault, boolean derivation) {
}
