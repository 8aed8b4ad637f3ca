package io.gigawatt.planner.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that makes the named default rules fire and checks their sentence, family, severity and subject.
 * {@link DefaultPackTest} requires one for every judgement rule in the default pack (derivations make no finding).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Fires {
    String[] value();
}
