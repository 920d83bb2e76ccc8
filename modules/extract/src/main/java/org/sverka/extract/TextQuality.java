package org.sverka.extract;

/** Tells extracted text from binary data decoded as text. */
final class TextQuality {
    private TextQuality() {
    }

    /**
     * @param text extracted text
     * @return the share of characters that are control, unassigned, private-use or replacement characters
     */
    static double junkShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int junk = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r';
            if (control || c == '\uFFFD' || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE && !Character.isSurrogatePair(c, i + 1 < text.length() ? text.charAt(i + 1) : 'x')
                    && !(i > 0 && Character.isSurrogatePair(text.charAt(i - 1), c))) {
                junk++;
            }
        }
        return (double) junk / text.length();
    }
}
