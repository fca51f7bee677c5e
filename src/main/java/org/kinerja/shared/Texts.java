package org.kinerja.shared;

/**
 * Text that a person typed or uploaded, made fit to store: one rule for every door (imports, Kinerja's API, the
 * survey, the appraisal forms).
 *
 * <ul>
 *   <li>{@link #clean(String)} trims whitespace and invisible format characters (Unicode category Cf, e.g. the
 *       zero-width space U+200B or a byte-order mark) from both ends; a value made only of them is empty, i.e.
 *       {@code null}.</li>
 *   <li>{@link #controlCharacterProblem(String, String, boolean)} tells, in Bahasa Indonesia, why a text may not be
 *       stored: it holds a control character (Unicode Cc, e.g. NUL; tab and line breaks are allowed only in multi-line
 *       text) or half of a surrogate pair.</li>
 * </ul>
 *
 * <p>{@link #excerpt(String)} shortens a value that a message quotes back.
 *
 * <p>Typical use: {@code String name = Texts.clean(raw);} then refuse a {@code null} name where one is required, a
 * {@code controlCharacterProblem("Nama", name, false)} that is not {@code null}, and a name longer than its column.
 */
public final class Texts {

    /** How many characters {@link #excerpt(String)} keeps. */
    public static final int EXCERPT = 60;

    private Texts() {
    }

    /**
     * The text without leading and trailing whitespace and format characters, or {@code null} when nothing is left
     * (also for {@code null}). Characters inside the text are kept as they are.
     */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        int start = 0;
        int end = raw.length();
        while (start < end && invisible(raw.charAt(start))) {
            start++;
        }
        while (end > start && invisible(raw.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : raw.substring(start, end);
    }

    /**
     * Whether the text holds a character that is never stored: a control character (except tab, line feed and
     * carriage return when {@code multiLine}) or an unpaired surrogate. {@code null} has none.
     */
    public static boolean hasControlCharacters(String text, boolean multiLine) {
        return firstBadCharacter(text, multiLine) >= 0;
    }

    /**
     * Why the text may not be stored, e.g. {@code "Nama berisi karakter kendali atau karakter tidak sah (U+0000); …"}, or
     * {@code null} when it may.
     *
     * @param label what the text is, as the person knows it ("Nama unit", "Pengaduan")
     */
    public static String controlCharacterProblem(String label, String text, boolean multiLine) {
        int index = firstBadCharacter(text, multiLine);
        if (index < 0) {
            return null;
        }
        return label + " berisi karakter kendali atau karakter tidak sah (" + String.format("U+%04X", (int) text.charAt(index))
                + ")" + (multiLine ? "" : "; tab dan baris baru pun tidak boleh di sini") + ". Hapus karakter itu lalu kirim lagi.";
    }

    /**
     * The text as a message may quote it back: at most {@value #EXCERPT} characters, then "…", with control
     * characters shown as "?". {@code null} is "".
     */
    public static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String shown = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
        StringBuilder out = new StringBuilder(shown.length());
        shown.codePoints().forEach(c -> out.appendCodePoint(Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.SURROGATE ? '?' : c));
        return out.toString();
    }

    private static int firstBadCharacter(String text, boolean multiLine) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                if (!(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                    return i;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Spaces (also no-break and ideographic), tab and line breaks, and format characters; not other control characters. */
    private static boolean invisible(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT;
    }
}
