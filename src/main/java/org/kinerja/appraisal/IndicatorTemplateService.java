package org.kinerja.appraisal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.scoring.Aspect;
import org.kinerja.scoring.Direction;
import org.kinerja.shared.Rejection;
import org.kinerja.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicator templates per position, kept by HR. Saving a template creates a new version; a cycle prefills its SKPs
 * from the newest version that existed when the cycle opened, so revisions apply to the next cycle only.
 */
@Service
@Transactional
public class IndicatorTemplateService {

    /** One indicator of a template, as HR submits it. */
    public record TemplateItem(String resultTitle, String name, String unit, BigDecimal target, Direction direction,
            BigDecimal weight, Aspect aspect, String perspective) {
    }

    /** A stored template version. */
    public record TemplateView(String position, int version, String createdBy, List<TemplateItem> items) {
    }

    /** Targets are stored as numeric(14, 4): below 10^10, 4 decimals. */
    private static final BigDecimal TARGET_LIMIT = BigDecimal.TEN.pow(10);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final IndicatorTemplateRepository templates;
    private final OrganizationDirectory organization;

    IndicatorTemplateService(IndicatorTemplateRepository templates, OrganizationDirectory organization) {
        this.templates = templates;
        this.organization = organization;
    }

    /**
     * Saves a new version of a position's template.
     *
     * @throws Rejection (400) naming every problem: unknown position, 1–30 indicators (as an SKP), texts required and within their
     *         columns, target &gt; 0 below 10^10 with at most 4 decimals, weights &gt; 0 up to 100 with at most 2
     *         decimals, totalling 100; nothing is stored then
     */
    public TemplateView saveNewVersion(String positionName, List<TemplateItem> items, String createdBy) {
        List<String> problems = new ArrayList<>();
        String position = Texts.clean(positionName);
        Long positionId = null;
        if (position == null) {
            problems.add("Jabatan (position) wajib diisi.");
        } else if (position.length() > 200 || Texts.hasControlCharacters(position, false)) {
            problems.add("Jabatan tidak dikenal: '" + Texts.excerpt(position) + "'.");
        } else {
            positionId = organization.positionId(position).orElse(null);
            if (positionId == null) {
                problems.add("Jabatan tidak dikenal: '" + Texts.excerpt(position) + "'. Jabatan dibuat melalui impor pegawai.");
            }
        }
        List<IndicatorTemplate.Item> checked = new ArrayList<>();
        if (items == null || items.isEmpty() || items.size() > IndicatorRow.MAX_INDICATORS) {
            problems.add("Templat harus berisi 1–" + IndicatorRow.MAX_INDICATORS + " indikator (items), sama seperti SKP.");
        } else {
            BigDecimal total = BigDecimal.ZERO;
            boolean weightsValid = true;
            for (int i = 0; i < items.size(); i++) {
                TemplateItem item = items.get(i);
                String p = "Indikator " + (i + 1) + ": ";
                if (item == null) {
                    problems.add(p + "kosong (null); isi RHK, nama, satuan, target, arah, bobot dan aspek.");
                    continue;
                }
                String resultTitle = text(problems, p + "RHK (resultTitle)", item.resultTitle(), 300, true);
                String name = text(problems, p + "nama indikator (name)", item.name(), 300, true);
                String unit = text(problems, p + "satuan (unit)", item.unit(), 60, true);
                String perspective = text(problems, p + "perspektif (perspective)", item.perspective(), 100, false);
                boolean targetValid = number(problems, p + "target", item.target(), TARGET_LIMIT, false, 4);
                if (item.direction() == null) {
                    problems.add(p + "arah (direction) wajib diisi: HIGHER_IS_BETTER atau LOWER_IS_BETTER.");
                }
                if (item.aspect() == null) {
                    problems.add(p + "aspek (aspect) wajib diisi: KUANTITAS, KUALITAS, WAKTU atau BIAYA.");
                }
                if (number(problems, p + "bobot (weight)", item.weight(), HUNDRED, true, 2)) {
                    total = total.add(item.weight());
                } else {
                    weightsValid = false;
                }
                if (targetValid) {
                    checked.add(new IndicatorTemplate.Item(resultTitle, name, unit, item.target(), item.direction(), item.weight(),
                            item.aspect(), perspective));
                }
            }
            if (weightsValid && total.compareTo(HUNDRED) != 0) {
                problems.add("Jumlah bobot harus 100, sekarang " + total.stripTrailingZeros().toPlainString() + ".");
            }
        }
        if (!problems.isEmpty()) {
            throw new Rejection(Rejection.Kind.INVALID, "Templat ditolak: " + String.join(" ", problems), problems);
        }
        int version = templates.findFirstByPositionIdOrderByVersionDesc(positionId).map(t -> t.getVersion() + 1).orElse(1);
        IndicatorTemplate saved = templates.save(new IndicatorTemplate(positionId, version, createdBy, checked));
        return view(position, saved);
    }

    @Transactional(readOnly = true)
    public List<TemplateView> versions(String positionName) {
        String position = Texts.clean(positionName);
        if (position == null) {
            throw Rejection.invalid("Parameter 'position' (jabatan) wajib diisi.");
        }
        long positionId = (position.length() > 200 ? Optional.<Long>empty() : organization.positionId(position))
                .orElseThrow(() -> Rejection.notFound("Jabatan tidak dikenal: '" + Texts.excerpt(position) + "'."));
        return templates.findByPositionIdOrderByVersionDesc(positionId).stream().map(t -> view(position, t)).toList();
    }

    public boolean hasAny() {
        return templates.count() > 0;
    }

    private static TemplateView view(String position, IndicatorTemplate t) {
        return new TemplateView(position, t.getVersion(), t.getCreatedBy(), t.getItems().stream()
                .map(i -> new TemplateItem(i.resultTitle(), i.name(), i.unit(), i.target(), i.direction(), i.weight(), i.aspect(),
                        i.perspective()))
                .toList());
    }

    /** The cleaned text, or null after adding why it is missing, too long or holds a control character. */
    private static String text(List<String> problems, String label, String raw, int max, boolean required) {
        String text = Texts.clean(raw);
        if (text == null) {
            if (required) {
                problems.add(label + " wajib diisi.");
            }
            return null;
        }
        if (text.length() > max) {
            problems.add(label + " terlalu panjang: " + text.length() + " karakter, paling banyak " + max + ".");
            return null;
        }
        String control = Texts.controlCharacterProblem(label, text, false);
        if (control != null) {
            problems.add(control);
            return null;
        }
        return text;
    }

    /**
     * Whether a number is present, above 0, below (or up to, when {@code inclusive}) the limit, with at most
     * {@code decimals} decimals; adds why not. The stored columns hold exactly these numbers, so nothing is rounded.
     */
    private static boolean number(List<String> problems, String label, BigDecimal value, BigDecimal limit, boolean inclusive,
            int decimals) {
        if (value == null) {
            problems.add(label + " wajib diisi.");
        } else if (value.signum() <= 0) {
            problems.add(label + " harus lebih dari 0.");
        } else if (inclusive ? value.compareTo(limit) > 0 : value.compareTo(limit) >= 0) {
            problems.add(label + (inclusive ? " paling besar " : " harus kurang dari ") + NumberFormat.getIntegerInstance(Locale.forLanguageTag("id")).format(limit) + ".");
        } else if (value.stripTrailingZeros().scale() > decimals) {
            problems.add(label + " paling banyak " + decimals + " angka di belakang koma.");
        } else {
            return true;
        }
        return false;
    }
}
