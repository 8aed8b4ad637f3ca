package io.gigawatt.planner.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test whose scenario sits just on the quiet side of the named rules' thresholds and checks that they
 * stay silent. {@link DefaultPackTest} requires one for every judgement rule in the default pack that has a threshold.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface NearMiss {
    String[] value();
}
