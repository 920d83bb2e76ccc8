package org.sverka.pipeline.corpus;

import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * ZSTD for Parquet pages straight through zstd-jni, at Parquet's default level (3). Parquet's own
 * codec factory goes through Hadoop's codec classes and builds a Hadoop {@code Configuration},
 * which needs the Hadoop client's shaded libraries (some 30 MB) on the class path; with this factory
 * and a plain Parquet configuration the corpus writer needs only the Hadoop client's API classes.
 * <pre>{@code
 * ExampleParquetWriter.builder(new LocalOutputFile(file)).withConf(new PlainParquetConfiguration())
 *         .withCodecFactory(new ZstdCodecFactory()).withCompressionCodec(CompressionCodecName.ZSTD).build();
 * }</pre>
 */
public final class ZstdCodecFactory implements CompressionCodecFactory {
    /** Parquet's default ZSTD level. */
    public static final int LEVEL = 3;

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        require(codec);
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                return BytesInput.from(Zstd.compress(bytes.toByteArray(), LEVEL));
            }

            @Override
            public CompressionCodecName getCodecName() {
                return CompressionCodecName.ZSTD;
            }

            @Override
            public void release() {
                // nothing is pooled
            }
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        require(codec);
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                return BytesInput.from(Zstd.decompress(bytes.toByteArray(), uncompressedSize));
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize) throws IOException {
                byte[] in = new byte[compressedSize];
                input.get(in);
                output.put(Zstd.decompress(in, uncompressedSize));
            }

            @Override
            public void release() {
                // nothing is pooled
            }
        };
    }

    @Override
    public void release() {
        // nothing is pooled
    }

    private static void require(CompressionCodecName codec) {
        if (codec != CompressionCodecName.ZSTD) {
            throw new IllegalArgumentException("this factory compresses with ZSTD only, not " + codec);
        }
    }
}
