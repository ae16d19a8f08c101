package dev.skyloom.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Continents of the countries the catalog's regions are in, used only to map geographic price scopes
 * ("North America, Europe, UK", "Asia / Middle East & Africa") onto region codes. Middle East is kept
 * apart from Asia and Oceania from Asia because the price scopes name them separately.
 */
final class Geography {
    static final String NORTH_AMERICA = "north-america";
    static final String SOUTH_AMERICA = "south-america";
    static final String EUROPE = "europe";
    static final String ASIA = "asia";
    static final String MIDDLE_EAST = "middle-east";
    static final String AFRICA = "africa";
    static final String OCEANIA = "oceania";

    private static final Map<String, String> CONTINENT = Map.ofEntries(
            Map.entry("US", NORTH_AMERICA),
            Map.entry("CA", NORTH_AMERICA),
            Map.entry("MX", NORTH_AMERICA),
            Map.entry("BR", SOUTH_AMERICA),
            Map.entry("CL", SOUTH_AMERICA),
            Map.entry("CO", SOUTH_AMERICA),
            Map.entry("AT", EUROPE),
            Map.entry("BE", EUROPE),
            Map.entry("BG", EUROPE),
            Map.entry("CH", EUROPE),
            Map.entry("DE", EUROPE),
            Map.entry("DK", EUROPE),
            Map.entry("ES", EUROPE),
            Map.entry("FI", EUROPE),
            Map.entry("FR", EUROPE),
            Map.entry("GB", EUROPE),
            Map.entry("IE", EUROPE),
            Map.entry("IT", EUROPE),
            Map.entry("NL", EUROPE),
            Map.entry("NO", EUROPE),
            Map.entry("PL", EUROPE),
            Map.entry("RS", EUROPE),
            Map.entry("SE", EUROPE),
            Map.entry("CN", ASIA),
            Map.entry("HK", ASIA),
            Map.entry("ID", ASIA),
            Map.entry("IN", ASIA),
            Map.entry("JP", ASIA),
            Map.entry("KR", ASIA),
            Map.entry("MY", ASIA),
            Map.entry("SG", ASIA),
            Map.entry("TH", ASIA),
            Map.entry("TW", ASIA),
            Map.entry("AE", MIDDLE_EAST),
            Map.entry("BH", MIDDLE_EAST),
            Map.entry("IL", MIDDLE_EAST),
            Map.entry("QA", MIDDLE_EAST),
            Map.entry("SA", MIDDLE_EAST),
            Map.entry("ZA", AFRICA),
            Map.entry("AU", OCEANIA),
            Map.entry("NZ", OCEANIA));

    private Geography() {}

    static String continentOf(String countryIso2) {
        return CONTINENT.getOrDefault(countryIso2.toUpperCase(Locale.ROOT), "");
    }

    /**
     * A geographic scope parsed into selectors: {@code continent:X}, {@code country:XX} or
     * {@code jurisdiction:EU}. Empty when the scope names no geography (e.g. "all regions").
     */
    static Set<String> selectorsOf(String scope) {
        String s = scope.replaceAll("\\(.*?\\)", " ").replace("regions", " ");
        Set<String> result = new TreeSet<>();
        for (String raw : s.split("[,/&]|\\bor\\b")) {
            String token = raw.strip().toLowerCase(Locale.ROOT);
            switch (token) {
                case "north america":
                    result.add("continent:" + NORTH_AMERICA);
                    break;
                case "south america":
                    result.add("continent:" + SOUTH_AMERICA);
                    break;
                case "europe":
                    result.add("continent:" + EUROPE);
                    break;
                case "asia":
                    result.add("continent:" + ASIA);
                    break;
                case "apac":
                    result.add("continent:" + ASIA);
                    result.add("continent:" + OCEANIA);
                    break;
                case "middle east":
                    result.add("continent:" + MIDDLE_EAST);
                    break;
                case "africa":
                    result.add("continent:" + AFRICA);
                    break;
                case "uk":
                    result.add("country:GB");
                    break;
                case "japan":
                    result.add("country:JP");
                    break;
                case "us":
                    result.add("country:US");
                    break;
                case "eu":
                    result.add("jurisdiction:" + Jurisdictions.EU);
                    break;
                default:
                    break;
            }
        }
        return result;
    }

    static boolean matches(Set<String> selectors, Region region) {
        if (region.country().isEmpty()) {
            return false;
        }
        String country = region.country().get();
        return selectors.contains("continent:" + continentOf(country))
                || selectors.contains("country:" + country)
                || region.jurisdictions().stream().anyMatch(j -> selectors.contains("jurisdiction:" + j));
    }
}
