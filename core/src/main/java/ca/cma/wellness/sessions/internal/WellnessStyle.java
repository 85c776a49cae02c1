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
 * missing attribute. Generated classes carry no annotation of Immutables', so a consumer never
 * needs Immutables on its class path.
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
    // No auto-discovered annotations such as @org.immutables.value.Generated(from = ...) on the
    // generated classes: consumers compiling against them would be warned that its class file
    // is missing, since Immutables is compile-time only here.
    allowedClasspathAnnotations = {Override.class},
    throwForInvalidImmutableState = SessionValidationException.class)
public @interface WellnessStyle {}
