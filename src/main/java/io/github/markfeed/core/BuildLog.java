package io.github.markfeed.core;

/**
 * Receiver of the core's log lines, so that the core does not depend on a build tool's logger.
 */
public interface BuildLog {

    void debug(String message);

    void info(String message);

    void warn(String message);

    /** A log that drops every line, for callers that do not need one. */
    BuildLog SILENT = new BuildLog() {
        @Override
        public void debug(String message) {}

        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}
    };
}
