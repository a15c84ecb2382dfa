package io.github.markfeed.core;

/**
 * Thrown when the build's surroundings keep the generator from doing its job correctly, such as
 * git dates asked for in a shallow clone. The message says how to fix it.
 */
public final class SetupException extends Exception {

    private static final long serialVersionUID = 1L;

    public SetupException(String message) {
        super(message);
    }
}
