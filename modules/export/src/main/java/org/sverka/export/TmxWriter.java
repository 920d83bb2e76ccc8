package org.sverka.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sverka.core.Flag;
import org.sverka.core.ParallelTable;

/**
 * TMX 1.4b, a translation memory: a header naming sverka, the source language (English) and the
 * segmentation (sentence), then one {@code tu} per row with both sides, its {@code tuid} the bead
 * number, and its score, type ({@code x-bead-type}, {@code 1-1}), kind ({@code x-kind}, the
 * {@link org.sverka.core.BeadKind#label() label}: {@code translation}, {@code partial-en}…) and
 * flags ({@code x-flags}, as {@link Flag#format(java.util.List)} writes them) as {@code prop}s; a
 * partial bead whose span is known has {@code x-span}, the side and the characters of its text
 * that the other side renders ({@code ru:0..42}). Every {@code tuid} is unique: a row
 * without a bead number (added by a reviewer) or repeating one (a bead split into two rows) is
 * numbered after the highest bead number of the table. Characters that XML 1.0 cannot hold (ESC,
 * NUL and the other C0 controls but tab and line breaks), and DEL and the C1 controls that it can,
 * are left out of the segments (and of every {@code prop}).
 * A writer made with {@link #TmxWriter(Function)} adds to each {@code tu} where it came from:
 * {@code x-pair-id}, {@code x-en-source} and {@code x-ru-source} props (TMX 1.4b allows {@code prop}
 * in {@code tu}).
 * <pre>{@code
 * new TmxWriter().write(table, out);
 * new TmxWriter(row -> originOf.get(row.bead())).write(corpusTable, out);
 * }</pre>
 */
public final class TmxWriter implements TableWriter {
    /** The version written in {@code creationtoolversion}. */
    public static final String VERSION = "0.1.0";

    private final Function<ParallelTable.Row, RowOrigin> origins;

    /** A writer of translation units without their origin. */
    public TmxWriter() {
        this.origins = row -> null;
    }

    /**
     * @param origins the origin of a row, or null when unknown (then the {@code tu} has no origin props)
     */
    public TmxWriter(Function<ParallelTable.Row, RowOrigin> origins) {
        this.origins = java.util.Objects.requireNonNull(origins, "origins");
    }

    @Override
    public void write(ParallelTable table, OutputStream out) throws IOException {
        write(table, ExportContext.NONE, out);
    }

    /**
     * Writes the table; when the context holds a review, each {@code tu} also says what the
     * reviewer did ({@code x-review-status}, {@code x-review-note}), and a row the reviewer edited or
     * added carries no score and no flags of the aligner, which described other texts, but an
     * {@code x-review-change} prop saying so.
     */
    @Override
    public void write(ParallelTable table, ExportContext context, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(new NonClosingOutputStream(out), "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
            x.writeCharacters("\n");
            x.writeStartElement("tmx");
            x.writeAttribute("version", "1.4");
            x.writeCharacters("\n  ");
            x.writeStartElement("header");
            x.writeAttribute("creationtool", "sverka");
            x.writeAttribute("creationtoolversion", VERSION);
            x.writeAttribute("segtype", "sentence");
            x.writeAttribute("o-tmf", "sverka");
            x.writeAttribute("adminlang", "en");
            x.writeAttribute("srclang", "en");
            x.writeAttribute("datatype", "plaintext");
            prop(x, "x-english-source", table.englishSource(), "    ");
            prop(x, "x-russian-source", table.russianSource(), "    ");
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n  ");
            x.writeStartElement("body");
            int next = table.rows().stream().mapToInt(ParallelTable.Row::bead).max().orElse(0);
            Set<Integer> tuids = new HashSet<>();
            for (ParallelTable.Row r : table.matches()) {
                x.writeCharacters("\n    ");
                x.writeStartElement("tu");
                int tuid = r.bead() > 0 && tuids.add(r.bead()) ? r.bead() : ++next;
                tuids.add(tuid);
                x.writeAttribute("tuid", Integer.toString(tuid));
                Optional<RowReview> review = context.review(r);
                boolean aligners = review.map(v -> v.change().scoreStillApplies()).orElse(true);
                if (aligners) {
                    prop(x, "x-score", ScoreText.of(r.score(), 3), "      ");
                }
                prop(x, "x-bead-type", r.type(), "      ");
                prop(x, "x-kind", r.kind().label(), "      ");
                if (context.span(r).isPresent()) {
                    prop(x, "x-span", ExportContext.spanSide(r) + ":" + context.span(r).get(), "      ");
                }
                if (aligners && !r.flags().isEmpty()) {
                    prop(x, "x-flags", Flag.format(r.flags()), "      ");
                }
                RowOrigin origin = origins.apply(r);
                if (origin != null) {
                    prop(x, "x-pair-id", origin.pairId(), "      ");
                    prop(x, "x-en-source", origin.englishSource(), "      ");
                    prop(x, "x-ru-source", origin.russianSource(), "      ");
                }
                if (review.isPresent()) {
                    RowReview v = review.get();
                    prop(x, "x-review-status", v.status().isEmpty() ? "none" : v.status(), "      ");
                    if (v.change() == RowReview.Change.EDITED) {
                        prop(x, "x-review-change", "edited: the aligner's score and flags described the texts before the "
                                + "edit and were removed; align again to compute them", "      ");
                    } else if (v.change() == RowReview.Change.ADDED) {
                        prop(x, "x-review-change", "added by the reviewer: no score or flags from the aligner", "      ");
                    }
                    if (!r.note().isEmpty()) {
                        prop(x, "x-review-note", r.note(), "      ");
                    }
                }
                if (!r.note().isEmpty()) {
                    x.writeCharacters("\n      ");
                    x.writeStartElement("note");
                    x.writeCharacters(xmlSafe(r.note()));
                    x.writeEndElement();
                }
                tuv(x, "en", r.english());
                tuv(x, "ru", r.russian());
                x.writeCharacters("\n    ");
                x.writeEndElement();
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write TMX: " + e.getMessage(), e);
        }
    }

    private static void prop(XMLStreamWriter x, String type, String value, String indent) throws XMLStreamException {
        x.writeCharacters("\n" + indent);
        x.writeStartElement("prop");
        x.writeAttribute("type", type);
        x.writeCharacters(xmlSafe(value));
        x.writeEndElement();
    }

    private static void tuv(XMLStreamWriter x, String lang, String text) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeStartElement("tuv");
        x.writeAttribute("xml:lang", lang);
        x.writeStartElement("seg");
        x.writeCharacters(xmlSafe(text));
        x.writeEndElement();
        x.writeEndElement();
    }

    /**
     * @param s any text
     * @return the text without the characters XML 1.0 forbids, and without DEL and the C1 control
     *         characters, which it allows but which no translation memory needs
     */
    static String xmlSafe(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF && !ControlCharacters.isControl(c))
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (!ok && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            } else if (ok && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
