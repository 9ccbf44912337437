package dev.bindery.registry.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of storage failure a failed operation met, recognised in its cause chain: the disk is
 * full, the store is read-only, or it cannot be reached (or closed itself). A failure of none of
 * these kinds (a constraint, a bug) is not a storage failure.
 */
public enum StorageFailure {
    /** No space left: PostgreSQL's SQLSTATE 53100, {@code ENOSPC} or {@code EDQUOT} under H2 or the file journal. */
    FULL("the storage device is full"),
    /** A read-only database or file system (SQLSTATE 25006, H2 90097, {@code EROFS}, a directory that may not be written). */
    READ_ONLY("the storage is read-only"),
    /** The database cannot be reached, was shut down, or closed itself after a failed write. */
    UNAVAILABLE("the database cannot be reached");

    private final String reason;

    StorageFailure(String reason) {
        this.reason = reason;
    }

    /** The reason in a client's words; names storage, never SQL, paths or exception texts. */
    public String reason() {
        return reason;
    }

    /** The message a client is given for a request this failure stopped. */
    public String message() {
        return "Storage unavailable: " + reason + ", so the registry cannot store changes now; the request was "
                + "not completed. Reads keep working; retry the request later.";
    }

    /** The storage failure in this cause chain, if it holds one; the most specific kind wins. */
    public static Optional<StorageFailure> of(Throwable failure) {
        StorageFailure found = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            StorageFailure kind = kindOf(t);
            if (kind != null && (found == null || kind.ordinal() < found.ordinal())) {
                found = kind;
            }
        }
        return Optional.ofNullable(found);
    }

    private static StorageFailure kindOf(Throwable t) {
        if (t instanceof SQLException sql) {
            return ofSql(sql);
        }
        if (t instanceof IOException io) {
            return ofIo(io);
        }
        // H2's MVStore reports failed file writes with its own exception; the database then closes.
        return t.getClass().getName().equals("org.h2.mvstore.MVStoreException") ? UNAVAILABLE : null;
    }

    private static StorageFailure ofSql(SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.equals("53100")) { // disk_full
            return FULL;
        }
        if (state.equals("25006") || state.equals("90097")) { // read_only_sql_transaction; H2 DATABASE_IS_READ_ONLY
            return READ_ONLY;
        }
        if (state.startsWith("08")
                || state.startsWith("53")
                || state.startsWith("57P")
                || state.equals("58030")
                // H2: DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN, IO_EXCEPTION_1, IO_EXCEPTION_2
                || state.equals("90098")
                || state.equals("90121")
                || state.equals("90028")
                || state.equals("90031")) {
            return UNAVAILABLE;
        }
        return null;
    }

    private static StorageFailure ofIo(IOException io) {
        String message = io.getMessage() == null ? "" : io.getMessage().toLowerCase(Locale.ROOT);
        String reason = io instanceof FileSystemException fs && fs.getReason() != null
                ? fs.getReason().toLowerCase(Locale.ROOT)
                : message;
        if (reason.contains("no space left") || reason.contains("disk quota exceeded")) {
            return FULL;
        }
        if (reason.contains("read-only file system")
                || io instanceof AccessDeniedException
                || reason.contains("permission denied")) {
            return READ_ONLY;
        }
        if (reason.contains("input/output error")) {
            return UNAVAILABLE;
        }
        return null;
    }
}
