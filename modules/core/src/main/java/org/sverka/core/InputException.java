package org.sverka.core;

import java.util.Objects;

/**
 * An input that sverka cannot use: a missing, empty, corrupt or unsupported file, or a document
 * in the wrong language. The command line prints {@link #getMessage()} as one line and exits 1.
 * <pre>{@code
 * throw new InputException("report.pdf", "the PDF is password-protected");
 * // message: "report.pdf: the PDF is password-protected"
 * }</pre>
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;

    /**
     * @param source the file or input concerned
     * @param reason what is wrong with it, in a short clause
     */
    public InputException(String source, String reason) {
        this(source, reason, null);
    }

    /**
     * @param source the file or input concerned
     * @param reason what is wrong with it, in a short clause
     * @param cause  the underlying exception, if any
     */
    public InputException(String source, String reason, Throwable cause) {
        super(Objects.requireNonNull(source) + ": " + oneLine(reason), cause);
        this.source = source;
    }

    /** @return the file or input concerned */
    public String source() {
        return source;
    }

    private static String oneLine(String s) {
        return s == null ? "unknown error" : s.replaceAll("\\s+", " ").strip();
    }
}
