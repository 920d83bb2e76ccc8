package org.sverka.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.sverka.core.BeadKind;
import org.sverka.core.Flag;
import org.sverka.core.InputException;
import org.sverka.core.ParallelTable;
import org.sverka.core.TextSpan;

/** Bead kinds and typed flags through every format: written, edited in the workbook, read back, written again. */
class RoundTripTest {
    /** Flag values with spaces, a tab, quotes, separators, backslashes and a non-breaking space. */
    static final List<Flag> NASTY = List.of(
            new Flag(Flag.Kind.NUMBER, Flag.Side.RUSSIAN, "1 000"),
            new Flag(Flag.Kind.NUMBER, Flag.Side.ENGLISH, "1\u00A0000 km"),
            new Flag(Flag.Kind.NAME, Flag.Side.ENGLISH, "\"Kerry\" a\tb"),
            new Flag(Flag.Kind.NAME, Flag.Side.RUSSIAN, "x; y;z"),
            new Flag(Flag.Kind.NAME, Flag.Side.RUSSIAN, "C:\\dir\\; \\\\ it's"),
            new Flag(Flag.Kind.NEGATION, Flag.Side.RUSSIAN, "не"),
            new Flag(Flag.Kind.DATE, Flag.Side.ENGLISH, "Tuesday").asNote(),
            new Flag(Flag.Kind.NUMBER, Flag.Side.ENGLISH, "=1+1"),
            new Flag(Flag.Kind.NAME, Flag.Side.RUSSIAN, "Лавров; note:").asNote());

