package org.sverka.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration carried to the executors (Hadoop's own {@code Configuration}
 * is not serializable), so that they read the documents and write progress with the same file
 * system settings ({@code spark.hadoop.*}, credentials for {@code s3a://}) as the driver.
 * <pre>{@code
 * HadoopSettings settings = HadoopSettings.of(spark.sparkContext().hadoopConfiguration());
 * Configuration onExecutor = settings.configuration();
 * }</pre>
 */
public final class HadoopSettings implements Serializable {
    private static final long serialVersionUID = 1L;
    private final byte[] bytes;

    private HadoopSettings(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param conf the driver's configuration
     * @return its settings in serializable form
     */
    public static HadoopSettings of(Configuration conf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            conf.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HadoopSettings(out.toByteArray());
    }

    /** @return a new configuration holding the settings */
    public Configuration configuration() {
        Configuration conf = new Configuration(false);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            conf.readFields(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return conf;
    }
}
