package org.sverka.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * One page of WCXB: its id, its page type and its ground truth, read from
 * {@code ground-truth/ID.json}; the HTML is read on demand from {@code html/ID.html.gz}.
 *
 * @param id          the file id, e.g. {@code "0001"}
 * @param pageType    {@code _internal.page_type.primary}, e.g. {@code "article"}
 * @param mainContent {@code ground_truth.main_content}
 * @param with        snippets a correct extraction keeps
 * @param without     snippets a correct extraction drops
 * @param title       {@code ground_truth.title}
 * @param author      {@code ground_truth.author}
 * @param published   {@code ground_truth.publish_date}
 * @param html        the path of the gzipped page
 */
public record WcxbPage(String id, String pageType, String mainContent, List<String> with, List<String> without,
                       String title, String author, String published, Path html) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param dir a folder in WCXB's layout
     * @param id  a page id
     * @return the page
     * @throws IOException when its ground truth cannot be read
     */
    public static WcxbPage read(Path dir, String id) throws IOException {
        JsonNode root = JSON.readTree(dir.resolve("ground-truth").resolve(id + ".json").toFile());
        JsonNode gt = root.path("ground_truth");
        return new WcxbPage(id, root.path("_internal").path("page_type").path("primary").asText("unknown"),
                gt.path("main_content").asText(""), strings(gt.path("with")), strings(gt.path("without")),
                gt.path("title").asText(""), gt.path("author").asText(""), gt.path("publish_date").asText(""),
                dir.resolve("html").resolve(id + ".html.gz"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (n.isTextual()) {
                out.add(n.asText());
            }
        }
        return out;
    }

    /**
     * @return the page's bytes, ungzipped
     * @throws IOException when the file cannot be read
     */
    public byte[] htmlBytes() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
            return in.readAllBytes();
        }
    }
}
