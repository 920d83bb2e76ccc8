package org.sverka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sverka.core.InputException;
import org.sverka.core.ParallelTable;

/**
 * Fuzzes the reviewer, not the zip: a valid review workbook is edited as a person or a script
 * could edit it (any text or number in any cell of any sheet, the hidden one included; sentence
 * ranges, huge ones too; merged regions; deleted rows), and the reader must answer with a clear
 * {@link InputException} or a table that keeps its promises: every sentence number in range, no
 * sentence in two rows, a review for every row. The raw-bytes target in
 * {@link ReviewWorkbookHostileTest} mostly stops at the zip layer; this one reaches the reader's
 * own logic. Run longer with {@code JAZZER_FUZZ=1 mvn test -pl modules/export
 * -Dtest='ReviewWorkbookEditFuzzTest#fuzzReviewerEdits'}.
 */
class ReviewWorkbookEditFuzzTest {
    private static byte[] story;

    /** Where the edits come from: the fuzzer's bytes, or a seeded random source. */
    interface Choices {
        int pick(int min, int max);

        String text(int maxLength);

        double number();
    }

    static synchronized byte[] story() throws IOException {
        if (story == null) {
            story = ReviewWorkbookTest.workbook(Tables.story());
        }
        return story;
    }

    static void edit(XSSFWorkbook wb, Choices in) {
        int edits = in.pick(1, 8);
        for (int i = 0; i < edits; i++) {
            Sheet s = wb.getSheetAt(in.pick(0, wb.getNumberOfSheets() - 1));
            int r = in.pick(0, s.getLastRowNum() + 2);
            int c = in.pick(0, 11);
            Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
            Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
            switch (in.pick(0, 6)) {
                case 0 -> cell.setCellValue(in.text(60));
                case 1 -> cell.setCellValue(in.number());
                case 2 -> cell.setCellValue(in.pick(-3, 3_000_000) + (in.pick(0, 1) == 0 ? "" : "-" + in.pick(-3, 3_000_000)));
                case 3 -> cell.setCellValue(in.pick(0, 9) + "," + in.pick(0, 9) + (in.pick(0, 1) == 0 ? "" : ";" + in.pick(0, 12)));
                case 4 -> {
                    try {
                        s.addMergedRegion(new CellRangeAddress(r, r + in.pick(0, 3), c, c + in.pick(0, 2)));
                    } catch (IllegalArgumentException | IllegalStateException overlapsOrSingle) {
                        // POI refuses overlapping or one-cell regions, as a spreadsheet would
                    }
                }
                case 5 -> s.removeRow(row);
                default -> cell.setCellValue(ReviewWorkbook.STATUSES.get(in.pick(0, 2)));
            }
        }
    }

    /** Reads the edited workbook: a clear refusal, or a table that keeps its promises. */
    static void check(byte[] xlsx) {
        ReviewedTable reviewed;
        try {
            reviewed = ReviewWorkbookReader.readReviewed(new ByteArrayInputStream(xlsx), "fuzz.xlsx", false);
        } catch (InputException refused) {
            assertTrue(refused.getMessage().startsWith("fuzz.xlsx: "), refused.getMessage());
            return;
        }
        ParallelTable t = reviewed.table();
        BitSet en = new BitSet();
        BitSet ru = new BitSet();
        for (ParallelTable.Row r : t.rows()) {
            claim(r.en(), en, t.englishSentences().size());
            claim(r.ru(), ru, t.russianSentences().size());
            assertTrue(reviewed.context().review(r).isPresent(), "a review for every row");
        }
    }

    private static void claim(List<Integer> ids, BitSet taken, int size) {
        for (int i : ids) {
            assertTrue(i >= 1 && i <= size, "sentence " + i + " out of 1.." + size);
            assertTrue(!taken.get(i), "sentence " + i + " in two rows");
            taken.set(i);
        }
    }

    static byte[] edited(Choices in) {
        try {
            return ReviewWorkbookTest.edit(story(), wb -> edit(wb, in));
        } catch (IOException | RuntimeException cannotWrite) {
            return null;   // POI could not write this edit (a text it cannot store): not the reader's business
        }
    }

    @FuzzTest(maxDuration = "60s")
    void fuzzReviewerEdits(FuzzedDataProvider data) {
        byte[] xlsx = edited(new Choices() {
            @Override
            public int pick(int min, int max) {
                return data.consumeInt(min, max);
            }

            @Override
            public String text(int maxLength) {
                return data.consumeString(maxLength);
            }

            @Override
            public double number() {
                return data.consumeDouble();
            }
        });
        if (xlsx != null) {
            check(xlsx);
        }
    }

    /** The same edits from a seeded source, so that every build tries them. */
    @Test
    void seededReviewerEdits() {
        Random rnd = new Random(2026);
        String[] texts = {"", "reject", "accept", "=1+1", "1-3000000", "_x0041_", "\u001B[2J", "3-2", "4,4", "bead", "en", "ru",
            "sverka review workbook", "99999999999999", "-1", "2.5", "Status", "English", "partial-en", "English-Only", "parital", "Kind"};
        int read = 0;
        for (int i = 0; i < 20; i++) {
            byte[] xlsx = edited(new Choices() {
                @Override
                public int pick(int min, int max) {
                    return min + (int) (rnd.nextDouble() * ((double) max - min + 1));
                }

                @Override
                public String text(int maxLength) {
                    return texts[rnd.nextInt(texts.length)];
                }

                @Override
                public double number() {
                    return rnd.nextInt(4) == 0 ? Double.NaN : rnd.nextDouble() * 20 - 2;
                }
            });
            if (xlsx != null) {
                check(xlsx);
                read++;
            }
        }
        assertEquals(20, read, "every seeded edit could be written, so every one was read");
    }
}
