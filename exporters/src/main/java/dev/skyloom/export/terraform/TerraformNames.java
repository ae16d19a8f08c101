package dev.skyloom.export.terraform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Deterministic names for generated Terraform. Labels come from stable component ids (never from
 * display names), sanitised to {@code [a-z_][a-z0-9_]*}; ids whose sanitised forms collide all get a
 * short SHA-256 suffix of their id, so the result does not depend on document order. Cloud names
 * follow each provider's rules and end with a deterministic hash suffix.
 */
public final class TerraformNames {
    static final int MAX_LABEL = 48;
    private static final Set<String> RESERVED =
            Set.of("source", "version", "providers", "count", "for_each", "lifecycle", "depends_on", "locals");

    private TerraformNames() {}

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });

    /** First {@code hexChars} hex digits of SHA-256(text). */
    public static String shortHash(String text, int hexChars) {
        MessageDigest md = SHA256.get();
        md.reset();
        byte[] d = md.digest(text.getBytes(StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder(hexChars + 1);
        for (int i = 0; sb.length() < hexChars; i++) {
            sb.append(Character.forDigit((d[i] >> 4) & 0xf, 16));
            sb.append(Character.forDigit(d[i] & 0xf, 16));
        }
        return sb.substring(0, hexChars);
    }

    /** Lower-case ASCII fold: NFKD, combining marks removed. */
    static String fold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT); // ASCII is its own NFKD form and has no combining marks
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@code [a-z0-9]} runs of the folded text joined by {@code sep}. */
    static String slug(String s, char sep) {
        String f = fold(s);
        StringBuilder sb = new StringBuilder(f.length());
        boolean pending = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pending && sb.length() > 0) {
                    sb.append(sep);
                }
                sb.append(c);
                pending = false;
            } else {
                pending = true;
            }
        }
        return sb.toString();
    }

    /** The sanitised base label of one id, before collision handling. */
    static String baseLabel(String id) {
        String base = slug(id, '_');
        if (base.isEmpty()) {
            base = "r_" + shortHash(id, 8);
        } else if (!(base.charAt(0) >= 'a' && base.charAt(0) <= 'z')) {
            base = "r_" + base;
        }
        if (RESERVED.contains(base)) {
            base = base + "_r";
        }
        if (base.length() > MAX_LABEL) {
            base = trimTrailing(base.substring(0, MAX_LABEL - 9), '_') + "_" + shortHash(id, 8);
        }
        return base;
    }

    /**
     * Labels for ids: unique, valid, and stable (an id keeps its label as long as no other id sanitises
     * to the same text).
     */
    public static Map<String, String> labels(Collection<String> ids, Set<String> reserved) {
        Map<String, Integer> counts = new HashMap<>(ids.size() * 2);
        Map<String, String> bases = new LinkedHashMap<>(ids.size() * 2);
        for (String id : ids) {
            String base = baseLabel(id);
            bases.put(id, base);
            counts.merge(base, 1, Integer::sum);
        }
        Set<String> taken = new HashSet<>(ids.size() * 2);
        taken.addAll(reserved);
        Map<String, String> result = new LinkedHashMap<>(ids.size() * 2);
        // first pass: clean names for unambiguous ids, so later hashed names cannot steal them
        for (Map.Entry<String, String> e : bases.entrySet()) {
            if (counts.get(e.getValue()) == 1 && !reserved.contains(e.getValue())) {
                result.put(e.getKey(), e.getValue());
                taken.add(e.getValue());
            }
        }
        for (Map.Entry<String, String> e : bases.entrySet()) {
            if (result.containsKey(e.getKey())) {
                continue;
            }
            String name;
            int digits = 6;
            do {
                name = trimTrailing(
                                e.getValue().substring(0, Math.min(e.getValue().length(), MAX_LABEL)), '_') + "_"
                        + shortHash(e.getKey(), digits);
                digits += 2;
            } while (taken.contains(name));
            taken.add(name);
            result.put(e.getKey(), name);
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String id : ids) {
            ordered.put(id, result.get(id));
        }
        return ordered;
    }

    private static String trimTrailing(String s, char c) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == c) {
            end--;
        }
        return s.substring(0, end);
    }

    /** A DNS-style head of at most {@code max} characters: {@code [a-z0-9-]}, no leading/trailing hyphen. */
    static String dnsHead(String text, int max) {
        String s = slug(text, '-');
        if (s.length() > max) {
            s = trimTrailing(s.substring(0, max), '-');
        }
        return s;
    }

    /** S3 bucket name: 3-63 chars of {@code [a-z0-9-]}, no reserved prefix/suffix, unique via a hash of the id. */
    public static String s3Bucket(String designName, String componentId) {
        String suffix = shortHash(designName + "/" + componentId, 8);
        String head = dnsHead(designName + "-" + componentId, 63 - 1 - suffix.length());
        for (String reserved : List.of("xn--", "sthree-", "amzn-s3-demo-")) {
            if (head.startsWith(reserved)) {
                head = dnsHead("b-" + head, 63 - 1 - suffix.length());
            }
        }
        return head.isEmpty() ? "b-" + suffix : head + "-" + suffix;
    }

    /** GCS bucket name: the S3 rules plus no "goog" prefix and no "google" anywhere. */
    public static String gcsBucket(String designName, String componentId) {
        String b = s3Bucket(designName, componentId);
        while (b.contains("google") || b.contains("g00gle")) {
            b = b.replace("google", "ggl").replace("g00gle", "ggl");
        }
        return b.startsWith("goog") ? "b-" + b.substring(0, Math.min(b.length(), 61)) : b;
    }

    /** Azure storage account: 3-24 lower-case letters and digits, globally unique. */
    public static String azureStorageAccount(String designName, String componentId) {
        String suffix = shortHash(designName + "/" + componentId, 8);
        String head = "st" + slug(designName + componentId, '_').replace("_", "");
        head = head.substring(0, Math.min(head.length(), 24 - suffix.length()));
        return head + suffix;
    }

    /** A name for GCE/OCI/Azure resources: RFC 1035 label of at most {@code max} chars, starting with a letter. */
    public static String resourceName(String designName, String componentId, int max) {
        String suffix = shortHash(designName + "/" + componentId, 6);
        String head = dnsHead(componentId, max - 1 - suffix.length() - 2);
        if (head.isEmpty() || !(head.charAt(0) >= 'a' && head.charAt(0) <= 'z')) {
            head = dnsHead("r-" + head, max - 1 - suffix.length());
        }
        return head + "-" + suffix;
    }

    /** A GCP label value: lower-case letters, digits, '_' and '-', at most 63 chars. */
    public static String gcpLabelValue(String s) {
        String folded = fold(s);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < folded.length() && sb.length() < 63; i++) {
            char c = folded.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            sb.append(ok ? c : '_');
        }
        return sb.toString();
    }

    /** A tag value for AWS/Azure/OCI: at most 256 characters (code points), control characters removed. */
    public static String tagValue(String s) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.length() && count < 256; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isISOControl(cp)) {
                sb.appendCodePoint(cp);
                count++;
            }
        }
        return sb.toString();
    }
}
