package io.gigawatt.planner.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An option's value among an enum's constants, typed as their lower-case names (in any case), as help lists them;
 * anything else is refused with the choices. The same words and message for every command's {@code --format}.
 */
abstract class Choice<E extends Enum<E>> implements ITypeConverter<E> {

    private final Class<E> type;

    Choice(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        for (E choice : type.getEnumConstants()) {
            if (choice.toString().equalsIgnoreCase(value)) {
                return choice;
            }
        }
        throw new TypeConversionException("expected one of " + Arrays.stream(type.getEnumConstants())
                .map(Object::toString).collect(Collectors.joining(", ")) + " but was '" + value + "'");
    }
}
