package dev.skyloom.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises accelerator model names as providers spell them ("H100-80G-SXM5", "H100-MEGA",
 * "A100-80GB", "RTXPRO6000", "tpu-v5litepod-4") to a family shared across providers ("H100", "A100",
 * "RTX PRO 6000", "TPU v5e"), with vendor and kind. Rules are tried in order; the first match wins.
 * An unknown model keeps its own name (upper case) as family, vendor empty, kind GPU.
 */
public final class AcceleratorFamilies {
    private record Rule(Pattern pattern, String family, String vendor, AcceleratorKind kind) {}

    private static final List<Rule> RULES = new ArrayList<>();

    static {
        // Proprietary accelerators first: they are not GPUs.
        proprietary("aws\\s*trainium\\s*2", "Trainium2", "AWS");
        proprietary("aws\\s*trainium", "Trainium", "AWS");
        proprietary("aws\\s*inferentia\\s*2", "Inferentia2", "AWS");
        proprietary("aws\\s*inferentia", "Inferentia", "AWS");
        proprietary("qualcomm\\s*ai\\s*100.*", "Qualcomm AI 100", "Qualcomm");
        proprietary("tpu[-\\s]*v5\\s*lite\\s*pod.*|tpu[-\\s]*v5e.*", "TPU v5e", "Google");
        proprietary("tpu[-\\s]*v5p.*", "TPU v5p", "Google");
        proprietary("tpu[-\\s]*v6e.*", "TPU v6e", "Google");
        proprietary("tpu[-\\s]*v(\\d)(?![0-9a-z]).*", null, "Google");
        // NVIDIA data-centre GPUs; memory / form-factor suffixes do not change the family.
        gpu("gb300.*", "GB300", "NVIDIA");
        gpu("gb200.*", "GB200", "NVIDIA");
        gpu("gh200.*", "GH200", "NVIDIA");
        gpu("b300.*", "B300", "NVIDIA");
        gpu("b200.*", "B200", "NVIDIA");
        gpu("h200.*", "H200", "NVIDIA");
        gpu("h100.*", "H100", "NVIDIA");
        gpu("a100.*", "A100", "NVIDIA");
        gpu("a10g.*", "A10G", "NVIDIA");
        gpu("a10(?!\\d).*", "A10", "NVIDIA");
        gpu("a30(?!\\d).*", "A30", "NVIDIA");
        gpu("l40s.*", "L40S", "NVIDIA");
        gpu("l40(?!\\d).*", "L40", "NVIDIA");
        gpu("l4(?!\\d).*", "L4", "NVIDIA");
        gpu("v100.*", "V100", "NVIDIA");
        gpu("p100.*", "P100", "NVIDIA");
        gpu("p4(?!\\d).*", "P4", "NVIDIA");
        gpu("t4(?!\\d).*", "T4", "NVIDIA");
        gpu("k80.*", "K80", "NVIDIA");
        gpu("m60.*", "M60", "NVIDIA");
        gpu("(grid\\s*)?k520.*", "GRID K520", "NVIDIA");
        // Workstation GPUs: "RTX PRO 6000 96GB", "RTX-PRO-6000", "RTXPRO6000" are one family, and
        // "RTX-A6000", "RTXA6000", "A6000" another; "RTX6000" (Turing) and "RTX-6000-Ada" are distinct.
        gpu("rtx[-\\s]*pro[-\\s]*6000.*", "RTX PRO 6000", "NVIDIA");
        gpu("(rtx[-\\s]*)?a6000.*", "RTX A6000", "NVIDIA");
        gpu("(rtx[-\\s]*)?a4000.*", "RTX A4000", "NVIDIA");
        gpu("rtx[-\\s]*6000[-\\s]*ada.*", "RTX 6000 Ada", "NVIDIA");
        gpu("(quadro\\s*)?rtx[-\\s]*6000", "RTX 6000", "NVIDIA");
        gpu("rtx[-\\s]*3070.*", "RTX 3070", "NVIDIA");
        // AMD and others.
        gpu("(amd\\s*)?(instinct\\s*)?mi(\\d{2,3}x?).*", null, "AMD");
        gpu("(amd\\s*)?radeon\\s*pro\\s*v520.*", "Radeon Pro V520", "AMD");
        gpu("(arm\\s*)?mali[-\\s]*g78.*", "Mali-G78", "ARM");
    }

    private AcceleratorFamilies() {}

    private static void proprietary(String regex, String family, String vendor) {
        RULES.add(new Rule(
                Pattern.compile(regex, Pattern.CASE_INSENSITIVE), family, vendor, AcceleratorKind.PROPRIETARY));
    }

    private static void gpu(String regex, String family, String vendor) {
        RULES.add(new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), family, vendor, AcceleratorKind.GPU));
    }

    /** The accelerator for a model name as a provider spells it. */
    public static Accelerator of(String model) {
        String m = model.strip();
        for (Rule rule : RULES) {
            var matcher = rule.pattern.matcher(m);
            if (matcher.matches()) {
                String family = rule.family;
                if (family == null) {
                    family = rule.vendor.equals("Google")
                            ? "TPU v" + matcher.group(1)
                            : "MI" + matcher.group(3).toUpperCase(Locale.ROOT);
                }
                return new Accelerator(model, family, rule.vendor, rule.kind);
            }
        }
        return new Accelerator(model, m.toUpperCase(Locale.ROOT), "", AcceleratorKind.GPU);
    }

    /** The family a user's spelling means ("h100-sxm" → "H100"), for searches. */
    public static String familyOf(String modelOrFamily) {
        return of(modelOrFamily).family();
    }
}
