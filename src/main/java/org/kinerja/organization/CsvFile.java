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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file, read strictly: UTF-8 only (a BOM is allowed), comma or semicolon separated (Excel in an
 * Indonesian locale writes semicolons), a header row whose names are matched case-insensitively. Every problem with
 * the file as a whole is raised as an {@link ImportRejectedException}.
 */
public final class CsvFile {

    /** One data row: its line in the file and its values by lower-case column name. */
    public record Row(int line, Map<String, String> values) {

        public String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    private final List<String> columns;
    private final List<Row> rows;
    private final List<ImportProblem> shapeProblems;

    private CsvFile(List<String> columns, List<Row> rows, List<ImportProblem> shapeProblems) {
        this.columns = columns;
        this.rows = rows;
        this.shapeProblems = shapeProblems;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<String> columns() {
        return columns;
    }

    /** Rows whose number of values differs from the header's. */
    public List<ImportProblem> shapeProblems() {
        return shapeProblems;
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
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .setIgnoreHeaderCase(false)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
            checkHeader(header, requiredColumns, what);
            List<Row> rows = new ArrayList<>();
            List<ImportProblem> shape = new ArrayList<>();
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, record.getCharacterPosition());
                String[] values = record.values();
                if (Arrays.stream(values).allMatch(String::isBlank)) {
                    continue;
                }
                if (values.length != header.size()) {
                    shape.add(new ImportProblem(line, null, "Baris ini berisi " + values.length + " kolom, padahal judul kolom berisi "
                            + header.size() + ". Periksa tanda pemisah dan tanda kutip."));
                }
                Map<String, String> byName = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    if (!header.get(i).isEmpty()) {
                        byName.put(header.get(i), i < values.length ? values[i].trim() : "");
                    }
                }
                rows.add(new Row(line, byName));
            }
            if (rows.isEmpty()) {
                throw ImportRejectedException.ofFile("Berkas " + what + " kosong: hanya ada judul kolom, tanpa baris data.");
            }
            return new CsvFile(header, rows, shape);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw ImportRejectedException.ofFile("Berkas " + what + " bukan CSV yang sah: " + describe(e)
                    + ". Periksa tanda kutip yang tidak ditutup.");
        } catch (IllegalArgumentException e) {
            throw ImportRejectedException.ofFile("Judul kolom berkas " + what + " tidak sah: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkHeader(List<String> header, List<String> required, String what) {
        Map<String, Integer> seen = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (String name : header) {
            if (!name.isEmpty() && seen.merge(name, 1, Integer::sum) == 2) {
                problems.add(new ImportProblem(1, name, "Kolom '" + name + "' muncul lebih dari sekali pada judul kolom."));
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

    /** Decodes strictly; a byte sequence that is not UTF-8 is reported with its line. */
    private static String decodeUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new ImportRejectedException("Berkas bukan teks UTF-8.", List.of(new ImportProblem(line, null,
                    "Berkas bukan teks UTF-8: ada byte yang tidak sah pada baris " + line + " (posisi byte " + offset
                            + "). Simpan ulang sebagai \"CSV UTF-8\" lalu unggah lagi.")));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static char detectDelimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    private static String describe(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getMessage();
    }
}
