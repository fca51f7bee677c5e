package org.kinerja.organization;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kinerja.shared.Texts;

/**
 * An uploaded CSV file, read strictly: UTF-8 only (a BOM is allowed), comma or semicolon separated (Excel in an
 * Indonesian locale writes semicolons), a header row whose names are matched case-insensitively. Every cell is cleaned
 * by {@link Texts#clean(String)} (a cell of only spaces or zero-width characters is empty); a cell with a control
 * character is a problem of its row. Every problem with the file as a whole is raised as an
 * {@link ImportRejectedException}; the problems of single rows are collected in {@link #problems()}, to which the
 * importer adds its own.
 */
public final class CsvFile {

    private static final Pattern PARSER_LINE = Pattern.compile("line:? (\\d+)");

    /** One data row: its line in the file and its cleaned values. */
    public static final class Row {

        private final int line;
        private final String[] values;
        private final Map<String, Integer> index;

        private Row(int line, String[] values, Map<String, Integer> index) {
            this.line = line;
            this.values = values;
            this.index = index;
        }

        public int line() {
            return line;
        }

        /** The cleaned value of a column, "" when it is empty or the file has no such column. */
        public String get(String column) {
            Integer i = index.get(column);
            return i == null || i >= values.length || values[i] == null ? "" : values[i];
        }
    }

    private final List<String> columns;
    private final List<Row> rows;
    private final ImportProblems problems;

    private CsvFile(List<String> columns, List<Row> rows, ImportProblems problems) {
        this.columns = columns;
        this.rows = rows;
        this.problems = problems;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<String> columns() {
        return columns;
    }

    /** The problems found so far: rows whose number of values differs from the header's, cells with control characters. */
    public ImportProblems problems() {
        return problems;
    }

    /**
     * Reads a whole file or rejects it.
     *
     * @param what the file's name in messages, e.g. "tiket layanan"
     */
    public static CsvFile parse(byte[] content, List<String> requiredColumns, String what) {
        if (content == null || content.length == 0) {
            throw ImportRejectedException.ofFile("Berkas " + what + " kosong: tidak ada isi sama sekali.");
        }
        String text = decodeUtf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw ImportRejectedException.ofFile("Berkas " + what + " kosong: hanya berisi spasi atau baris kosong.");
        }
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(detectDelimiter(text))
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true)
                .setIgnoreHeaderCase(false)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames().stream().map(CsvFile::columnName).toList();
            checkHeader(header, requiredColumns, what);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (!header.get(i).isEmpty()) {
                    index.put(header.get(i), i);
                }
            }
            List<Row> rows = new ArrayList<>();
            ImportProblems problems = new ImportProblems();
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, record.getCharacterPosition());
                String[] values = record.values();
                boolean blank = true;
                for (int i = 0; i < values.length; i++) {
                    values[i] = Texts.clean(values[i]);
                    blank &= values[i] == null;
                }
                if (blank) {
                    continue;
                }
                if (values.length != header.size()) {
                    problems.add(line, null, "Baris ini berisi " + values.length + " kolom, padahal judul kolom berisi "
                            + header.size() + ". Periksa tanda pemisah dan tanda kutip.");
                }
                for (int i = 0; i < Math.min(values.length, header.size()); i++) {
                    String column = Texts.excerpt(header.get(i));
                    String problem = column.isEmpty() ? null : Texts.controlCharacterProblem("Kolom " + column, values[i], false);
                    if (problem != null) {
                        problems.add(line, column, problem);
                    }
                }
                rows.add(new Row(line, values, index));
            }
            if (rows.isEmpty()) {
                throw ImportRejectedException.ofFile("Berkas " + what + " kosong: hanya ada judul kolom, tanpa baris data.");
            }
            return new CsvFile(header, rows, problems);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ImportRejectedException.ofFile("Berkas " + what + " bukan CSV yang sah: ada tanda kutip yang tidak ditutup atau "
                    + "teks langsung setelah tanda kutip penutup" + near(e) + ". Periksa tanda kutip pada baris itu.");
        } catch (IllegalArgumentException e) {
            throw ImportRejectedException.ofFile("Judul kolom berkas " + what + " tidak sah: ada nama kolom yang kosong atau ganda.");
        }
    }

    private static String columnName(String raw) {
        String name = Texts.clean(raw);
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    private static void checkHeader(List<String> header, List<String> required, String what) {
        Map<String, Integer> seen = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (String name : header) {
            if (Texts.hasControlCharacters(name, false)) {
                problems.add(new ImportProblem(1, null, Texts.controlCharacterProblem("Judul kolom", name, false)));
            } else if (!name.isEmpty() && seen.merge(name, 1, Integer::sum) == 2) {
                problems.add(new ImportProblem(1, Texts.excerpt(name), "Kolom '" + Texts.excerpt(name)
                        + "' muncul lebih dari sekali pada judul kolom."));
            }
        }
        List<String> missing = required.stream().filter(c -> !seen.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(new ImportProblem(1, String.join(", ", missing), "Kolom wajib tidak ada: " + String.join(", ", missing)
                    + ". Judul kolom yang diharapkan: " + String.join(", ", required) + "."));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException("Judul kolom berkas " + what + " tidak lengkap atau tidak sah. Tidak ada data yang diubah.", problems);
        }
    }

    /**
     * Decodes strictly; a byte sequence that is not UTF-8 is reported with its line, and so is a NUL byte, which a
     * text file never holds (a UTF-16 file or a spreadsheet saved as is has them).
     */
    private static String decodeUtf8(byte[] content) {
        for (int i = 0; i < content.length; i++) {
            if (content[i] == 0) {
                throw notUtf8(content, i, "ada byte NUL (berkas UTF-16 atau berkas biner, misalnya .xlsx)");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(content, in.position(), "ada byte yang tidak sah");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static ImportRejectedException notUtf8(byte[] content, int offset, String what) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return new ImportRejectedException("Berkas bukan teks UTF-8.", List.of(new ImportProblem(line, null,
                "Berkas bukan teks UTF-8: " + what + " pada baris " + line + " (posisi byte " + offset
                        + "). Simpan ulang sebagai \"CSV UTF-8\" lalu unggah lagi.")));
    }

    private static char detectDelimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[64];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** " (sekitar baris N)" from the parser's message, which names the line in English. */
    private static String near(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher line = PARSER_LINE.matcher(String.valueOf(t.getMessage()));
            if (line.find()) {
                return " (sekitar baris " + line.group(1) + ")";
            }
        }
        return "";
    }
}
