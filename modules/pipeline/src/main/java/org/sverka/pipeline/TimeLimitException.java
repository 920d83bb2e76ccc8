package org.sverka.pipeline;

import org.sverka.core.InputException;

/**
 * A job that ran past its {@link Deadline}: an {@link InputException} (one line, naming
 * {@code --timeout}) that a corpus run retries on resume, since a larger limit may let it through.
 */
public final class TimeLimitException extends InputException {
    private static final long serialVersionUID = 1L;

    /**
     * @param source the input concerned
     * @param reason what took too long and the limit to raise
     */
    public TimeLimitException(String source, String reason) {
        super(source, reason);
    }
}
