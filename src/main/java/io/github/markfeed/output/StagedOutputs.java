package io.github.markfeed.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Output files written first to temporary files beside their targets, then moved into place
 * together, so that a failed build never leaves a truncated or half-updated feed. A target whose
 * bytes would not change is left alone, file time included.
 */
public final class StagedOutputs implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

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
        try (Writer out = open(relativeName)) {
            content.writeTo(out);
        }
    }

    /**
     * Opens a temporary file for one output, for callers that write several outputs in one pass.
     * The caller closes the writer before {@link #commit()}.
     */
    public Writer open(String relativeName) throws IOException {
        Path temporary = newTemporary(relativeName);
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Stages a gzip copy of an output staged before, with a fixed header so the bytes never vary. */
    public void stageGzip(String sourceName, String gzipName) throws IOException {
        Path source = staged.get(target(sourceName));
        if (source == null) {
            throw new IllegalStateException(sourceName + " was not staged");
        }
        Path temporary = newTemporary(gzipName);
        // GZIPOutputStream writes no file name and a zero modification time.
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
            Files.copy(source, out);
        }
    }

    /** Gives a staged output another name before it is committed. */
    public void rename(String fromName, String toName) throws IOException {
        Path temporary = staged.remove(target(fromName));
        if (temporary == null) {
            throw new IllegalStateException(fromName + " was not staged");
        }
        Path target = target(toName);
        Files.createDirectories(target.getParent());
        Path moved = createTemporaryBeside(target);
        Files.move(temporary, moved, StandardCopyOption.REPLACE_EXISTING);
        Path replaced = staged.put(target, moved);
        if (replaced != null) {
            Files.deleteIfExists(replaced);
        }
    }

    private Path newTemporary(String relativeName) throws IOException {
        Path target = target(relativeName);
        Files.createDirectories(target.getParent());
        Path temporary = createTemporaryBeside(target);
        Path replaced = staged.put(target, temporary);
        if (replaced != null) {
            Files.deleteIfExists(replaced);
        }
        return temporary;
    }

    /**
     * Creates an empty hidden file next to the target. Unlike {@code Files.createTempFile}, which
     * makes files only their owner can read, this honours the umask, so that published files get
     * the same permissions as any other file the build writes.
     */
    private static Path createTemporaryBeside(Path target) throws IOException {
        while (true) {
            String name = "." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp";
            try {
                return Files.createFile(target.resolveSibling(name));
            } catch (FileAlreadyExistsException e) {
                // another name on the next round
            }
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
     * Returns each staged target with the temporary file that holds its content, in the order they
     * were staged, so that callers can check the outputs before {@link #commit()}.
     */
    public Map<Path, Path> staged() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(staged));
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
