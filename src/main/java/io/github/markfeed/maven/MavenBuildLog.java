package io.github.markfeed.maven;

import io.github.markfeed.core.BuildLog;
import org.apache.maven.plugin.logging.Log;

/** Passes the core's log lines to Maven's log. */
final class MavenBuildLog implements BuildLog {

    private final Log log;

    MavenBuildLog(Log log) {
        this.log = log;
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }
}