    /** The story with a bead of every kind, flags with hostile values on two rows, spans on the partial ones. */
    static ParallelTable everyKind() throws IOException {
        ParallelTable t = Tables.story();
        List<String> en = t.englishSentences();
        List<String> ru = t.russianSentences();
        BeadKind[] kinds = {BeadKind.TRANSLATION, BeadKind.PARTIAL_EN, BeadKind.PARTIAL_RU, BeadKind.PARAPHRASE, BeadKind.DATELINE};
        List<ParallelTable.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            List<Flag> flags = i == 1 ? NASTY : i == 4 ? NASTY.subList(2, 5) : List.of();
            rows.add(new ParallelTable.Row(i, List.of(i), en.get(i - 1), List.of(i), ru.get(i - 1), 0.5 + i / 20.0, flags, "",
                    kinds[i - 1]));
        }
        rows.add(new ParallelTable.Row(6, List.of(6), en.get(5), List.of(), "", 0, List.of(), ""));
        rows.add(new ParallelTable.Row(7, List.of(), "", List.of(6), ru.get(5), 0, List.of(), ""));
        for (int i = 7; i <= 9; i++) {
            rows.add(new ParallelTable.Row(i + 1, List.of(i), en.get(i - 1), List.of(i), ru.get(i - 1), 0.9, List.of(), ""));
        }
        return t.withRows(rows);
    }

    static ExportContext spans() {
        return ExportContext.NONE.withSpans(Map.of(2, new TextSpan(0, 10), 3, new TextSpan(4, 12)));
    }

    static byte[] write(TableWriter w, ParallelTable t, ExportContext c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(t, c, out);
        return out.toByteArray();
    }

    static ReviewedTable read(byte[] xlsx) {
        return ReviewWorkbookReader.readReviewed(new ByteArrayInputStream(xlsx), "reviewed.xlsx", false);
    }

    static List<BeadKind> kinds(ParallelTable t) {
        return t.rows().stream().map(ParallelTable.Row::kind).toList();
    }

    @Test
    void everyKindSurvivesTheWorkbookAnEditAndEveryFormatAfterIt() throws IOException {
        ParallelTable table = everyKind();
        assertEquals(List.of(BeadKind.values()), kinds(table).stream().distinct().toList(), "every kind is tried");
        byte[] xlsx = write(new ReviewWorkbookWriter(0.6), table, spans());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, String> summary = new java.util.HashMap<>();
            for (Row r : wb.getSheet(ReviewWorkbook.SUMMARY)) {
                summary.put(ReviewWorkbookReader.text(r, 0), ReviewWorkbookReader.text(r, 1));
            }
            assertEquals("4", summary.get("Beads translation"), "the Summary counts the beads of each kind");
            assertEquals("1", summary.get("Beads partial-en"));
            assertEquals("1", summary.get("Beads russian-only"));
        }
        ReviewedTable untouched = read(xlsx);
        assertEquals(kinds(table), kinds(untouched.table()));
        assertEquals(new TextSpan(0, 10), untouched.context().span(untouched.table().rows().get(1)).orElseThrow());
        assertEquals(new TextSpan(4, 12), untouched.context().span(untouched.table().rows().get(2)).orElseThrow());

        byte[] edited = ReviewWorkbookTest.edit(xlsx, wb -> {
            Sheet s = wb.getSheet(ReviewWorkbook.ALIGNMENT);
            ReviewWorkbookTest.rowOf(s, 4).getCell(ReviewWorkbook.KIND).setCellValue(" Partial-RU ");   // paraphrase -> partial-ru
            ReviewWorkbookTest.rowOf(s, 2).getCell(ReviewWorkbook.KIND).setCellValue("translation");    // partial-en -> translation
        });
        ReviewedTable back = read(edited);
        List<BeadKind> expected = new ArrayList<>(kinds(table));
        expected.set(3, BeadKind.PARTIAL_RU);
        expected.set(1, BeadKind.TRANSLATION);
        assertEquals(expected, kinds(back.table()));
        assertTrue(back.context().span(back.table().rows().get(1)).isEmpty(), "no span once the reviewer says it is a translation");
        assertTrue(back.context().span(back.table().rows().get(3)).isEmpty(), "no span the aligner never found");
        assertEquals(new TextSpan(4, 12), back.context().span(back.table().rows().get(2)).orElseThrow());

        List<TsvRow> tsv = TsvReader.read(new ByteArrayInputStream(write(new TsvWriter(), back.table(), back.context())), "r.tsv");
        assertEquals(expected, tsv.stream().map(TsvRow::kind).toList(), "TSV");

        List<TmxUnit> tmx = TmxReader.readUnits(new ByteArrayInputStream(write(new TmxWriter(), back.table(), back.context())), "r.tmx");
        assertEquals(expected.stream().filter(BeadKind::isMatch).toList(), tmx.stream().map(TmxUnit::kind).toList(), "TMX");
        assertEquals("en:4..12", tmx.get(2).props().get("x-span"));

        JsonNode json = new ObjectMapper().readTree(write(JsonWriter.document(), back.table(), back.context()));
        List<BeadKind> fromJson = new ArrayList<>();
        json.get("beads").forEach(b -> fromJson.add(BeadKind.parse(b.get("kind").asText())));
        assertEquals(expected, fromJson, "JSON");
        JsonNode span = json.get("beads").get(2).get("span");
        assertEquals("en", span.get("side").asText());
        assertEquals(4, span.get("start").asInt());
        assertEquals(12, span.get("end").asInt());
        assertTrue(json.get("beads").get(1).get("span") == null);

        String html = new String(write(new HtmlWriter(Highlighter.NONE), back.table(), back.context()), StandardCharsets.UTF_8);
        assertEquals(2, html.split("class=\"kind partial-ru\"", -1).length - 1 + html.split("class=\"kind partial-en\"", -1).length - 1,
                "two partial badges: the partial-ru bead and the one the reviewer made partial-ru");
        assertTrue(html.contains(">dateline</span>"));
        assertTrue(!html.contains("kind translation"), "a translation has no badge");
    }

    @Test
    void anUnknownKindIsRefusedWithSheetRowAndValue() throws IOException {
        byte[] bad = ReviewWorkbookTest.edit(write(new ReviewWorkbookWriter(0.6), everyKind(), spans()),
                wb -> ReviewWorkbookTest.rowOf(wb.getSheet(ReviewWorkbook.ALIGNMENT), 4).getCell(ReviewWorkbook.KIND).setCellValue("parital"));
        assertEquals("reviewed.xlsx: sheet Alignment, row 5: kind 'parital' is not one of translation, partial-en, partial-ru, "
                + "paraphrase, dateline, english-only, russian-only", assertThrows(InputException.class, () -> read(bad)).getMessage());
    }

    @Test
    void aTypedKindMustFitTheRowButAnUntouchedOneFollowsNewNumbers() throws IOException {
        byte[] xlsx = write(new ReviewWorkbookWriter(0.6), everyKind(), spans());
        byte[] typed = ReviewWorkbookTest.edit(xlsx,
                wb -> ReviewWorkbookTest.rowOf(wb.getSheet(ReviewWorkbook.ALIGNMENT), 6).getCell(ReviewWorkbook.KIND).setCellValue("translation"));
        assertEquals("reviewed.xlsx: sheet Alignment, row 7: kind 'translation' does not fit a row with English sentences only; "
                + "use english-only or leave the cell empty", assertThrows(InputException.class, () -> read(typed)).getMessage());
        byte[] renumbered = ReviewWorkbookTest.edit(xlsx, wb -> {
            Sheet s = wb.getSheet(ReviewWorkbook.ALIGNMENT);
            ReviewWorkbookTest.rowOf(s, 7).getCell(ReviewWorkbook.RU_NUMBERS).setCellValue("");   // bead 7 gives up Russian 6
            ReviewWorkbookTest.rowOf(s, 6).getCell(ReviewWorkbook.RU_NUMBERS).setCellValue("6");  // bead 6 takes it
        });
        List<BeadKind> kinds = kinds(read(renumbered).table());
        assertEquals(BeadKind.TRANSLATION, kinds.get(5), "english-only, left as written, follows the row's new shape");
    }

    @Test
    void aWorkbookWrittenBeforeKindsIsReadWithKindsFromTheShape() throws IOException {
        byte[] old = ReviewWorkbookTest.edit(write(new ReviewWorkbookWriter(0.6), everyKind(), spans()), wb -> {
            XSSFSheet s = wb.getSheet(ReviewWorkbook.ALIGNMENT);
            for (Row r : s) {
                if (r.getCell(ReviewWorkbook.KIND) != null) {
                    r.removeCell(r.getCell(ReviewWorkbook.KIND));
                }
            }
            s.shiftColumns(ReviewWorkbook.KIND + 1, ReviewWorkbook.NOTE, -1);
            for (Row r : wb.getSheet(ReviewWorkbook.DATA)) {
                for (int c : new int[] {5, 6}) {
                    if ("bead".equals(ReviewWorkbookReader.text(r, 0)) && r.getCell(c) != null) {
                        r.removeCell(r.getCell(c));
                    }
                }
            }
        });
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(old))) {
            Row head = wb.getSheet(ReviewWorkbook.ALIGNMENT).getRow(0);
            assertEquals("Flags", head.getCell(ReviewWorkbook.KIND).getStringCellValue(), "the old layout: Flags after Type");
        }
        ParallelTable back = read(old).table();
        List<BeadKind> byShape = everyKind().rows().stream().map(r -> BeadKind.byShape(r.en().size(), r.ru().size())).toList();
        assertEquals(byShape, kinds(back));
        assertEquals(NASTY, back.rows().get(0).flags(), "the other columns are still found by their headings");
    }

    @Test
    void flagsWithHostileValuesComeBackFromEveryFormat() throws IOException {
        ParallelTable table = everyKind();
        List<Flag> fourth = NASTY.subList(2, 5);
        ParallelTable fromWorkbook = read(write(new ReviewWorkbookWriter(0.6), table, ExportContext.NONE)).table();
        assertEquals(NASTY, fromWorkbook.rows().get(0).flags(), "workbook");
        assertEquals(fourth, fromWorkbook.rows().get(3).flags(), "workbook");

        List<TsvRow> tsv = TsvReader.read(new ByteArrayInputStream(write(new TsvWriter(), table, ExportContext.NONE)), "f.tsv");
        assertEquals(NASTY, tsv.get(0).flags(), "TSV");
        assertEquals(fourth, tsv.get(3).flags(), "TSV");

        List<TmxUnit> tmx = TmxReader.readUnits(new ByteArrayInputStream(write(new TmxWriter(), table, ExportContext.NONE)), "f.tmx");
        assertEquals(NASTY, tmx.get(0).flags(), "TMX");
        assertEquals(fourth, tmx.get(3).flags(), "TMX");

        for (JsonWriter json : List.of(JsonWriter.document(), JsonWriter.lines())) {
            String text = new String(write(json, table, ExportContext.NONE), StandardCharsets.UTF_8);
            JsonNode first = json == null ? null : text.startsWith("{\"bead\"")
                    ? new ObjectMapper().readTree(text.lines().findFirst().orElseThrow())
                    : new ObjectMapper().readTree(text).get("beads").get(0);
            List<Flag> flags = new ArrayList<>();
            first.get("flags").forEach(f -> flags.add(new Flag(Flag.Kind.valueOf(f.get("kind").asText().toUpperCase(java.util.Locale.ROOT)),
                    f.get("side").asText().equals("en") ? Flag.Side.ENGLISH : Flag.Side.RUSSIAN, f.get("value").asText(),
                    f.get("grade").asText().equals("note") ? Flag.Grade.NOTE : Flag.Grade.FLAG)));
            assertEquals(NASTY, flags, "JSON");
        }
        String html = new String(write(new HtmlWriter(Highlighter.NONE), table, ExportContext.NONE), StandardCharsets.UTF_8);
        assertTrue(html.contains("name only here: &quot;Kerry&quot; a\tb"), "HTML shows the value, escaped");
        assertTrue(html.contains("<span class=\"flag note\">name only here (note): Лавров; note:</span>"), "a note is shown apart in HTML");
        assertTrue(html.contains("<span class=\"flag\">negation only here: не</span>"), "a flag as a flag");
    }
}
