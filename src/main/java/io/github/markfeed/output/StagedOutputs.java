package io.github.markfeed.output;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Output files written first to temporary files beside their targets, then moved into place
 * together, so that a failed build never leaves a truncated or half-updated feed. A target whose
 * bytes would not change is left alone, file time included.
 */
public final class StagedOutputs implements AutoCloseable {

    private final Path outputDirectory;
    private final Map<Path, Path> staged = new LinkedHashMap<>();

    public StagedOutputs(Path outputDirectory) {
        this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
    }

    /** Body of a write to one staged file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes one output to a temporary file.
     *
     * @param relativeName path of the target, relative to the output folder
     * @throws IllegalArgumentException when the name points outside the output folder
     */
    public void stage(String relativeName, Content content) throws IOException {
        Path target = target(relativeName);
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        Path replaced = staged.put(target, temporary);
        if (replaced != null) {
            Files.deleteIfExists(replaced);
        }
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8)) {
            content.writeTo(out);
        }
    }

    /** Returns the absolute target path for a name relative to the output folder. */
    public Path target(String relativeName) {
        Path target = outputDirectory.resolve(relativeName).normalize();
        if (!target.startsWith(outputDirectory) || target.equals(outputDirectory)) {
            throw new IllegalArgumentException("'" + relativeName + "' is not a file inside " + outputDirectory);
        }
        return target;
    }

    /**
     * Moves every staged file into place.
     *
     * @return the targets whose content changed
     */
    public List<Path> commit() throws IOException {
        List<Path> changed = new ArrayList<>();
        for (Map.Entry<Path, Path> entry : staged.entrySet()) {
            Path target = entry.getKey();
            Path temporary = entry.getValue();
            if (Files.isRegularFile(target) && sameBytes(target, temporary)) {
                Files.delete(temporary);
                continue;
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            changed.add(target);
        }
        staged.clear();
        return changed;
    }

    private static boolean sameBytes(Path first, Path second) throws IOException {
        if (Files.size(first) != Files.size(second)) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    /** Deletes the temporary files that were not committed. */
    @Override
    public void close() throws IOException {
        for (Path temporary : staged.values()) {
            Files.deleteIfExists(temporary);
        }
        staged.clear();
    }
}
