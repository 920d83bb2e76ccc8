package org.sverka.export;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.sverka.core.InputException;

/**
 * Tells, before a workbook is parsed, the files a reviewer may send back instead of an XLSX
 * workbook, and refuses each with what to do: a password-protected workbook (an OLE2 container
 * holding {@code EncryptionInfo}), an Excel 97-2003 workbook ({@code .xls}: OLE2 holding
 * {@code Workbook} or {@code Book}), an OpenDocument spreadsheet ({@code .ods}: a zip whose first
 * entry is {@code mimetype}).
 * <pre>{@code
 * InputStream checked = WorkbookFileType.requireXlsx(in, "reviewed.xlsx");   // or an InputException
 * }</pre>
 */
final class WorkbookFileType {
    private static final int HEAD = 128;
    private static final String ODF_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.";

    private WorkbookFileType() {
    }

    /**
     * @param in     the file; read by the returned stream
     * @param source its name, for messages
     * @return a stream of the same bytes, to parse as XLSX
     * @throws InputException when the file is one of the kinds above
     * @throws IOException    when reading fails
     */
    static InputStream requireXlsx(InputStream in, String source) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in);
        b.mark(HEAD);
        byte[] head = b.readNBytes(HEAD);
        b.reset();
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        int odf = ascii.indexOf(ODF_MIMETYPE);
        if (odf >= 0) {
            boolean spreadsheet = ascii.startsWith("spreadsheet", odf + ODF_MIMETYPE.length());
            throw new InputException(source, spreadsheet ? "an OpenDocument spreadsheet; save it as .xlsx"
                    : "an OpenDocument file, not a workbook; open the review workbook and save it as .xlsx");
        }
        if (FileMagic.valueOf(head) == FileMagic.OLE2) {
            Set<String> entries;
            try (POIFSFileSystem fs = new POIFSFileSystem(b)) {
                DirectoryNode root = fs.getRoot();
                entries = root.getEntryNames();
            } catch (IOException | RuntimeException e) {
                throw new InputException(source, "cannot be read as a workbook: a damaged OLE2 (Office 97-2003) file", e);
            }
            if (entries.contains("EncryptionInfo") || entries.contains("EncryptedPackage")) {
                throw new InputException(source, "the workbook is password-protected; save it without a password");
            }
            if (entries.contains("Workbook") || entries.contains("WORKBOOK") || entries.contains("Book")) {
                throw new InputException(source, "an Excel 97-2003 workbook; save it as .xlsx");
            }
            throw new InputException(source, "an Office 97-2003 file, not a workbook; save the review workbook as .xlsx");
        }
        return b;
    }
}
