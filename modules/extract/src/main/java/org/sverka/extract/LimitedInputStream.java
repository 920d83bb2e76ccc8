package org.sverka.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.io.input.ProxyInputStream;
import org.sverka.core.InputException;

/** An input stream that fails with a clear error once more than a set number of bytes is read. */
final class LimitedInputStream extends ProxyInputStream {
    private final long max;
    private final String source;
    private long read;
    private long mark;

    LimitedInputStream(InputStream in, long max, String source) {
        super(in);
        this.max = max;
        this.source = source;
    }

    @Override
    protected void afterRead(int n) throws IOException {
        if (n > 0) {
            count(n);
        }
    }

    @Override
    public synchronized void mark(int limit) {
        super.mark(limit);
        mark = read;
    }

    @Override
    public synchronized void reset() throws IOException {
        super.reset();
        read = mark;
    }

    private void count(int n) throws IOException {
        read += n;
        if (read > max) {
            throw new IOException(new InputException(source, "the input is over the limit of " + max + " bytes"));
        }
    }
}
