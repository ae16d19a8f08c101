package dev.skyloom.icons;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one source of truth for provider colours and badge initials, used by the canvas, charts and
 * exports. The colours are the project's own picks (a hue per provider, no logos); a provider not
 * listed gets a stable colour from its id.
 */
public final class ProviderColours {
    /** A provider's badge: background colour ({@code #rrggbb}), text colour on it, and initials. */
    public record Badge(String providerId, String hex, String textHex, String initials) {}

    private static final Map<String, Badge> KNOWN = new LinkedHashMap<>();

    private static final List<String> FALLBACK =
            List.of("#5B6C8F", "#7A5C99", "#2F8F83", "#A0522D", "#4E7D3A", "#8C4A6B", "#3F6FB5", "#9A7B2F");

    static {
        put("aws", "#E8891A", "AWS");
        put("azure", "#1F7AD6", "Az");
        put("gcp", "#3C8C4E", "GC");
        put("oci", "#C7402D", "OCI");
        put("lambda", "#5B3FD1", "λ");
        put("coreweave", "#2B59C3", "CW");
        put("nebius", "#0E9A8C", "Nb");
        put("verda", "#2E7D5B", "Vd");
        put("hyperstack", "#8E44AD", "HS");
        put("seeweb", "#00838F", "SW");
        put("ovhcloud", "#1C3F94", "OVH");
        put("scaleway", "#6D3BBF", "SC");
        put("runpod", "#673AB7", "RP");
        put("crusoe", "#D35400", "Cr");
        put("paperspace", "#34495E", "PS");
        put("digitalocean", "#1A73E8", "DO");
        put("linode", "#0B8A4A", "Li");
        put("vultr", "#2453D6", "Vu");
        put("hetzner", "#D50C2D", "Hz");
        put("custom", "#607D8B", "On");
    }

    private ProviderColours() {}

    private static void put(String id, String hex, String initials) {
        KNOWN.put(id, new Badge(id, hex, textOn(hex), initials));
    }

    /** The badge of a provider id; never fails, unknown ids get a stable fallback colour and initials. */
    public static Badge badge(String providerId) {
        String id = providerId == null ? "" : providerId.toLowerCase(Locale.ROOT);
        Badge known = KNOWN.get(id);
        if (known != null) {
            return known;
        }
        String hex = FALLBACK.get(Math.floorMod(id.hashCode(), FALLBACK.size()));
        return new Badge(id, hex, textOn(hex), initialsOf(id));
    }

    /** Background colour ({@code #rrggbb}) of a provider. */
    public static String hex(String providerId) {
        return badge(providerId).hex();
    }

    /** Badge initials of a provider (one to three characters). */
    public static String initials(String providerId) {
        return badge(providerId).initials();
    }

    /** Provider ids with a chosen colour, in a stable order (for legends). */
    public static List<String> knownProviders() {
        return List.copyOf(KNOWN.keySet());
    }

    static String initialsOf(String id) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char ch : id.toCharArray()) {
            if (Character.isLetterOrDigit(ch)) {
                if (start && sb.length() < 3) {
                    sb.append(sb.length() == 0 ? Character.toUpperCase(ch) : ch);
                }
                start = false;
            } else {
                start = true;
            }
        }
        if (sb.length() == 1 && id.length() > 1 && Character.isLetterOrDigit(id.charAt(1))) {
            sb.append(id.charAt(1));
        }
        return sb.length() == 0 ? "?" : sb.toString();
    }

    /** White or near-black, whichever reads better on the background (WCAG relative luminance). */
    static String textOn(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double l = 0.2126 * channel((rgb >> 16) & 0xff)
                + 0.7152 * channel((rgb >> 8) & 0xff)
                + 0.0722 * channel(rgb & 0xff);
        double contrastWhite = 1.05 / (l + 0.05);
        double contrastDark = (l + 0.05) / 0.0605;
        return contrastWhite >= contrastDark ? "#FFFFFF" : "#1B1F24";
    }

    private static double channel(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
