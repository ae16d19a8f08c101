package dev.skyloom.catalog;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which blocs a country belongs to. EU membership as of the snapshot date; EEA = EU plus Norway,
 * Iceland and Liechtenstein.
 */
public final class Jurisdictions {
    public static final String EU = "EU";
    public static final String EEA = "EEA";

    private static final Set<String> EU_MEMBERS = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
            "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
    private static final Set<String> EEA_ONLY = Set.of("NO", "IS", "LI");

    private Jurisdictions() {}

    /** The country itself plus its blocs, e.g. DE → {DE, EU, EEA}; NO → {NO, EEA}; CH → {CH}. */
    public static Set<String> of(String countryIso2) {
        String c = countryIso2.toUpperCase(Locale.ROOT);
        Set<String> result = new TreeSet<>();
        result.add(c);
        if (EU_MEMBERS.contains(c)) {
            result.add(EU);
            result.add(EEA);
        } else if (EEA_ONLY.contains(c)) {
            result.add(EEA);
        }
        return Set.copyOf(result);
    }

    /** Whether a jurisdiction entry (country code or bloc) admits a country. */
    public static boolean admits(String jurisdiction, String countryIso2) {
        return of(countryIso2).contains(jurisdiction.toUpperCase(Locale.ROOT));
    }

    public static boolean isBloc(String jurisdiction) {
        return EU.equals(jurisdiction) || EEA.equals(jurisdiction);
    }
}
