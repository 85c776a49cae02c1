package ca.cma.wellness.sessions.internal;

import ca.cma.wellness.sessions.SessionValidationException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's one Immutables style, applied in {@code package-info.java}: package-private
 * generated classes behind public abstract types, strict builders, {@code addModerator} for
 * {@code moderators}, JDK collections only, and a {@link SessionValidationException} that names a
 * missing attribute.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    depluralize = true,
    jdkOnly = true,
    jacksonIntegration = false,
    privateNoargConstructor = false,
    defaults = @Value.Immutable(copy = true, prehash = false),
    throwForInvalidImmutableState = SessionValidationException.class)
public @interface WellnessStyle {}
