package org.sverka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.sverka.core.ParallelTable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** After review apply, TMX says what the reviewer did, drops what no longer applies, and numbers every tu apart. */
class ReviewedTmxTest {
    /** The props of each tu, by tuid, in file order. */
    static Map<String, Map<String, String>> props(Document d) {
        Map<String, Map<String, String>> out = new java.util.LinkedHashMap<>();
        NodeList tus = d.getElementsByTagName("tu");
        for (int i = 0; i < tus.getLength(); i++) {
            Element tu = (Element) tus.item(i);
            Map<String, String> p = new HashMap<>();
            NodeList ps = tu.getElementsByTagName("prop");
            for (int k = 0; k < ps.getLength(); k++) {
                p.put(((Element) ps.item(k)).getAttribute("type"), ps.item(k).getTextContent());
            }
            if (out.put(tu.getAttribute("tuid"), p) != null) {
                throw new AssertionError("tuid " + tu.getAttribute("tuid") + " twice");
            }
        }
        return out;
    }

    @Test
    void theReviewedStateIsWrittenNotTheAlignersOldOne() throws Exception {
        ParallelTable story = Tables.story();
        byte[] reviewed = ReviewWorkbookTest.edit(ReviewWorkbookTest.workbook(story), wb -> {
            Sheet s = wb.getSheet("Alignment");
            ReviewWorkbookTest.rowOf(s, 1).getCell(ReviewWorkbook.STATUS).setCellValue("accept");
            ReviewWorkbookTest.rowOf(s, 1).getCell(ReviewWorkbook.NOTE).setCellValue("checked against the wire copy");
            ReviewWorkbookTest.rowOf(s, 4).getCell(ReviewWorkbook.ENGLISH).setCellValue("The talks focused on a truce in Syria.");
            ReviewWorkbookTest.rowOf(s, 4).getCell(ReviewWorkbook.STATUS).setCellValue("unsure");
            ReviewWorkbookTest.rowOf(s, 8).getCell(ReviewWorkbook.STATUS).setCellValue("reject");
            Row added = s.createRow(s.getLastRowNum() + 1);
            added.createCell(ReviewWorkbook.EN_NUMBERS).setCellValue("8");
            added.createCell(ReviewWorkbook.ENGLISH).setCellValue("A better English rendering.");
            added.createCell(ReviewWorkbook.RU_NUMBERS).setCellValue("8");
            added.createCell(ReviewWorkbook.FLAGS).setCellValue("number-only-en:62");
        });
        ReviewedTable back = ReviewWorkbookReader.readReviewed(new ByteArrayInputStream(reviewed), "reviewed.xlsx", false);
        ByteArrayOutputStream tmx = new ByteArrayOutputStream();
        new TmxWriter().write(back.table(), back.context(), tmx);
        Map<String, Map<String, String>> tus = props(TmxWriterTest.parseValid(tmx.toByteArray()));
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "9", "10"), new ArrayList<>(tus.keySet()),
                "the added row is numbered after the last bead");
        Map<String, String> first = tus.get("1");
        assertEquals("accept", first.get("x-review-status"));
        assertEquals("checked against the wire copy", first.get("x-review-note"));
        assertEquals("0.550", first.get("x-score"), "an unchanged bead keeps the aligner's score");
        Map<String, String> edited = tus.get("4");
        assertEquals("unsure", edited.get("x-review-status"));
        assertNull(edited.get("x-score"), "no score of the old pairing");
        assertNull(edited.get("x-flags"), "no flags of the old texts");
        assertEquals("edited: the aligner's score and flags described the texts before the edit and were removed; "
                + "align again to compute them", edited.get("x-review-change"));
        Map<String, String> added = tus.get("10");
        assertNull(added.get("x-score"));
        assertNull(added.get("x-flags"), "flags a reviewer typed are not the aligner's");
        assertEquals("none", added.get("x-review-status"));
        assertEquals("added by the reviewer: no score or flags from the aligner", added.get("x-review-change"));
        assertEquals("none", tus.get("2").get("x-review-status"));
        assertEquals("0.600", tus.get("2").get("x-score"));
        assertFalse(tus.containsKey("8"), "the rejected bead is gone");
        assertEquals(RowReview.Change.ADDED, back.context().review(back.table().rows().get(8)).orElseThrow().change());
        assertEquals(List.of(), back.table().rows().get(3).flags(), "the edited row's stale flag is removed from the table too");
    }

    @Test
    void everyTuidIsUniqueEvenWithoutAReview() throws Exception {
        ParallelTable t = Tables.story();
        List<ParallelTable.Row> rows = new ArrayList<>(t.rows().subList(0, 3));
        ParallelTable.Row copy = t.rows().get(2);
        rows.add(new ParallelTable.Row(3, List.of(4), copy.english(), List.of(4), copy.russian(), 1.0, List.of(), ""));
        rows.add(new ParallelTable.Row(0, List.of(5), "added", List.of(5), "добавлено", 1.0, List.of(), ""));
        rows.add(new ParallelTable.Row(0, List.of(6), "added too", List.of(6), "тоже", 1.0, List.of(), ""));
        Set<String> ids = new HashSet<>(props(TmxWriterTest.parseValid(TmxWriterTest.write(t.withRows(rows)))).keySet());
        assertEquals(Set.of("1", "2", "3", "4", "5", "6"), ids);
    }
}
