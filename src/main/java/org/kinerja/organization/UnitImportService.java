package org.kinerja.organization;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kinerja.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports units from CSV (kode, nama, jenis, kode_induk), all or nothing. Units are matched by code and never
 * deleted: appraisals of past cycles refer to them. The tree must stay strict: an INSTANSI has no parent, a BIDANG
 * hangs under an INSTANSI and a SEKSI under a BIDANG, which also rules out loops.
 */
@Service
public class UnitImportService {

    static final String COL_CODE = "kode";
    static final String COL_NAME = "nama";
    static final String COL_TYPE = "jenis";
    static final String COL_PARENT = "kode_induk";
    static final List<String> REQUIRED_COLUMNS = List.of(COL_CODE, COL_NAME, COL_TYPE, COL_PARENT);
    private static final String WHAT = "unit";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    private final UnitRepository units;
    private final IdentitySync identitySync;
    private final ImportLock lock;
    private final TransactionTemplate tx;

    UnitImportService(UnitRepository units, IdentitySync identitySync, ImportLock lock, TransactionTemplate tx) {
        this.units = units;
        this.identitySync = identitySync;
        this.lock = lock;
        this.tx = tx;
    }

    public UnitImportReport importCsv(byte[] content) {
        return lock.exclusively(() -> tx.execute(status -> {
            lock.acrossNodes();
            return doImport(content);
        }));
    }

    private record Row(int line, String code, String name, UnitType type, String parentCode) {
    }

    private UnitImportReport doImport(byte[] content) {
        CsvFile csv = CsvFile.parse(content, REQUIRED_COLUMNS, WHAT);
        Map<String, Unit> existing = units.findAll().stream().collect(Collectors.toMap(Unit::getCode, Function.identity()));
        List<Row> rows = validate(csv, existing);
        int created = 0;
        int updated = 0;
        Map<String, Unit> byCode = new HashMap<>(existing);
        List<Row> ordered = rows.stream().sorted(Comparator.comparing(Row::type)).toList();
        for (Row row : ordered) {
            Unit parent = row.parentCode.isEmpty() ? null : byCode.get(row.parentCode);
            Unit unit = byCode.get(row.code);
            if (unit == null) {
                unit = units.save(new Unit(row.code, row.name, row.type, parent));
                byCode.put(row.code, unit);
                created++;
            } else if (unit.update(row.name, row.type, parent)) {
                updated++;
            }
        }
        units.flush();
        IdentitySyncReport identity = identitySync.sync();
        int unchanged = rows.size() - created - updated;
        String message = String.format(Locale.ROOT, "Impor unit selesai: %d baris; %d baru, %d diperbarui, %d tidak berubah.",
                rows.size(), created, updated, unchanged);
        return new UnitImportReport(rows.size(), created, updated, unchanged, identity, message);
    }

    private List<Row> validate(CsvFile csv, Map<String, Unit> existing) {
        ImportProblems problems = csv.problems();
        Map<String, Row> byCode = new LinkedHashMap<>();
        for (CsvFile.Row r : csv.rows()) {
            int line = r.line();
            String code = r.get(COL_CODE).toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                problems.add(new ImportProblem(line, COL_CODE, "Kode unit wajib diisi."));
            } else if (code.length() > 40 || !CODE.matcher(code).matches()) {
                problems.add(new ImportProblem(line, COL_CODE, "Kode unit '" + Texts.excerpt(r.get(COL_CODE))
                        + "' tidak sah: gunakan huruf, angka dan tanda hubung, paling banyak 40 karakter (contoh: DISDUKCAPIL-DAFDUK)."));
            } else if (byCode.containsKey(code)) {
                problems.add(new ImportProblem(line, COL_CODE, "Kode unit " + code + " ganda: sudah dipakai di baris " + byCode.get(code).line + "."));
            }
            String name = r.get(COL_NAME);
            if (name.isEmpty() || name.length() > 200) {
                problems.add(new ImportProblem(line, COL_NAME, "Nama unit wajib diisi, paling banyak 200 karakter."));
            }
            UnitType type = null;
            try {
                type = UnitType.valueOf(r.get(COL_TYPE).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new ImportProblem(line, COL_TYPE, "Jenis unit tidak dikenal: '" + Texts.excerpt(r.get(COL_TYPE))
                        + "'. Pilih INSTANSI, BIDANG atau SEKSI."));
            }
            if (!code.isEmpty() && !byCode.containsKey(code)) {
                byCode.put(code, new Row(line, code, name, type, r.get(COL_PARENT).toUpperCase(Locale.ROOT)));
            }
        }
        // Check the tree as it will be after the import: the file's rows over the units already stored.
        Map<String, UnitType> finalTypes = new HashMap<>();
        existing.forEach((code, unit) -> finalTypes.put(code, unit.getType()));
        byCode.forEach((code, row) -> finalTypes.put(code, row.type));
        for (Row row : byCode.values()) {
            if (row.type == null) {
                continue;
            }
            if (row.type.parentType() == null) {
                if (!row.parentCode.isEmpty()) {
                    problems.add(new ImportProblem(row.line, COL_PARENT, "Unit INSTANSI tidak boleh punya induk; kosongkan kode_induk."));
                }
            } else if (row.parentCode.isEmpty()) {
                problems.add(new ImportProblem(row.line, COL_PARENT, "Unit " + row.type + " wajib punya induk " + row.type.parentType() + "."));
            } else if (!finalTypes.containsKey(row.parentCode)) {
                problems.add(new ImportProblem(row.line, COL_PARENT, "Unit induk tidak dikenal: '" + Texts.excerpt(row.parentCode) + "'."));
            } else if (finalTypes.get(row.parentCode) != row.type.parentType()) {
                problems.add(new ImportProblem(row.line, COL_PARENT, "Induk unit " + row.type + " harus " + row.type.parentType()
                        + ", tetapi " + row.parentCode + " adalah " + finalTypes.get(row.parentCode) + "."));
            }
        }
        for (Unit unit : existing.values()) {
            Row changedParent = unit.getParent() == null ? null : byCode.get(unit.getParent().getCode());
            if (!byCode.containsKey(unit.getCode()) && changedParent != null && changedParent.type != null
                    && changedParent.type != unit.getType().parentType()) {
                problems.add(new ImportProblem(changedParent.line, COL_TYPE, "Unit " + changedParent.code + " tidak dapat menjadi "
                        + changedParent.type + ": unit " + unit.getCode() + " (" + unit.getType() + ") berada di bawahnya."));
            }
        }
        problems.throwIfAny(WHAT);
        return List.copyOf(byCode.values());
    }
}
